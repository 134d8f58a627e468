/**
 * The relationship charts and the timeline on the built site in Chromium: drawn from the data
 * (counts computed here from the dist's own JSON), reacting to filters, with no console error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset, DiploEvent } from '../../src/shared/schema';
import { launch, openPage } from './browser';

const baseUrl = inject('baseUrl');
const dataset = JSON.parse(readFileSync(join(inject('distDir'), 'data/dataset.json'), 'utf8')) as Dataset;

/** Countries that take part in an event with at least one other country: the nodes of the network. */
const networkCountries = (events: DiploEvent[]) =>
  new Set(events.filter((e) => new Set(e.countries).size >= 2).flatMap((e) => e.countries));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('relationship charts (built site)', () => {
  it('draws one network node per country that meets another, and a country filter narrows it', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/relations`);
    const nodes = page.locator('svg[data-chart="network"] [data-node]');
    const all = networkCountries(dataset.events);
    await expect.poll(() => nodes.count(), { timeout: 15_000 }).toBe(all.size);

    const pick = [...all].sort()[0]!;
    const withPick = dataset.events.filter((e) => e.countries.includes(pick));
    await page.goto(`${baseUrl}#/relations?countries=${pick}`);
    await expect.poll(() => nodes.count()).toBe(networkCountries(withPick).size);
    expect(networkCountries(withPick).size).toBeLessThanOrEqual(all.size);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the matrix and the people network, and a click on a node selects the country', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1920, height: 1080 });
    await page.goto(`${baseUrl}#/relations`);
    const first = page.locator('svg[data-chart="network"] [data-node]').first();
    await first.click();
    await expect.poll(() => page.url()).toMatch(/sel=country(:|%3A)[A-Z]{2}/);
    await page.getByRole('tab', { name: 'Matrix' }).click();
    const cells = page.locator('svg[data-chart="matrix"] [data-cell]');
    await expect.poll(() => cells.count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'People' }).click();
    await expect.poll(() => page.locator('svg[data-chart="people"] [data-node]').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('timeline (built site)', () => {
  it('draws a mark per dated event, and a drag across the lanes sets the date filter in the URL', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/timeline`);
    const marks = page.locator('svg[data-chart="timeline"] [data-mark]');
    const dated = dataset.events.filter((e) => e.date !== null).length;
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(dated);

    const svg = page.locator('svg[data-chart="timeline"]');
    const box = (await svg.boundingBox())!;
    const y = box.y + box.height * 0.45;
    await page.mouse.move(box.x + box.width * 0.35, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.url()).toMatch(/from=\d{4}-\d{2}-\d{2}/);
    await expect.poll(() => page.url()).toMatch(/to=\d{4}-\d{2}-\d{2}/);
    await expect.poll(() => marks.count()).toBeLessThanOrEqual(dated);
    expect(problems).toEqual([]);
    await context.close();
  });
});
