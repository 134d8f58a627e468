/**
 * "Export PNG" and "Download data" on the built site: PNGs at 1x, 2x and 4x of the exported SVG's
 * size (the menu works from the keyboard), and CSV / JSON holding the filtered rows of the view
 * with a citation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deriveRelations } from '../../src/shared/relations';
import type { Dataset } from '../../src/shared/schema';
import { launch, openPage } from './browser';
import { seriousViolations } from './axe';
import { downloads, pixelStats, pngSize } from './export-helpers';

const baseUrl = inject('baseUrl');
const dataset = JSON.parse(readFileSync(join(inject('distDir'), 'data/dataset.json'), 'utf8')) as Dataset;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; lines end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('Export PNG (built site)', () => {
  it('draws the map at 1x, 2x and 4x the size of its SVG, from the keyboard too', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { acceptDownloads: true });
    await page.goto(`${baseUrl}#/map`);
    await page.locator('path.meeting-marker').first().waitFor({ state: 'attached', timeout: 20_000 });
    await expect.poll(() => page.evaluate<string>('location.hash'), { timeout: 15_000 }).toContain('at=');
    const [svg] = await downloads(page, 1, () => page.getByRole('button', { name: 'Export SVG' }).click());
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg!.text)![1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg!.text)![1]);

    const menu = page.getByRole('button', { name: 'Export PNG' });
    const [x2] = await downloads(page, 1, async () => {
      await menu.click();
      await page.getByRole('menuitem', { name: /^2×/ }).click();
    });
    expect(x2!.name).toMatch(/^diplomap-map-\d{4}-\d{2}-\d{2}-2x\.png$/);
    expect(pngSize(x2!.bytes)).toEqual({ width: 2 * width, height: 2 * height });
    const stats = await pixelStats(context, x2!.bytes);
    expect(stats.inked).toBeGreaterThan(0.5);
    expect(stats.colours).toBeGreaterThan(20);

    // Keyboard: ↓ opens the menu on its first item (1×); End goes to the last (4×).
    await menu.focus();
    const [x1] = await downloads(page, 1, async () => {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    });
    expect(pngSize(x1!.bytes)).toEqual({ width, height });
    await menu.focus();
    const [x4] = await downloads(page, 1, async () => {
      await page.keyboard.press('Enter');
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
    });
    expect(pngSize(x4!.bytes)).toEqual({ width: 4 * width, height: 4 * height });
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the export menus (built site)', () => {
  it('open from the keyboard, pass axe while open in Hindi, and Esc gives the focus back', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl);
    await page.addInitScript(`localStorage.setItem('diplomap.locale', 'hi')`);
    await page.goto(`${baseUrl}#/timeline`);
    await page.locator('svg[data-chart="timeline"]').waitFor({ timeout: 20_000 });
    const data = page.getByRole('button', { name: 'डेटा डाउनलोड' });
    await data.focus();
    await page.keyboard.press('ArrowDown');
    expect(await data.getAttribute('aria-expanded')).toBe('true');
    const items = page.getByRole('menuitem');
    expect(await items.allTextContents()).toEqual(['CSV (स्प्रेडशीट)', 'JSON']);
    await expect
      .poll(() => page.evaluate<string>('document.activeElement.textContent'))
      .toBe('CSV (स्प्रेडशीट)');
    expect(await seriousViolations(page, 'header')).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await items.count()).toBe(0);
    expect(await page.evaluate<string>('document.activeElement.getAttribute("aria-haspopup")')).toBe('menu');
    // The header row keeps to one line at 1280 px with the longest labels.
    const height = await page.evaluate<number>(
      'document.querySelector("header.app-header").getBoundingClientRect().height',
    );
    expect(height).toBeLessThan(70);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('Download data (built site)', () => {
  it('gives the map’s filtered meetings as CSV (BOM, RFC 4180) with a citation column', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { acceptDownloads: true });
    await page.goto(`${baseUrl}#/map?status=held`);
    await page.locator('path.meeting-marker').first().waitFor({ state: 'attached', timeout: 20_000 });
    const [csv] = await downloads(page, 1, async () => {
      await page.getByRole('button', { name: 'Download data' }).click();
      await page.getByRole('menuitem', { name: /^CSV/ }).click();
    });
    expect(csv!.name).toMatch(/^diplomap-map-meetings-held-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv!.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(csv!.text.slice(1));
    expect(header).toContain('lat');
    expect(header!.at(-1)).toBe('citation');
    const col = (name: string) => header!.indexOf(name);
    const held = dataset.events.filter((e) => e.type === 'meeting' && e.status === 'held');
    expect(rows.map((r) => r[col('id')]).sort()).toEqual(held.map((e) => e.id).sort());
    expect(rows.every((r) => r.length === header!.length && r[col('status')] === 'held')).toBe(true);
    const placed = held.find((e) => e.place)!;
    const row = rows.find((r) => r[col('id')] === placed.id)!;
    expect(Number(row[col('lat')])).toBeCloseTo(placed.place!.lat, 3);
    const citation = rows[0]![col('citation')]!;
    expect(citation).toContain('Diplomap');
    expect(citation).toContain('Filters: held');
    expect(citation).toContain('status=held');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('gives the relations network’s edges as JSON with a citation field, filtered like the chart', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { acceptDownloads: true });
    await page.goto(`${baseUrl}#/relations?countries=IN`);
    await page.locator('svg[data-chart="network"]').waitFor({ timeout: 20_000 });
    const [file] = await downloads(page, 1, async () => {
      await page.getByRole('button', { name: 'Download data' }).click();
      await page.getByRole('menuitem', { name: 'JSON' }).click();
    });
    expect(file!.name).toMatch(/^diplomap-relations-network-IN-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(file!.text) as {
      citation: string;
      rows: { a: string; b: string; meetings: number }[];
    };
    const expected = deriveRelations(dataset.events.filter((e) => e.countries.includes('IN')));
    expect(json.rows.map((r) => `${r.a}-${r.b}:${r.meetings}`)).toEqual(
      expected.map((r) => `${r.a}-${r.b}:${r.meetings}`),
    );
    expect(json.rows.length).toBeLessThan(deriveRelations(dataset.events).length);
    expect(json.citation).toMatch(/^Diplomap, “Relations: network” \(Dates: all dates; Filters: India\)/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps Bengali readable: a UTF-8 CSV of the timeline with the citation in Bengali', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { acceptDownloads: true });
    await page.addInitScript(`localStorage.setItem('diplomap.locale', 'bn')`);
    await page.goto(`${baseUrl}#/timeline`);
    await page.locator('svg[data-chart="timeline"]').waitFor({ timeout: 20_000 });
    const [csv] = await downloads(page, 1, async () => {
      await page.getByRole('button', { name: 'ডেটা ডাউনলোড' }).click();
      await page.getByRole('menuitem', { name: /^CSV/ }).click();
    });
    const [header, ...rows] = parseCsv(csv!.text.slice(1));
    expect(rows).toHaveLength(dataset.events.length);
    const bengali = dataset.articles.find((a) => a.language === 'bn')!;
    const titles = rows.map((r) => r[header!.indexOf('source_titles')]).join('\n');
    expect(titles).toContain(bengali.title);
    expect(rows[0]!.at(-1)).toContain('ডিপ্লোম্যাপ');
    expect(problems).toEqual([]);
    await context.close();
  });
});
