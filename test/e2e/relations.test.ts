/**
 * The relationship charts on the built site in Chromium: each drawn from the data (counts computed
 * here from the dist's own JSON), reacting to a filter, every mark selecting something whose
 * evidence the details panel shows (by mouse and by keyboard), the tables, no console error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../src/shared/schema';
import { seriousViolations } from './axe';
import { launch, openPage } from './browser';
import { expectedPairs, networkCountries, networkPeople } from './expected';
import type { ExpectedPair } from './expected';

const baseUrl = inject('baseUrl');
const dataset = JSON.parse(readFileSync(join(inject('distDir'), 'data/dataset.json'), 'utf8')) as Dataset;
const pairs = expectedPairs(dataset.events);
const details = '[data-testid="details"]';

/** The e2e programs compile without the DOM library; this is the part of Element they use. */
type HasAttributes = { getAttribute(name: string): string | null };

/** Cells the matrix draws: both halves of each pair that met, among the 30 busiest countries. */
function matrixCells(ps: ExpectedPair[]): number {
  const met = ps.filter((p) => p.meetings > 0);
  const totals = new Map<string, number>();
  for (const p of met) for (const c of p.key.split('|')) totals.set(c, (totals.get(c) ?? 0) + p.meetings);
  const kept = new Set(
    [...totals]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, 30)
      .map(([c]) => c),
  );
  return 2 * met.filter((p) => p.key.split('|').every((c) => kept.has(c))).length;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('country network (built site)', () => {
  it('draws a node per country that shares an event and a line per pair, toned; a country filter narrows both', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/relations`);
    const nodes = page.locator('svg[data-chart="network"] [data-node]');
    const links = page.locator('svg[data-chart="network"] [data-link]');
    const all = networkCountries(dataset.events);
    await expect.poll(() => nodes.count(), { timeout: 15_000 }).toBe(all.size);
    expect(await links.count()).toBe(pairs.size);
    const conflict = [...pairs.values()].filter((p) => p.tone === 'conflict').length;
    expect(await page.locator('svg[data-chart="network"] [data-link][data-tone="conflict"]').count()).toBe(
      conflict,
    );

    const pick = [...all].sort()[0]!;
    const withPick = dataset.events.filter((e) => e.countries.includes(pick));
    await page.goto(`${baseUrl}#/relations?countries=${pick}`);
    await expect.poll(() => nodes.count()).toBe(networkCountries(withPick).size);
    expect(await links.count()).toBe(expectedPairs(withPick).size);
    expect(networkCountries(withPick).size).toBeLessThan(all.size);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('dims all but a hovered node’s neighbours; a line click shows the pair’s events with evidence', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/relations`);
    const busiest = [...pairs.values()].sort((p, q) => q.events - p.events || (p.key < q.key ? -1 : 1))[0]!;
    const [a, b] = busiest.key.split('|') as [string, string];
    const node = page.locator(`svg[data-chart="network"] [data-node="${a}"]`);
    await node.hover();
    const neighbours = new Set([
      a,
      ...[...pairs.keys()].flatMap((k) => (k.split('|').includes(a) ? k.split('|') : [])),
    ]);
    const opacities = await page.locator('svg[data-chart="network"] [data-node]').evaluateAll((els) =>
      els.map((e) => {
        const el = e as unknown as HasAttributes;
        return [el.getAttribute('data-node'), el.getAttribute('opacity')];
      }),
    );
    for (const [id, opacity] of opacities) expect(opacity === '1').toBe(neighbours.has(id!));

    // A line in a dense web may lie under other lines at its middle: click it where it is alone
    // by pressing Enter on it (every mark is a focusable button), and check a mouse click too.
    const link = page.locator(`svg[data-chart="network"] [data-link="${busiest.key}"]`);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`sel=pair:${a},${b}`);
    const items = page.locator(`${details} [data-pair] [data-event-item]`);
    await expect.poll(() => items.count()).toBe(busiest.events);
    expect(await page.locator(`${details} .evidence-sentence`).count()).toBe(busiest.events);
    await page.locator(`${details} .close`).click();
    await link.dispatchEvent('click');
    await expect.poll(() => page.url()).toContain(`sel=pair:${a},${b}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('selects a country with Enter on a focused node, and its table lists every pair', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/relations`);
    const node = page.locator('svg[data-chart="network"] [data-node]').first();
    const id = await node.getAttribute('data-node');
    await node.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`sel=country:${id}`);
    await expect.poll(() => page.locator(`${details} h2`).textContent()).not.toBe('');

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const rows = page.locator('table[data-table="pairs"] tbody tr');
    await expect.poll(() => rows.count()).toBe(pairs.size);
    const first = rows.first();
    const key = (await first.getAttribute('data-row'))!;
    await first.getByRole('button').press('Enter');
    await expect.poll(() => page.url()).toContain(`sel=pair:${key}`);
    await expect
      .poll(() => page.locator(`${details} [data-event-item]`).count())
      .toBe(pairs.get(key.replace(',', '|'))!.events);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('people network and matrix (built site)', () => {
  it('draws a node per person who met another; a click shows their roles and meetings with evidence', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/relations`);
    await page.getByRole('tab', { name: 'People' }).click();
    const nodes = page.locator('svg[data-chart="people"] [data-node]');
    const everyone = networkPeople(dataset.events);
    await expect.poll(() => nodes.count(), { timeout: 15_000 }).toBe(everyone.size);

    const meetingsOf = (id: string) =>
      dataset.events.filter((e) => e.type === 'meeting' && e.people.includes(id));
    const person = [...everyone].sort(
      (p, q) => meetingsOf(q).length - meetingsOf(p).length || (p < q ? -1 : 1),
    )[0]!;
    await page.locator(`svg[data-chart="people"] [data-node="${person}"]`).click();
    await expect.poll(() => page.url()).toContain(`sel=person:${person}`);
    const roles = dataset.people.find((p) => p.id === person)!.roles;
    await expect.poll(() => page.locator(`${details} [data-role]`).count()).toBe(roles.length);
    expect(await page.locator(`${details} [data-meetings] [data-event-item]`).count()).toBe(
      meetingsOf(person).length,
    );
    expect(await page.locator(`${details} [data-meetings] .evidence-sentence`).count()).toBe(
      meetingsOf(person).length,
    );

    const country = dataset.people.find((p) => p.id === person)!.country!;
    const narrowed = networkPeople(dataset.events.filter((e) => e.countries.includes(country)));
    await page.goto(`${baseUrl}#/relations?countries=${country}`);
    await expect.poll(() => nodes.count()).toBe(narrowed.size);

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect.poll(() => page.locator('table[data-table="people"] tbody tr').count()).toBe(narrowed.size);
    expect(await seriousViolations(page, 'main')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('draws a symmetric cell per pair that met, with its count; a cell click shows the pair', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1920, height: 1080 });
    await page.goto(`${baseUrl}#/relations`);
    await page.getByRole('tab', { name: 'Matrix' }).click();
    const cells = page.locator('svg[data-chart="matrix"] [data-cell]');
    const met = [...pairs.values()].filter((p) => p.meetings > 0);
    await expect.poll(() => cells.count(), { timeout: 15_000 }).toBe(matrixCells(met));
    const top = met.sort((p, q) => q.meetings - p.meetings || (p.key < q.key ? -1 : 1))[0]!;
    const cell = page.locator(`svg[data-chart="matrix"] [data-cell="${top.key}"]`);
    expect(await cell.getAttribute('data-count')).toBe(String(top.meetings));
    await cell.click();
    await expect.poll(() => page.url()).toContain(`sel=pair:${top.key.replace('|', ',')}`);
    await expect.poll(() => page.locator(`${details} [data-event-item]`).count()).toBe(top.events);

    const pick = top.key.split('|')[0]!;
    await page.goto(`${baseUrl}#/relations?countries=${pick}`);
    const narrowed = [...expectedPairs(dataset.events.filter((e) => e.countries.includes(pick))).values()];
    await expect.poll(() => cells.count()).toBe(matrixCells(narrowed));
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect
      .poll(() => page.locator('table[data-table="pairs"] tbody tr').count())
      .toBe(narrowed.filter((p) => p.meetings > 0).length);
    expect(await seriousViolations(page, 'main')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
