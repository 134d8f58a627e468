/**
 * Accessibility and safety of every view on the built site: axe-core finds no serious or critical
 * violation, the views work from the keyboard, and the Content-Security-Policy is in force.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { launch, openPage } from './browser';

const baseUrl = inject('baseUrl');
const VIEWS = ['map', 'minerals', 'relations', 'timeline', 'sources'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility (built site)', () => {
  for (const view of VIEWS) {
    it(`#/${view} has no serious or critical axe violation`, async () => {
      const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
      await page.goto(`${baseUrl}#/${view}`);
      await page.waitForSelector('main, [role="main"], #root > *');
      await page.waitForTimeout(800);
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('reaches the view tabs from the keyboard and Enter on a map marker opens its evidence', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/map`);
    // A marker of one meeting (a cluster zooms in on Enter instead).
    const marker = page.locator('[data-event-ids]:not([data-event-ids*=","])').first();
    await marker.waitFor();
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/sel=/);
    await page.keyboard.press('Shift+Tab');
    await page.locator('header a, header button').first().focus();
    const tag = await page.evaluate('document.activeElement && document.activeElement.tagName');
    expect(['A', 'BUTTON']).toContain(tag);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is served with a Content-Security-Policy that allows only its own files', async () => {
    const { page, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/sources`);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("'unsafe-eval'");
    await context.close();
  });
});
