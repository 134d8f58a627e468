import { describe, expect, it } from 'vitest';
import { MARK_BUDGET, layoutTimeline } from '../../../src/app/charts/timeline/layout-timeline';
import type { TimelineModel } from '../../../src/app/charts/timeline/layout-timeline';
import { clip } from '../../../src/app/charts/timeline/undated-strip';
import type { DiploEvent } from '../../../src/shared/schema';
import { makeEvent } from '../../fixtures/make-event';

const lanes = [
  { id: 'meeting', label: 'Meetings', match: (e: DiploEvent) => e.type === 'meeting' },
  { id: 'tariff', label: 'Tariffs', match: (e: DiploEvent) => e.type === 'tariff' },
];
const sameDay = (n: number, date = '2026-02-05') =>
  Array.from({ length: n }, (_, i) =>
    makeEvent(`m${String(i).padStart(3, '0')}`, { date, status: i % 3 ? 'held' : 'planned' }),
  );
const others = [
  makeEvent('t1', { type: 'tariff', kind: null, date: '2025-06-01' }),
  makeEvent('m-early', { date: '2025-01-10' }),
];

/** Every mark and badge of a lane lies inside the lane's band. */
function expectInsideLanes(m: TimelineModel) {
  for (const lane of m.lanes) {
    const inLane = [
      ...m.marks.filter((x) => x.lane === lane.id),
      ...m.badges.filter((b) => b.lane === lane.id),
    ];
    for (const x of inLane) {
      expect(x.y).toBeGreaterThanOrEqual(lane.y);
      expect(x.y + x.h).toBeLessThanOrEqual(lane.y + lane.height + 0.5);
    }
  }
  expect(m.lanes.at(-1)!.y + m.lanes.at(-1)!.height).toBeLessThanOrEqual(m.axisY + 1);
  expect(m.lanes[0]!.y).toBeGreaterThanOrEqual(m.plot.y);
}

