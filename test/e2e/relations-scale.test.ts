/**
 * Scale (issue 7): 10,000 meetings among 2,000 people, served in place of data/dataset.json. The
 * networks draw the most connected nodes and say so; "Show all" lays out every person in a Web
 * Worker while the page keeps answering, and the worker's positions are those of the inline
 * layout computed here for the same graph and size. The timeline stacks into "+N" badges.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { capGraph, LINK_CAP, NODE_CAP } from '../../src/app/charts/network/cap-graph';
import { countryGraph, peopleGraph } from '../../src/app/charts/network/graphs';
import { layoutNetwork } from '../../src/app/charts/network/layout-network';
import { generateScaleDataset } from '../fixtures/scale-dataset';
import { seriousViolations } from './axe';
import { launch, openPage } from './browser';
import { networkPeople } from './expected';

const baseUrl = inject('baseUrl');
const { dataset: big } = generateScaleDataset({ articles: 5_000, meetings: 10_000, people: 2_000 });
const body = JSON.stringify(big);
const people = 'svg[data-chart="people"]';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openBig(width = 1280, height = 720) {
  const watched = await openPage(browser, baseUrl, { width, height });
  await watched.page.route('**/data/dataset.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  return watched;
}

/** Node centres as drawn, by id. */
async function drawnPositions(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate(`(() => Object.fromEntries([...document.querySelectorAll('${people} [data-node]')].map((g) => {
    const m = /translate\\(([-\\d.]+),([-\\d.]+)\\)/.exec(g.getAttribute('transform'));
    return [g.getAttribute('data-node'), [Number(m[1]), Number(m[2])]];
  })))()`);
}

