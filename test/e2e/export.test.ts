/**
 * "Export SVG" on the built site, per view: the downloaded file parses as XML, stands alone
 * (xmlns, viewBox, size, title, source and vintage text, metadata), carries no script, handler or
 * foreignObject, holds the marks the view draws, and renders to a picture when opened on its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../src/shared/schema';
import { launch, openPage } from './browser';
import { downloads, NO_ACTIVE_CONTENT, openAlone, parseSvg, pixelStats } from './export-helpers';
import type { Saved } from './export-helpers';

const baseUrl = inject('baseUrl');
const dataset = JSON.parse(readFileSync(join(inject('distDir'), 'data/dataset.json'), 'utf8')) as Dataset;
const DAY = String.raw`\d{4}-\d{2}-\d{2}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function expectStandalone(file: Saved) {
  expect(file.text.startsWith('<?xml')).toBe(true);
  expect(file.text).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(file.text).toMatch(/<svg[^>]* viewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?"/);
  expect(file.text).toMatch(/<svg[^>]* width="\d+(\.\d+)?" height="\d+(\.\d+)?"/);
  expect(file.text).toMatch(/<metadata>.*<dc:source>Diplomap pipeline/s);
  expect(file.text).toContain('@font-face');
  expect(file.text).not.toMatch(NO_ACTIVE_CONTENT);
}

/** The markers Leaflet draws inside the map's box (it keeps off-view ones as empty paths). */
async function visibleMarkers(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const box = document.querySelector('.world-map').getBoundingClientRect();
    return [...document.querySelectorAll('path.meeting-marker')].filter((m) => {
      const r = m.getBoundingClientRect();
      return r.width > 0 && r.right >= box.left && r.left <= box.right && r.bottom >= box.top && r.top <= box.bottom;
    }).map((m) => m.getAttribute('data-event-ids')).sort();
  })()`);
}

async function exportMap(hash: string) {
  const { page, problems, context } = await openPage(browser, baseUrl, { acceptDownloads: true });
  await page.goto(`${baseUrl}${hash}`);
  await page.locator('path.meeting-marker').first().waitFor({ state: 'attached', timeout: 20_000 });
  // The viewport reaches the store (and the address) once Leaflet has settled.
  await expect.poll(() => page.evaluate<string>('location.hash'), { timeout: 15_000 }).toContain('at=');
  const onScreen = await visibleMarkers(page);
  const all = await page.locator('path.meeting-marker').count();
  const [file] = await downloads(page, 1, () => page.getByRole('button', { name: 'Export SVG' }).click());
  const parsed = await parseSvg(page, file!.text, {
    countries: 'path.country',
    markers: 'circle.meeting-marker',
    arcs: 'path.visit-arc',
  });
  const ids = await page.evaluate<string[]>(`(() => {
    const d = new DOMParser().parseFromString(${JSON.stringify(file!.text)}, 'image/svg+xml');
    return [...d.querySelectorAll('circle.meeting-marker')].map((m) => m.getAttribute('data-event-ids')).sort();
  })()`);
  return { page, problems, context, file: file!, parsed, onScreen, all, ids };
}

describe('Export SVG of the map (built site)', () => {
  it('saves the map as vectors: basemap, the markers shown, arcs, legend and sources', async () => {
    const { problems, context, file, parsed, onScreen, ids } = await exportMap('#/map');
    expect(file.name).toMatch(new RegExp(`^diplomap-map-${DAY}\\.svg$`));
    expectStandalone(file);
    expect(parsed.error).toBe(false);
    expect(parsed.counts.countries).toBeGreaterThan(150);
    expect(parsed.counts.markers).toBe(onScreen.length);
    expect(ids).toEqual(onScreen);
    expect(parsed.counts.arcs).toBeGreaterThan(0);
    for (const t of [
      'World map of meetings',
      'Bilateral / visit',
      'Meetings per country',
      'Dates: all dates',
    ])
      expect(parsed.text).toContain(t);
    expect(parsed.text).toContain('Natural Earth');
    expect(parsed.text).toMatch(/Data vintage: \d+ news articles/);
    const { shot } = await openAlone(context, file.path);
    const stats = await pixelStats(context, shot);
    expect(stats.inked).toBeGreaterThan(0.5);
    expect(stats.colours).toBeGreaterThan(20);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('follows the zoom and a filter from the address: fewer shapes, only the held meetings in view', async () => {
    const held = new Set(dataset.events.filter((e) => e.status === 'held').map((e) => e.id));
    const { problems, context, file, parsed, onScreen, all, ids } = await exportMap(
      '#/map?status=held&at=25.000,80.000,4.00',
    );
    // Some markers are out of this view: the export leaves out what the screen does not show.
    expect(onScreen.length).toBeGreaterThan(0);
    expect(onScreen.length).toBeLessThan(all);
    expect(file.name).toMatch(new RegExp(`^diplomap-map-held-${DAY}\\.svg$`));
    expectStandalone(file);
    expect(parsed.counts.countries).toBeGreaterThan(10);
    expect(parsed.counts.countries).toBeLessThan(100);
    expect(parsed.counts.markers).toBe(onScreen.length);
    expect(ids).toEqual(onScreen);
    expect(ids.flatMap((s) => s.split(',')).every((id) => held.has(id))).toBe(true);
    expect(parsed.text).toContain('Filters: held');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a status filter in the address changes the exported markers', async () => {
    const planned = new Set(dataset.events.filter((e) => e.status === 'planned').map((e) => e.id));
    const { problems, context, parsed, onScreen, ids } = await exportMap('#/map?status=planned');
    const plain = dataset.events.filter((e) => e.type === 'meeting' && e.place).length;
    expect(ids).toEqual(onScreen);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.flatMap((s) => s.split(',')).every((id) => planned.has(id))).toBe(true);
    expect(ids.flatMap((s) => s.split(',')).length).toBeLessThan(plain);
    expect(parsed.text).toContain('Filters: planned');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('Export SVG of the charts (built site)', () => {
  it('saves each minerals chart with its reference source, picked by the minerals filter', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, {
      width: 1280,
      height: 900,
      acceptDownloads: true,
    });
    await page.goto(`${baseUrl}#/minerals?minerals=lithium`);
    const nodes = page.locator('svg[data-chart="sankey"] [data-node]');
    await expect.poll(() => nodes.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const drawn = await nodes.count();
    const charts = await page.locator('main svg[data-chart]').count();
    const files = await downloads(page, charts, () =>
      page.getByRole('button', { name: 'Export SVG' }).click(),
    );
    const names = files.map((f) => f.name.replace(/\d{4}-\d{2}-\d{2}/, 'DAY')).sort();
    expect(names).toEqual([
      'diplomap-minerals-export-controls-lithium-DAY.svg',
      'diplomap-minerals-sankey-lithium-DAY.svg',
    ]);
    const sankey = files.find((f) => f.name.includes('sankey-lithium'))!;
    expectStandalone(sankey);
    const parsed = await parseSvg(page, sankey.text, {
      nodes: '[data-node]',
      links: 'g[fill="none"] > path',
    });
    expect(parsed.error).toBe(false);
    expect(parsed.counts.nodes).toBe(drawn);
    expect(parsed.counts.links).toBeGreaterThan(0);
    expect(parsed.text).toContain('Lithium');
    expect(parsed.text).toContain('U.S. Geological Survey');
    expect(parsed.text).toContain('Filters: lithium');
    const { shot } = await openAlone(context, sankey.path);
    expect((await pixelStats(context, shot)).inked).toBeGreaterThan(0.1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('saves the relations network as a standalone SVG that renders on its own', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { acceptDownloads: true });
    await page.goto(`${baseUrl}#/relations`);
    const nodes = page.locator('svg[data-chart="network"] [data-node]');
    await expect.poll(() => nodes.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const drawn = await nodes.count();
    const [file] = await downloads(page, 1, () => page.getByRole('button', { name: 'Export SVG' }).click());
    expect(file!.name).toMatch(new RegExp(`^diplomap-relations-network-${DAY}\\.svg$`));
    expectStandalone(file!);
    const parsed = await parseSvg(page, file!.text, { circles: '.nodes circle' });
    expect(parsed).toMatchObject({ error: false, counts: { circles: drawn } });
    expect(parsed.text).toContain('Who meets whom: countries');
    expect(parsed.text).toContain('Source: Diplomap');
    expect(parsed.text).toContain('Dates: all dates');
    const { shot } = await openAlone(context, file!.path);
    expect((await pixelStats(context, shot)).inked).toBeGreaterThan(0.05);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('saves the timeline with every mark, the date range and the source', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { acceptDownloads: true });
    await page.goto(`${baseUrl}#/timeline?from=2025-01&to=2026-06`);
    const marks = page.locator('svg[data-chart="timeline"] [data-mark]');
    await expect.poll(() => marks.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const drawn = await marks.count();
    const [file] = await downloads(page, 1, () => page.getByRole('button', { name: 'Export SVG' }).click());
    expect(file!.name).toMatch(new RegExp(`^diplomap-timeline-from2025-01-to2026-06-${DAY}\\.svg$`));
    expectStandalone(file!);
    const parsed = await parseSvg(page, file!.text, { marks: '[data-mark]' });
    expect(parsed).toMatchObject({ error: false, counts: { marks: drawn } });
    expect(parsed.text).toContain('Timeline');
    expect(parsed.text).toContain('Source: Diplomap');
    expect(parsed.text).toContain('Dates: January 2025 – June 2026');
    const { shot } = await openAlone(context, file!.path);
    expect((await pixelStats(context, shot)).inked).toBeGreaterThan(0.05);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has nothing to draw on the Sources view, but its data can be downloaded', async () => {
    const { page, context } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}#/sources`);
    await expect.poll(() => page.getByRole('button', { name: 'Export SVG' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Download data' }).isDisabled()).toBe(false);
    await context.close();
  });
});