describe('layoutTimeline(events, lanes) stacking', () => {
  it('stacks meetings of one day inside their lane, the lane taller than a lane with one mark', () => {
    const m = layoutTimeline([...sameDay(9), ...others], lanes, { width: 1000, height: 560 });
    expectInsideLanes(m);
    const stack = m.marks.filter(
      (x) => x.lane === 'meeting' && x.x === m.marks.find((y) => y.id === 'm000')!.x,
    );
    expect(stack).toHaveLength(9);
    const ys = stack.map((x) => x.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(stack[0]!.h);
    expect(m.lanes[0]!.height).toBeGreaterThan(m.lanes[1]!.height);
    expect(m.badges).toEqual([]);
    expect(stack.filter((x) => x.status === 'planned')).toHaveLength(3);
  });

  it('turns a stack taller than the lane can hold into a "+N" badge, every event counted once', () => {
    const many = sameDay(40);
    const m = layoutTimeline([...many, ...others], lanes, { width: 1000, height: 420 });
    expectInsideLanes(m);
    expect(m.badges).toHaveLength(1);
    const badge = m.badges[0]!;
    const drawn = m.marks.filter((x) => x.lane === 'meeting' && x.id.startsWith('m0')).map((x) => x.id);
    expect(new Set([...drawn, ...badge.ids]).size).toBe(40);
    expect(drawn.length + badge.ids.length).toBe(40);
    expect(badge).toMatchObject({ from: '2026-02-05', to: '2026-02-05' });
  });

  it('draws at most MARK_BUDGET marks however many events: the rest are in badges, each counted once', () => {
    // 6,000 meetings and 6,000 tariffs over two years, a few a day.
    const day = (i: number) =>
      new Date(Date.UTC(2025, 0, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);
    const many = Array.from({ length: 12_000 }, (_, i) =>
      makeEvent(`e${String(i).padStart(5, '0')}`, {
        date: day(i * 7),
        ...(i % 2 ? { type: 'tariff' as const, kind: null } : {}),
      }),
    );
    const size = { width: 1440, height: 900 };
    const unbudgeted = layoutTimeline(many, lanes, { ...size, markBudget: Infinity });
    expect(unbudgeted.marks.length).toBeGreaterThan(MARK_BUDGET);
    const m = layoutTimeline(many, lanes, size);
    expectInsideLanes(m);
    expect(m.marks.length).toBeLessThanOrEqual(MARK_BUDGET);
    expect(m.marks.length).toBeGreaterThan(MARK_BUDGET / 3);
    const ids = [...m.marks.map((x) => x.id), ...m.badges.flatMap((b) => b.ids)];
    expect(ids.length).toBe(12_000);
    expect(new Set(ids).size).toBe(12_000);
  });

  it('lays a list filtered from `all` out as it lays the list alone (the sorted `all` serves it)', () => {
    const all = [
      ...sameDay(30),
      ...others,
      ...sameDay(5, '2025-01-10').map((e) => ({ ...e, id: `x${e.id}` })),
    ];
    all.sort((p, q) => (p.id < q.id ? -1 : 1));
    const size = { width: 900, height: 500 };
    for (const keep of [(e: DiploEvent) => e.status === 'held', (e: DiploEvent) => e.id.startsWith('x')]) {
      const some = all.filter(keep);
      expect(JSON.stringify(layoutTimeline(some, lanes, { ...size, all }))).toBe(
        JSON.stringify(layoutTimeline(some, lanes, size)),
      );
    }
  });

  it('is the same for the same input in any order (a pure function of data and size)', () => {
    const input = [...sameDay(12), ...others];
    const a = layoutTimeline(input, lanes, { width: 900, height: 500 });
    const b = layoutTimeline([...input].reverse(), lanes, { width: 900, height: 500 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('layoutTimeline(events, lanes) undated strip', () => {
  it('gives each undated event a labelled chip inside the width, and a "+N more" chip past two rows', () => {
    const undated = Array.from({ length: 30 }, (_, i) =>
      makeEvent(`u${String(i).padStart(2, '0')}`, {
        date: null,
        datePrecision: null,
        countries: ['IN', 'US'],
      }),
    );
    const m = layoutTimeline([...undated, ...others], lanes, {
      width: 1000,
      height: 560,
      undatedText: (e) => `Meeting: India – United States (${e.id})`,
    });
    expect(m.undated.length).toBeGreaterThan(0);
    expect(m.undated.length + m.undatedMore!.count).toBe(30);
    for (const c of m.undated) {
      expect(c.label).toBe(`Meeting: India – United States (${c.id})`);
      expect(c.text.length).toBeGreaterThan(4);
      expect(c.x + c.w).toBeLessThanOrEqual(m.x1);
      expect(c.y).toBeGreaterThan(m.axisY);
      expect(c.y + c.h).toBeLessThanOrEqual(m.height);
    }
  });

  it('clip(text, max) keeps short text and cuts long text to a prefix', () => {
    expect(clip('Tariff: China', 20)).toEqual({ text: 'Tariff: China', cut: false });
    expect(clip('Agreement: Kazakhstan – United States', 12)).toEqual({ text: 'Agreement', cut: true });
    expect(clip('Agreement: Kazakhstan – United States', 26)).toEqual({
      text: 'Agreement: Kazakhstan',
      cut: true,
    });
    const bn = clip('চুক্তি: ভারত – বাংলাদেশ', 8);
    expect(bn.cut).toBe(true);
    expect('চুক্তি: ভারত – বাংলাদেশ'.startsWith(bn.text)).toBe(true);
  });
});

describe('layoutTimeline(events, lanes) axis', () => {
  it('labels a span of a few months once per month, on the first of the month', () => {
    const events = [makeEvent('a', { date: '2025-12-10' }), makeEvent('b', { date: '2026-03-20' })];
    const m = layoutTimeline(events, lanes, { width: 1000, height: 400 });
    const dates = m.ticks.map((t) => t.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(m.ticks.every((t) => t.unit === 'month')).toBe(true);
  });

  it('labels a span of many years by year, never twice', () => {
    const events = [makeEvent('a', { date: '2015-01-10' }), makeEvent('b', { date: '2026-03-20' })];
    const dates = layoutTimeline(events, lanes, { width: 600, height: 400 }).ticks.map((t) => t.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates.every((d) => /^\d{4}$/.test(d))).toBe(true);
  });
});
