/**
 * The built site in Chromium: the shell loads data/dataset.json and the Sources view lists every
 * article of it, cleanly. Expected values come from the dist folder's own JSON, not the fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../src/shared/schema';
import { launch, openPage } from './browser';

/** The e2e programs compile without the DOM library; this is the part of Element they use. */
type HasAttributes = { getAttribute(name: string): string | null };

const baseUrl = inject('baseUrl');
const dataset = JSON.parse(readFileSync(join(inject('distDir'), 'data/dataset.json'), 'utf8')) as Dataset;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the shell (built site)', () => {
  it('loads the data and the Sources view lists every article with title, date and language', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/sources`);
    const items = page.locator('.article-list > li');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(dataset.articles.length);
    const ids = await items.evaluateAll((els) =>
      els.map((e) => (e as unknown as HasAttributes).getAttribute('data-article-id')),
    );
    expect(ids.sort()).toEqual(dataset.articles.map((a) => a.id).sort());
    for (const a of dataset.articles.slice(0, 20)) {
      const item = page.locator(`.article-list > li[data-article-id="${a.id}"]`);
      expect((await item.locator('.article-title').textContent())?.trim()).toBe(a.title.trim());
      expect((await item.locator('.article-date').textContent())?.trim()).not.toBe('');
      expect((await item.locator('.article-lang').textContent())?.trim()).not.toBe('');
    }
    await page.screenshot({ path: '.cache/shots/shell-sources-1280.png' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens an article from a deep link with its text as text, never as HTML', async () => {
    const article = dataset.articles[0]!;
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1920, height: 1080 });
    await page.goto(`${baseUrl}#/sources?sel=article:${encodeURIComponent(article.id)}`);
    const reader = page.locator(`.article-reader[data-article-id="${article.id}"]`);
    await reader.waitFor({ timeout: 15_000 });
    const mentionCount = await reader.locator('mark.mention').count();
    expect(mentionCount).toBeGreaterThan(0);
    expect(await page.locator('.article-reader script').count()).toBe(0);
    await page.screenshot({ path: '.cache/shots/shell-article-1920.png' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches the interface language: the Map tab reads মানচিত্র in Bengali', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}#/sources`);
    await page.locator('.view-tabs a[data-view="map"]').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'বাংলা' }).click();
    await expect.poll(() => page.locator('.view-tabs a[data-view="map"]').textContent()).toBe('মানচিত্র');
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('bn');
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await expect.poll(() => page.locator('.view-tabs a[data-view="map"]').textContent()).toBe('मानचित्र');
    await page.getByRole('button', { name: 'English' }).click();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a tab click changes the view and the address, and Back returns', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}#/sources`);
    await page.locator('.article-list').waitFor({ timeout: 15_000 });
    await page.locator('.view-tabs a[data-view="timeline"]').click();
    await expect.poll(() => page.evaluate<string>('location.hash')).toMatch(/^#\/timeline/);
    await page.goBack();
    await expect.poll(() => page.evaluate<string>('location.hash')).toMatch(/^#\/sources/);
    await page.locator('.article-list').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
