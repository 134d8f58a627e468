import { describe, expect, it } from 'vitest';
import {
  derivePairStats,
  derivePeopleLinks,
  deriveRelations,
  eventTone,
  relationTone,
} from '../../src/shared/relations';
import { makeEvent } from '../fixtures/make-event';

const ev = makeEvent;

describe('deriveRelations(events)', () => {
  it('counts distinct meetings per pair, with a < b and the event ids', () => {
    const rels = deriveRelations([
      ev('e1'),
      ev('e2', { countries: ['BD', 'IN'] }),
      ev('e3', { type: 'tariff' }),
    ]);
    expect(rels).toHaveLength(1);
    expect(rels[0]).toMatchObject({ a: 'BD', b: 'IN', meetings: 2, events: ['e1', 'e2', 'e3'] });
  });

  it('counts an event reported by several sources once, and a repeated event id once', () => {
    const merged = ev('e1', {
      sources: ['a1', 'a2', 'a3'].map((articleId) => ({
        articleId,
        sentence: 's',
        span: { start: 0, end: 1 },
        confidence: 0.8,
      })),
    });
    const rels = deriveRelations([merged, merged]);
    expect(rels[0]!.meetings).toBe(1);
    expect(rels[0]!.events).toEqual(['e1']);
  });

  it('takes tone from the type unless the event tone is not neutral', () => {
    const rels = deriveRelations([
      ev('m1'),
      ev('m2', { tone: 'conflict' }),
      ev('x1', { type: 'export-control', kind: null }),
      ev('t1', { type: 'tariff', kind: null, tone: 'cooperation' }),
      ev('g1', { type: 'agreement', kind: null }),
      ev('k1', { type: 'military-incident', kind: null }),
    ]);
    expect(rels[0]).toMatchObject({ meetings: 2, cooperation: 3, conflict: 3 });
    expect(eventTone(ev('x', { type: 'tariff' }))).toBe('conflict');
  });

  it('gives a multilateral meeting of n countries n(n-1)/2 pairs weighted 1/(n-1)', () => {
    const stats = derivePairStats([ev('s1', { kind: 'summit', countries: ['US', 'IN', 'JP', 'AU'] })]);
    expect(stats.map((r) => `${r.a}-${r.b}`)).toEqual(['AU-IN', 'AU-JP', 'AU-US', 'IN-JP', 'IN-US', 'JP-US']);
    for (const r of stats) expect(r).toMatchObject({ meetings: 1, multilateral: 1, weight: 0.333 });
    expect(derivePairStats([ev('b1')])[0]).toMatchObject({ weight: 1, multilateral: 0 });
  });

  it('keeps first and last as the earliest and latest partial dates by their start', () => {
    const rels = deriveRelations([
      ev('e1', { date: '2025-03' }),
      ev('e2', { date: '2024' }),
      ev('e3', { date: '2025-03-10' }),
      ev('e4', { date: null }),
    ]);
    expect(rels[0]).toMatchObject({ first: '2024', last: '2025-03-10', meetings: 4 });
  });

  it('skips events of one country and returns the same order whatever the input order', () => {
    const events = [
      ev('e1', { countries: ['US', 'CN'] }),
      ev('e2', { countries: ['IN'] }),
      ev('e3', { countries: ['BD', 'CN', 'IN'] }),
    ];
    const forward = deriveRelations(events);
    expect(deriveRelations([...events].reverse())).toEqual(forward);
    expect(forward.map((r) => `${r.a}-${r.b}`)).toEqual(['BD-CN', 'BD-IN', 'CN-IN', 'CN-US']);
    expect(Object.keys(forward[0]!).sort()).toEqual(
      ['a', 'b', 'conflict', 'cooperation', 'events', 'first', 'last', 'meetings'].sort(),
    );
  });
});

describe('derivePeopleLinks(events)', () => {
  it('links co-participants of meetings only, once per meeting', () => {
    const links = derivePeopleLinks([
      ev('m1', { people: ['p-b', 'p-a', 'p-c'] }),
      ev('m2', { people: ['p-a', 'p-b'] }),
      ev('x1', { type: 'tariff', people: ['p-a', 'p-b'] }),
    ]);
    expect(links.map((l) => `${l.a}-${l.b}:${l.meetings}`)).toEqual(['p-a-p-b:2', 'p-a-p-c:1', 'p-b-p-c:1']);
    expect(links[0]!.events).toEqual(['m1', 'm2']);
    expect(links[0]!.weight).toBe(1.5);
  });
});

describe('relationTone(relation)', () => {
  it('is whichever of cooperation and conflict has more events, neutral on a tie', () => {
    expect(relationTone({ cooperation: 3, conflict: 1 })).toBe('cooperation');
    expect(relationTone({ cooperation: 1, conflict: 3 })).toBe('conflict');
    expect(relationTone({ cooperation: 2, conflict: 2 })).toBe('neutral');
    const [r] = deriveRelations([
      ev('m1'),
      ev('x1', { type: 'tariff', kind: null }),
      ev('x2', { type: 'export-control', kind: null }),
    ]);
    expect(relationTone(r!)).toBe('conflict');
  });
});

describe('derivePeopleLinks(events) with merged reports', () => {
  it('counts a meeting reported by articles in three languages once for its people', () => {
    const merged = ev('m1', {
      people: ['p-a', 'p-b'],
      sources: ['bn-1', 'hi-1', 'en-1'].map((articleId) => ({
        articleId,
        sentence: 's',
        span: { start: 0, end: 1 },
        confidence: 0.7,
      })),
    });
    const links = derivePeopleLinks([merged, merged]);
    expect(links).toEqual([{ a: 'p-a', b: 'p-b', meetings: 1, events: ['m1'], weight: 1 }]);
  });
});
