/**
 * "Export SVG" on the built site: the downloaded file parses as XML, stands alone (xmlns, viewBox,
 * title and source text), carries no script, handler or foreignObject, holds the marks drawn, and
 * renders to a non-blank picture when opened on its own in Chromium.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('Export SVG (built site)', () => {
  it('saves the relations network as a standalone SVG that renders on its own', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, {
      width: 1280,
      height: 720,
      acceptDownloads: true,
    });
    await page.goto(`${baseUrl}#/relations`);
    const nodes = page.locator('svg[data-chart="network"] [data-node]');
    await expect.poll(() => nodes.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const drawn = await nodes.count();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^diplomap-network-\d{4}-\d{2}-\d{2}\.svg$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toMatch(/viewBox="0 0 \d+/);
    expect(text).toContain('Who meets whom: countries');
    expect(text).toContain('Source: Diplomap');
    expect(text).not.toMatch(/<script|foreignObject|\son[a-z]+=/i);

    const viewer = await context.newPage();
    await viewer.setContent(text.replace(/^<\?xml[^>]*>\s*/, ''));
    const parsed = await viewer.evaluate(
      `(() => { const d = new DOMParser().parseFromString(${JSON.stringify(text)}, 'image/svg+xml');
        return { error: d.querySelector('parsererror') !== null, circles: d.querySelectorAll('.nodes circle').length }; })()`,
    );
    expect(parsed).toEqual({ error: false, circles: drawn });
    const shot = await viewer.locator('svg').screenshot();
    expect(shot.length).toBeGreaterThan(5000);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is disabled on the map, whose vector export is not built yet', async () => {
    const { page, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/map`);
    await expect.poll(() => page.getByRole('button', { name: 'Export SVG' }).isDisabled()).toBe(true);
    await context.close();
  });
});
