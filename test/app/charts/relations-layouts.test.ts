import { describe, expect, it } from 'vitest';
import { layoutMatrix } from '../../../src/app/charts/matrix/layout-matrix';
import { countryGraph } from '../../../src/app/charts/network/graphs';
import { layoutNetwork } from '../../../src/app/charts/network/layout-network';
import { layoutTimeline } from '../../../src/app/charts/timeline/layout-timeline';
import { deriveRelations } from '../../../src/shared/relations';
import type { DiploEvent } from '../../../src/shared/schema';
import { makeEvent } from '../../fixtures/make-event';

const ev = (id: string, countries: string[], over: Partial<DiploEvent> = {}) =>
  makeEvent(id, { countries, date: '2025-02-13', tone: 'cooperation', ...over });

const events = [
  ev('e1', ['IN', 'US']),
  ev('e2', ['IN', 'US'], { date: '2025-03', datePrecision: 'month' }),
  ev('e3', ['CN', 'US'], { type: 'export-control', kind: null, tone: 'conflict' }),
  ev('e4', ['IN', 'JP', 'AU', 'US'], { kind: 'multilateral', date: null, datePrecision: null }),
];
const label = (c: string) => c;

describe('layoutNetwork(countryGraph(events))', () => {
  it('has one node per country that meets another, inside the plot, and is the same on every run', () => {
    const g = countryGraph(events, label);
    const a = layoutNetwork(g.nodes, g.links, { width: 800, height: 600, seed: 1 });
    const b = layoutNetwork([...g.nodes].reverse(), [...g.links].reverse(), {
      width: 800,
      height: 600,
      seed: 1,
    });
    expect(a.nodes.map((n) => n.id).sort()).toEqual(['AU', 'CN', 'IN', 'JP', 'US']);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (const n of a.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(800);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(600);
    }
    expect(a.nodes.find((n) => n.id === 'US')!.r).toBeGreaterThan(a.nodes.find((n) => n.id === 'AU')!.r);
  });
});

describe('countryGraph(events)', () => {
  it('sizes a country by its distinct meetings and colours a pair by its tone', () => {
    const g = countryGraph([...events, events[0]!], label);
    const value = (id: string) => g.nodes.find((n) => n.id === id)?.value;
    expect(value('US')).toBe(3);
    expect(value('CN')).toBe(0);
    const cnUs = g.links.find((l) => l.source === 'CN' && l.target === 'US')!;
    expect(cnUs).toMatchObject({ value: 0, tone: 'conflict', events: ['e3'] });
    expect(g.links.find((l) => l.source === 'IN' && l.target === 'US')).toMatchObject({
      value: 3,
      tone: 'cooperation',
    });
  });
});

describe('layoutMatrix(deriveRelations(events))', () => {
  it('puts the meeting counts in symmetric cells', () => {
    const m = layoutMatrix(deriveRelations(events), label, { width: 800, height: 600 });
    const cell = (r: string, c: string) => m.cells.find((x) => x.row === r && x.col === c);
    expect(cell('IN', 'US')?.meetings).toBe(3);
    expect(cell('US', 'IN')?.meetings).toBe(3);
    expect(cell('AU', 'JP')?.meetings).toBe(1);
  });
});

describe('layoutTimeline(events, lanes)', () => {
  it('draws a mark per dated event in its lane and puts undated ones in the strip', () => {
    const lanes = [
      { id: 'meeting', label: 'Meetings', match: (e: DiploEvent) => e.type === 'meeting' },
      {
        id: 'export-control',
        label: 'Export controls',
        match: (e: DiploEvent) => e.type === 'export-control',
      },
    ];
    const m = layoutTimeline(events, lanes, { width: 900, height: 400 });
    expect(m.marks.map((x) => x.id).sort()).toEqual(['e1', 'e2', 'e3']);
    expect(m.marks.find((x) => x.id === 'e2')?.shape).toBe('span');
    expect(m.undated.map((x) => x.id)).toEqual(['e4']);
    const e1 = m.marks.find((x) => x.id === 'e1')!;
    const e2 = m.marks.find((x) => x.id === 'e2')!;
    expect(e2.x).toBeGreaterThan(e1.x);
  });
});
