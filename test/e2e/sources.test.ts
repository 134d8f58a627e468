/**
 * The Sources view in Chromium: filters narrow the list, an article opens with its furniture
 * collapsed and entities marked, and clicking an entity selects it in the details panel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ArticleText, Dataset, TextChunk } from '../../src/shared/schema';
import { launch, openPage } from './browser';

const baseUrl = inject('baseUrl');
const dataset = JSON.parse(readFileSync(join(inject('distDir'), 'data/dataset.json'), 'utf8')) as Dataset;
const textOf = (chunk: number, id: string): ArticleText => {
  const file = join(inject('distDir'), `data/dataset.texts/${chunk}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as TextChunk).articles.find((a) => a.id === id)!;
};
const articles = dataset.articles.map((a) => ({ ...a, ...textOf(a.textChunk, a.id) }));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the Sources view (built site)', () => {
  it('the language filter narrows the list to articles in that language', async () => {
    const lang = dataset.articles[0]?.language;
    if (!lang) return;
    const { page, problems, context } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}#/sources?lang=${lang}`);
    const expected = dataset.articles.filter((a) => a.language === lang).length;
    await expect.poll(() => page.locator('.article-list > li').count(), { timeout: 15_000 }).toBe(expected);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an article shows furniture collapsed, and a marked entity selects it', async () => {
    const article =
      articles.find(
        (a) => a.blocks.some((b) => b.kind === 'furniture') && a.mentions.some((m) => m.kind === 'country'),
      ) ?? articles.find((a) => a.mentions.some((m) => m.kind === 'country'));
    if (!article) return;
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1920, height: 1080 });
    await page.goto(`${baseUrl}#/sources`);
    await page
      .locator(`.article-list > li[data-article-id="${article.id}"] button`)
      .click({ timeout: 15_000 });
    const reader = page.locator(`.article-reader[data-article-id="${article.id}"]`);
    // The text arrives from its chunk file after the reader opens.
    await reader.locator('.block').first().waitFor();
    const furniture = article.blocks.filter((b) => b.kind === 'furniture').length;
    expect(await reader.locator('details.furniture:not([open])').count()).toBe(furniture);
    const country = reader.locator('.block mark.mention-country').first();
    const id = article.mentions.find((m) => m.kind === 'country')!.id;
    await country.click();
    await expect.poll(() => page.evaluate<string>('location.hash')).toContain(`sel=country:${id}`);
    expect(await page.locator('.details-panel h2').textContent()).not.toBe('');
    // The article stays open while the entity is selected.
    expect(await reader.count()).toBe(1);
    await page.screenshot({ path: '.cache/shots/sources-entity-1920.png' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads in Bengali: labels and dates switch, article text stays as written', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}#/sources`);
    await page.getByRole('button', { name: 'বাংলা' }).click({ timeout: 15_000 });
    await expect.poll(() => page.locator('.view-tabs a[data-view="sources"]').textContent()).toBe('উৎস');
    const first = dataset.articles[0];
    if (first)
      expect((await page.locator('.article-title').first().textContent())?.trim()).toBe(first.title.trim());
    await page.screenshot({ path: '.cache/shots/sources-bn-1280.png' });
    await page.goto(`${baseUrl}#/map`);
    await page.locator('path.country').first().waitFor({ state: 'attached' });
    await page.screenshot({ path: '.cache/shots/map-bn-1280.png' });
    expect(problems).toEqual([]);
    await context.close();
  });
});