describe('relations at scale (built site, synthetic data)', () => {
  it('draws the 150 most connected people, laid out in a worker exactly as inline, and says so', async () => {
    const { page, problems, context } = await openBig();
    await page.goto(`${baseUrl}#/relations`);
    await page.getByRole('tab', { name: 'People' }).click({ timeout: 30_000 });
    const nodes = page.locator(`${people} [data-node]`);
    await expect.poll(() => nodes.count(), { timeout: 45_000 }).toBe(150);
    const total = networkPeople(big.events).size;
    const source = await page.locator(`${people} text.muted`).textContent();
    expect(source).toContain(`showing the 150 most connected of ${total.toLocaleString('en-GB')}`);

    const svg = page.locator(people);
    const size = {
      width: Number(await svg.getAttribute('width')),
      height: Number(await svg.getAttribute('height')),
    };
    const capped = capGraph(
      peopleGraph(big.events, big.people, (p) => p.names.en),
      NODE_CAP,
      LINK_CAP,
    );
    const inline = layoutNetwork(capped.nodes, capped.links, { ...size, seed: 1 });
    const drawn = await drawnPositions(page);
    expect(Object.keys(drawn).sort()).toEqual(inline.nodes.map((n) => n.id).sort());
    for (const n of inline.nodes) expect(drawn[n.id]).toEqual([n.x, n.y]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('draws a large country network as a few paths, and a link still shows its label and selects', async () => {
    const { page, problems, context } = await openBig();
    await page.goto(`${baseUrl}#/relations`);
    const chart = 'svg[data-chart="network"]';
    await expect.poll(() => page.locator(`${chart} [data-node]`).count(), { timeout: 45_000 }).toBe(150);
    const drawn = (await page.evaluate(
      `[...document.querySelectorAll('${chart} path[data-links]')].map((p) => Number(p.getAttribute('data-links')))`,
    )) as number[];
    expect(drawn.reduce((s, n) => s + n, 0)).toBe(LINK_CAP);
    expect(drawn.length).toBeLessThan(100);
    expect(await page.locator(`${chart} [data-link]`).count()).toBe(0);

    // The strongest link, on screen, where no circle covers it.
    const capped = capGraph(
      countryGraph(big.events, (c) => c),
      NODE_CAP,
      LINK_CAP,
    );
    const strongest = [...capped.links].sort((p, q) => q.value - p.value)[0]!;
    const at = (await page.evaluate(`(() => {
      const svg = document.querySelector('${chart}');
      const centre = (id) => {
        const g = svg.querySelector('[data-node="' + id + '"]');
        const r = g.querySelector('circle').getBoundingClientRect();
        return [r.x + r.width / 2, r.y + r.height / 2];
      };
      const [a, b] = [centre('${strongest.source}'), centre('${strongest.target}')];
      // A point on the link that no circle covers, nearest the middle.
      for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7]) {
        const p = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
        if (!document.elementFromPoint(p[0], p[1])?.closest('[data-node]')) return p;
      }
      return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    })()`)) as [number, number];
    await page.mouse.move(at[0], at[1]);
    const label = page.locator(`${chart} text.link-label`);
    await expect.poll(() => label.count()).toBe(1);
    const text = (await label.textContent()) ?? '';
    expect(text).toMatch(/ – .*: [\d,]+ meetings/);
    await page.mouse.click(at[0], at[1]);
    const pair = page.locator('.pair-details');
    await expect.poll(() => pair.count()).toBe(1);
    // The pair selected is the one the label named.
    const names = await pair.locator('h2 button').allTextContents();
    expect(names).toHaveLength(2);
    for (const name of names) expect(text).toContain(name);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lays out all 2,000 people off the main thread: the page keeps answering meanwhile', async () => {
    const { page, problems, context } = await openBig();
    await page.goto(`${baseUrl}#/relations`);
    await page.getByRole('tab', { name: 'People' }).click({ timeout: 30_000 });
    const nodes = page.locator(`${people} [data-node]`);
    await expect.poll(() => nodes.count(), { timeout: 45_000 }).toBe(150);
    const total = networkPeople(big.events).size;
    await page.getByRole('button', { name: `Show all ${total.toLocaleString('en-GB')}` }).click();
    const pending = page.locator('.layout-pending');
    await expect.poll(() => pending.count(), { timeout: 10_000 }).toBe(1);
    // While the worker runs, a frame still comes within a fraction of the layout's seconds.
    const gaps: number[] = [];
    while ((await pending.count()) > 0 && gaps.length < 8) {
      const t0 = Date.now();
      await page.evaluate('new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)))');
      gaps.push(Date.now() - t0);
    }
    expect(gaps.length).toBeGreaterThan(2);
    expect(Math.max(...gaps)).toBeLessThan(1500);
    await expect.poll(() => nodes.count(), { timeout: 60_000 }).toBe(total);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('stacks a timeline lane of 10,000 meetings into "+N" badges that count every event once', async () => {
    const { page, problems, context } = await openBig();
    await page.goto(`${baseUrl}#/timeline`);
    const chart = 'svg[data-chart="timeline"]';
    await expect
      .poll(() => page.locator(`${chart} [data-badge]`).count(), { timeout: 45_000 })
      .toBeGreaterThan(0);
    const counted = (await page.evaluate(`(() => {
      const ids = [...document.querySelectorAll('${chart} [data-mark][data-mark-lane="meeting"]')].map((m) => m.getAttribute('data-mark'));
      for (const b of document.querySelectorAll('${chart} [data-badge="meeting"]')) ids.push(...b.getAttribute('data-ids').split(' '));
      return ids;
    })()`)) as string[];
    const meetings = big.events.filter((e) => e.type === 'meeting' && e.date);
    expect(counted.length).toBe(meetings.length);
    expect(new Set(counted).size).toBe(meetings.length);
    expect(await seriousViolations(page, 'svg[data-chart="timeline"]')).toEqual([]);

    const badge = page.locator(`${chart} [data-badge="meeting"]`).first();
    const n = Number(await badge.getAttribute('data-count'));
    await badge.click();
    await expect.poll(() => page.locator('table[data-table="timeline"] tbody tr').count()).toBe(n);
    expect(problems).toEqual([]);
    await context.close();
  });
});
