/**
 * The timeline on the built site in Chromium: lanes by kind and by country drawn from the data
 * (every dated event once per lane it belongs to, stacked ones counted in their "+N" badge),
 * held and planned told apart, a brush and a country filter narrowing it, a click on a mark
 * showing the evidence, the table, and no console error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset, DiploEvent } from '../../src/shared/schema';
import { seriousViolations } from './axe';
import { launch, openPage } from './browser';

const baseUrl = inject('baseUrl');
const dataset = JSON.parse(readFileSync(join(inject('distDir'), 'data/dataset.json'), 'utf8')) as Dataset;
const dated = dataset.events.filter((e) => e.date !== null);
const details = '[data-testid="details"]';
const chart = 'svg[data-chart="timeline"]';

/** Events drawn per lane: marks plus the events gathered in the lane's badges. */
async function drawnPerLane(page: Page): Promise<Record<string, number>> {
  return page.evaluate(`(() => {
    const out = {};
    for (const m of document.querySelectorAll('${chart} [data-mark]')) {
      const lane = m.getAttribute('data-mark-lane');
      out[lane] = (out[lane] ?? 0) + 1;
    }
    for (const b of document.querySelectorAll('${chart} [data-badge]')) {
      const lane = b.getAttribute('data-badge');
      out[lane] = (out[lane] ?? 0) + Number(b.getAttribute('data-count'));
    }
    return out;
  })()`);
}

