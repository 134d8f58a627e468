import { describe, expect, it } from 'vitest';
import { layoutSankey } from '../../../src/app/charts/sankey/sankey-layout';
import { layoutControlsTimeline } from '../../../src/app/charts/sankey/controls-timeline';
import { groupProducers } from '../../../src/app/charts/sankey/sankey-groups';
import { NO_NEWS } from '../../../src/app/charts/sankey/sankey-types';
import type { SankeyNews } from '../../../src/app/charts/sankey/sankey-types';
import { REFERENCE, mineralRef } from '../../../src/shared/reference/reference';
import type { MineralRef } from '../../../src/shared/reference/reference-schema';

const SIZE = { width: 960, height: 540 };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6 * Math.max(1, Math.abs(b)));

function fakeMineral(production: Record<string, number>, extra: Partial<MineralRef> = {}): MineralRef {
  return {
    id: 'lithium',
    name: 'Test mineral',
    stage: 'mine',
    unit: 't test',
    year: '2025e',
    source: 'usgs-mcs2026',
    production,
    world_production: sum(Object.values(production)),
    ...extra,
  };
}

describe('groupProducers(production, options)', () => {
  it('names producers with at least 3% and groups the rest with the "other" row', () => {
    const g = groupProducers({ AA: 50, BB: 30, CC: 10, DD: 2, EE: 1, other: 7 });
    expect(g.named.map((r) => r.code)).toEqual(['AA', 'BB', 'CC']);
    expect(g.other?.value).toBe(10);
    expect(g.other?.members).toEqual(['DD', 'EE', 'other']);
    expect(g.total).toBe(100);
  });

  it('names at most maxNamed countries even when more pass the threshold', () => {
    const g = groupProducers({ AA: 20, BB: 20, CC: 20, DD: 20, EE: 20 }, { maxNamed: 2 });
    expect(g.named).toHaveLength(2);
    expect(g.other?.value).toBe(60);
  });

  it('keeps a requested country by name even below the threshold', () => {
    const g = groupProducers({ AA: 98, BB: 1, CC: 1 }, { keep: ['CC'] });
    expect(g.named.map((r) => r.code)).toEqual(['AA', 'CC']);
    expect(g.other).toEqual({ value: 1, members: ['BB'] });
  });

  it('does not depend on the key order of the input', () => {
    const a = groupProducers({ AA: 10, BB: 10, CC: 80 });
    const b = groupProducers({ CC: 80, BB: 10, AA: 10 });
    expect(a).toEqual(b);
  });
});

