/**
 * The map in Chromium against the built site: basemap, one drawn marker per placed meeting
 * (counted from the dist's own data), filters and deep links, and evidence on click.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset, DiploEvent } from '../../src/shared/schema';
import { launch, openPage } from './browser';

/** The e2e programs compile without the DOM library; this is the part of Element they use. */
type HasAttributes = { getAttribute(name: string): string | null };

const baseUrl = inject('baseUrl');
const dataset = JSON.parse(readFileSync(join(inject('distDir'), 'data/dataset.json'), 'utf8')) as Dataset;
const meetings = dataset.events.filter((e) => e.type === 'meeting');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Every event id drawn on the map, from the markers' data-event-ids. */
async function drawnIds(page: Page): Promise<string[]> {
  const attrs = await page
    .locator('path[data-event-ids]')
    .evaluateAll((els) =>
      els.map((e) => (e as unknown as HasAttributes).getAttribute('data-event-ids') ?? ''),
    );
  return attrs.flatMap((a) => a.split(',').filter(Boolean)).sort();
}

const placedIds = (list: DiploEvent[]) =>
  list
    .filter((e) => e.place)
    .map((e) => e.id)
    .sort();

describe('the map view (built site)', () => {
  it('draws the basemap and one marker entry per placed meeting; the rest are listed', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/map`);
    await page.locator('path.country').first().waitFor({ state: 'attached', timeout: 15_000 });
    expect(await page.locator('path.country').count()).toBeGreaterThan(100);
    await expect.poll(() => drawnIds(page)).toEqual(placedIds(meetings));
    const unplaced = meetings.filter((e) => !e.place).length;
    expect(await page.locator('[data-testid="unplaced"] > li').count()).toBe(unplaced);
    await page.screenshot({ path: '.cache/shots/map-1280.png' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a status filter changes what is drawn and the address', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1920, height: 1080 });
    await page.goto(`${baseUrl}#/map`);
    await page.locator('path.country').first().waitFor({ state: 'attached', timeout: 15_000 });
    await page.locator('details[data-filter="statuses"] summary').click();
    await page.locator('input[name="statuses"][value="held"]').check();
    await expect.poll(() => page.evaluate<string>('location.hash')).toContain('status=held');
    await expect.poll(() => drawnIds(page)).toEqual(placedIds(meetings.filter((e) => e.status === 'held')));
    await page.screenshot({ path: '.cache/shots/map-filtered-1920.png' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a deep link restores the view, the filter and the viewport', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}#/map?status=held&at=25.000,80.000,4.00`);
    await page.locator('path.country').first().waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(() => drawnIds(page)).toEqual(placedIds(meetings.filter((e) => e.status === 'held')));
    expect(await page.locator('.view-tabs a[aria-current="page"]').getAttribute('data-view')).toBe('map');
    expect(await page.evaluate<string>('location.hash')).toContain('at=25.000,80.000,4.00');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Enter on a focused marker and a click both show the evidence sentence in the details panel', async () => {
    const single = meetings.find(
      (e) => e.place && meetings.filter((m) => m.place?.lat === e.place?.lat).length === 1,
    );
    if (!single) return;
    const { page, problems, context } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}#/map`);
    const marker = page.locator(`path[data-event-ids="${single.id}"]`);
    await marker.waitFor({ timeout: 15_000 });
    await marker.focus();
    await page.keyboard.press('Enter');
    const sentence = page.locator('.details-panel .evidence-sentence').first();
    await expect
      .poll(async () => norm((await sentence.textContent()) ?? ''))
      .toBe(norm(single.sources[0]!.sentence));
    expect(await page.evaluate<string>('location.hash')).toContain(`sel=event:${single.id}`);
    await page.locator('.details-panel .close').click();
    await marker.dispatchEvent('click');
    await expect
      .poll(async () => page.locator('.details-panel .evidence-sentence').count())
      .toBeGreaterThan(0);
    await page.screenshot({ path: '.cache/shots/map-selected-1280.png' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a click on a country selects it, outlines it and lists its events in the details panel', async () => {
    const counts = new Map<string, number>();
    for (const e of meetings) for (const c of e.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
    const [iso] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (!iso) return;
    const { page, problems, context } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}#/map`);
    const shape = page.locator(`path.country-${iso}`).first();
    await shape.waitFor({ state: 'attached', timeout: 15_000 });
    await shape.dispatchEvent('click');
    await expect.poll(() => page.evaluate<string>('location.hash')).toContain(`sel=country:${iso}`);
    await expect.poll(() => shape.getAttribute('stroke-width')).toBe('2');
    const involved = dataset.events.filter((e) => e.countries.includes(iso)).length;
    expect(await page.locator('.details-panel h3').first().textContent()).toContain(`(${involved})`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