const countBy = (events: DiploEvent[], lanes: string[], match: (e: DiploEvent, lane: string) => boolean) =>
  Object.fromEntries(
    lanes.map((l) => [l, events.filter((e) => match(e, l)).length] as const).filter(([, n]) => n > 0),
  );

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('timeline by kind (built site)', () => {
  it('draws each dated event in its kind’s lane, planned ones apart, and the undated ones as chips', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/timeline`);
    await expect
      .poll(() => page.locator(`${chart} [data-mark]`).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const types = [...new Set(dataset.events.map((e) => e.type))];
    expect(await drawnPerLane(page)).toEqual(countBy(dated, types, (e, t) => e.type === t));
    // Planned events are drawn hollow and dashed (or counted in a badge); held ones filled.
    const shown = (await page.evaluate(`(() => {
      const marks = [...document.querySelectorAll('${chart} [data-mark]')].map((m) => {
        const shape = m.querySelector('path, rect');
        return { id: m.getAttribute('data-mark'), status: m.getAttribute('data-status'),
          fill: shape.getAttribute('fill'), dash: shape.getAttribute('stroke-dasharray') };
      });
      const badged = [...document.querySelectorAll('${chart} [data-badge]')]
        .flatMap((b) => b.getAttribute('data-ids').split(' '));
      return { marks, badged };
    })()`)) as {
      marks: { id: string; status: string; fill: string; dash: string | null }[];
      badged: string[];
    };
    expect(new Set([...shown.marks.map((m) => m.id), ...shown.badged])).toEqual(
      new Set(dated.map((e) => e.id)),
    );
    for (const m of shown.marks) {
      expect(m.status).toBe(dataset.events.find((e) => e.id === m.id)!.status);
      expect(m.fill === 'white' && m.dash !== null).toBe(m.status === 'planned');
    }
    const undated = dataset.events.filter((e) => e.date === null).length;
    expect(await page.locator(`${chart} [data-undated]`).count()).toBe(undated);

    const mark = page.locator(`${chart} [data-mark]`).first();
    const id = await mark.getAttribute('data-mark');
    await mark.click();
    await expect
      .poll(() => page.locator(`${details} [data-event-id]`).getAttribute('data-event-id'))
      .toBe(id);
    const event = dataset.events.find((e) => e.id === id)!;
    expect(await page.locator(`${details} .evidence-sentence`).count()).toBe(event.sources.length);

    const chip = page.locator(`${chart} [data-undated]`).first();
    await chip.focus();
    await page.keyboard.press('Enter');
    const chipId = await chip.getAttribute('data-undated');
    await expect
      .poll(() => page.locator(`${details} [data-event-id]`).getAttribute('data-event-id'))
      .toBe(chipId);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('names the mark under the pointer or in focus in one label above the chart’s marks', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/timeline`);
    const marks = page.locator(`${chart} [data-mark]`);
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const tip = page.locator(`${chart} .mark-tip`);
    expect(await tip.count()).toBe(0);
    // The label says what the mark's accessible name says (the first words, if wrapped).
    const words = async (m: typeof marks) =>
      ((await m.getAttribute('aria-label')) ?? '').split(' ').slice(0, 3).join(' ');
    const first = marks.first();
    await first.hover();
    await expect.poll(() => tip.count()).toBe(1);
    expect(await tip.textContent()).toContain(await words(first));
    await page.mouse.move(2, 2);
    await expect.poll(() => tip.count()).toBe(0);
    const second = marks.nth(1);
    await second.focus();
    await expect.poll(() => tip.count()).toBe(1);
    expect(await tip.textContent()).toContain(await words(second));
    // In Bengali the kind, date and countries come first in Bengali, the English summary after.
    await page.getByRole('button', { name: 'বাংলা' }).click();
    const meeting = page.locator(`${chart} [data-mark][data-mark-lane="meeting"]`).first();
    await meeting.hover();
    await expect.poll(() => tip.count()).toBe(1);
    expect(await meeting.getAttribute('aria-label')).toMatch(/^বৈঠক/);
    expect(await tip.textContent()).toMatch(/^বৈঠক/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sets the date filter from a drag across the lanes, and draws only the events inside it', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/timeline`);
    const marks = page.locator(`${chart} [data-mark]`);
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const box = (await page.locator(chart).boundingBox())!;
    const y = box.y + box.height * 0.45;
    await page.mouse.move(box.x + box.width * 0.35, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.url()).toMatch(/from=\d{4}-\d{2}-\d{2}.*to=\d{4}-\d{2}-\d{2}/);
    const url = new URL(page.url().replace('#/timeline?', '?'));
    const from = url.searchParams.get('from')!;
    const to = url.searchParams.get('to')!;
    const inside = dated.filter(
      (e) =>
        e.date!.slice(0, from.length) >= from.slice(0, e.date!.length) && e.date!.slice(0, to.length) <= to,
    );
    await expect
      .poll(async () => Object.values(await drawnPerLane(page)).reduce((s, n) => s + n, 0))
      .toBe(inside.length);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('timeline by country (built site)', () => {
  it('draws a lane per filtered country with every event of that country, and says why', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/timeline`);
    await page.getByRole('radio', { name: 'By country' }).click();
    await expect.poll(() => page.locator('[data-lane-note]').getAttribute('data-lane-note')).toBe('busiest');
    const lanes = await page
      .locator(`${chart} [data-lane]`)
      .evaluateAll((els) =>
        els.map((e) => (e as unknown as { getAttribute(n: string): string }).getAttribute('data-lane')),
      );
    expect(lanes.length).toBeGreaterThan(1);
    expect(await drawnPerLane(page)).toEqual(countBy(dated, lanes, (e, c) => e.countries.includes(c)));

    const [a, b] = lanes as [string, string];
    await page.goto(`${baseUrl}#/timeline?countries=${a},${b}`);
    await expect.poll(() => page.locator('[data-lane-note]').getAttribute('data-lane-note')).toBe('filter');
    await expect.poll(() => page.locator(`${chart} [data-lane]`).count()).toBe(2);
    const filtered = dated.filter((e) => e.countries.includes(a) || e.countries.includes(b));
    expect(await drawnPerLane(page)).toEqual(countBy(filtered, [a, b], (e, c) => e.countries.includes(c)));
    expect(await seriousViolations(page, 'main')).toEqual([]);

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const rows = page.locator('table[data-table="timeline"] tbody tr');
    const all = dataset.events.filter((e) => e.countries.includes(a) || e.countries.includes(b));
    await expect.poll(() => rows.count()).toBe(all.length);
    const row = rows.first();
    const id = await row.getAttribute('data-row');
    await row.getByRole('button').click();
    await expect
      .poll(() => page.locator(`${details} [data-event-id]`).getAttribute('data-event-id'))
      .toBe(id);
    expect(await seriousViolations(page, 'main')).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