describe('layoutSankey(mineralRef, news, {width, height})', () => {
  for (const ref of REFERENCE.minerals) {
    it(`keeps ${ref.id}'s country figures and conserves flow at the stage node`, () => {
      const model = layoutSankey(ref, NO_NEWS, SIZE);
      const countries = model.nodes.filter((n) => n.kind === 'country');
      for (const n of countries) expect(n.value).toBe(ref.production[n.key]);
      const other = model.nodes.find((n) => n.kind === 'other');
      const named = new Set(countries.map((n) => n.key));
      const rest = sum(
        Object.entries(ref.production)
          .filter(([c]) => !named.has(c))
          .map(([, v]) => v),
      );
      if (other) close(other.value, rest);
      else expect(rest).toBe(0);
      const stage = model.nodes.find((n) => n.kind === 'stage')!;
      close(stage.value, sum(Object.values(ref.production)));
      const inflow = sum(model.links.filter((l) => l.target === 'stage').map((l) => l.value));
      const outflow = sum(model.links.filter((l) => l.source === 'stage').map((l) => l.value));
      close(inflow, stage.value);
      if (model.endUseMode === 'shares') close(outflow, stage.value);
      else expect(outflow).toBe(0);
    });
  }

  it('writes one unit and year on every chart, the reference unit', () => {
    for (const ref of REFERENCE.minerals) {
      const model = layoutSankey(ref, NO_NEWS, SIZE);
      expect(model.unit).toBe(ref.unit);
      expect(model.subtitle).toContain(ref.unit);
      expect(model.subtitle).toContain(ref.year.slice(0, 4));
      expect(model.estimate).toBe(ref.year.endsWith('e'));
      expect(model.sourceLine).toContain(REFERENCE.sources[ref.source]!.title);
    }
  });

  it('never mixes units: the copper chart draws refinery figures, not its mine figures', () => {
    const copper = mineralRef('copper')!;
    const model = layoutSankey(copper, NO_NEWS, SIZE);
    const chile = model.nodes.find((n) => n.key === 'CL')!;
    expect(chile.value).toBe(copper.production.CL);
    expect(chile.value).not.toBe(copper.mine_production!.values.CL);
  });

  it('is deterministic: the same input gives a deep-equal model', () => {
    const ref = mineralRef('rare-earths')!;
    const news: SankeyNews = {
      articles: 3,
      countryArticles: { CN: 2, US: 1 },
      events: [
        { id: 'e1', type: 'export-control', date: '2025-04-04', countries: ['CN'], stages: [], label: 'x' },
      ],
    };
    const a = layoutSankey(ref, news, SIZE);
    const b = layoutSankey(structuredClone(ref), structuredClone(news), SIZE);
    expect(b).toEqual(a);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('does not mutate its input', () => {
    const ref = mineralRef('cobalt')!;
    const before = structuredClone(ref);
    layoutSankey(ref, NO_NEWS, SIZE);
    expect(ref).toEqual(before);
  });

  it('applies end-use shares to the stage total and adds a "not allocated" rest', () => {
    const ref = fakeMineral(
      { AA: 600, BB: 400 },
      { end_uses: { scope: 'test', shares: { batteries: 60, glass: 30 } } },
    );
    const model = layoutSankey(ref, NO_NEWS, SIZE);
    expect(model.endUseMode).toBe('shares');
    const uses = Object.fromEntries(
      model.links.filter((l) => l.source === 'stage').map((l) => [l.target, l.value]),
    );
    expect(uses).toEqual({ 'use:batteries': 600, 'use:glass': 300, unallocated: 100 });
  });

  it('draws qualitative end uses as an unweighted list, with no invented values', () => {
    const ref = mineralRef('graphite')!;
    const model = layoutSankey(ref, NO_NEWS, SIZE);
    expect(model.endUseMode).toBe('qualitative');
    expect(model.qualitative.map((q) => q.key)).toEqual(ref.end_uses!.others);
    expect(model.links.every((l) => l.target === 'stage')).toBe(true);
    expect(model.captions.map((c) => c.text).join(' ')).toContain('qualitative');
  });

  it('places an export-control event on the China -> stage link', () => {
    const ref = mineralRef('rare-earths')!;
    const news: SankeyNews = {
      articles: 1,
      countryArticles: { CN: 1 },
      events: [
        { id: 'ev', type: 'export-control', date: '2025-04', countries: ['CN'], stages: [], label: 'x' },
      ],
    };
    const model = layoutSankey(ref, news, SIZE);
    expect(model.markers).toHaveLength(1);
    expect(model.markers[0]!.on).toBe('country:CN->stage');
    expect(model.nodes.find((n) => n.key === 'CN')!.news).toBe(1);
  });

  it('places an event naming no producer on the stage node', () => {
    const ref = mineralRef('gallium')!;
    const news: SankeyNews = {
      articles: 1,
      countryArticles: {},
      events: [{ id: 'ev', type: 'agreement', date: null, countries: ['BD'], stages: [], label: 'x' }],
    };
    expect(layoutSankey(ref, news, SIZE).markers[0]!.on).toBe('stage');
  });

  it('keeps every node and label inside the chart and shown labels apart', () => {
    for (const ref of REFERENCE.minerals) {
      for (const size of [SIZE, { width: 480, height: 320 }, { width: 1800, height: 900 }]) {
        const model = layoutSankey(ref, NO_NEWS, size);
        for (const n of model.nodes) {
          expect(n.x0).toBeGreaterThanOrEqual(0);
          expect(n.x1).toBeLessThanOrEqual(size.width);
          expect(n.y1).toBeLessThanOrEqual(size.height);
        }
        const left = model.nodes
          .filter((n) => (n.kind === 'country' || n.kind === 'other') && n.showLabel)
          .map((n) => (n.y0 + n.y1) / 2)
          .sort((a, b) => a - b);
        for (let i = 1; i < left.length; i++)
          expect(left[i]! - left[i - 1]!).toBeGreaterThanOrEqual(model.fontSize);
      }
    }
  });

  it('gives every node a tooltip with the exact figure, unit, year, estimate flag and source', () => {
    const ref = mineralRef('lithium')!;
    const model = layoutSankey(ref, NO_NEWS, SIZE);
    const australia = model.nodes.find((n) => n.key === 'AU')!;
    expect(australia.tooltip).toContain('92,000 t Li content (not LCE)');
    expect(australia.tooltip).toContain('2025 (estimate)');
    expect(australia.tooltip).toContain('Mineral Commodity Summaries 2026');
    const uranium = layoutSankey(mineralRef('uranium')!, NO_NEWS, SIZE);
    expect(uranium.estimate).toBe(false);
    expect(uranium.nodes.find((n) => n.key === 'KZ')!.tooltip).not.toContain('estimate');
  });
});

describe('layoutControlsTimeline(controls, events, size, labels)', () => {
  const labels = {
    title: 'T',
    reference: 'Reference',
    news: 'News',
    sourceLine: 'S',
    date: (d: string) => d,
    year: (y: number) => String(y),
    mineral: (id: string) => id,
  };
  it('places one mark per reference entry and per news event, in time order, inside the axis', () => {
    const events = [{ id: 'e1', date: '2026-01', label: 'x' }];
    const model = layoutControlsTimeline(
      REFERENCE.export_controls,
      events,
      { width: 900, height: 0 },
      labels,
    );
    const refs = model.marks.filter((m) => m.row === 'reference');
    expect(refs).toHaveLength(REFERENCE.export_controls.length);
    expect(model.marks.filter((m) => m.row === 'news')).toHaveLength(1);
    const xs = refs.map((m) => m.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    for (const m of model.marks) {
      expect(m.x).toBeGreaterThanOrEqual(model.x0);
      expect(m.x).toBeLessThanOrEqual(model.x1);
    }
    expect(
      layoutControlsTimeline(REFERENCE.export_controls, events, { width: 900, height: 0 }, labels),
    ).toEqual(model);
  });
});
