import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/app/data/load';
import {
  aggregateMeetings,
  categoryOf,
  markerRadius,
  shadeStep,
} from '../../../src/app/charts/map/aggregate';
import type { DiploEvent } from '../../../src/shared/schema';
import fixture from '../../fixtures/app/dataset.json';

const dataset = parseDataset(fixture);

function meeting(id: string, over: Partial<DiploEvent> = {}): DiploEvent {
  return {
    id,
    type: 'meeting',
    kind: 'bilateral',
    status: 'held',
    date: '2026-01-10',
    datePrecision: 'day',
    place: { id: 'delhi', name: 'New Delhi', country: 'IN', lat: 28.61, lon: 77.21, approximate: false },
    countries: ['IN', 'US'],
    people: [],
    visitor: null,
    host: null,
    organisations: [],
    minerals: [],
    stages: [],
    tone: 'cooperation',
    summary: id,
    sources: [{ articleId: 'a', sentence: 's', span: { start: 0, end: 1 }, confidence: 0.9 }],
    confidence: 0.9,
    ...over,
  };
}

describe('aggregateMeetings(events)', () => {
  it('combines meetings at one place into one marker with a count', () => {
    const agg = aggregateMeetings([meeting('a'), meeting('b', { kind: 'multilateral' }), meeting('c')]);
    expect(agg.markers).toHaveLength(1);
    expect(agg.markers[0]).toMatchObject({ count: 3, eventIds: ['a', 'b', 'c'], category: 'bilateral' });
  });

  it('keeps an approximate (capital) placement apart from an exact one at the same spot', () => {
    const approx = meeting('b', {
      place: { id: null, name: 'New Delhi', country: 'IN', lat: 28.61, lon: 77.21, approximate: true },
    });
    const agg = aggregateMeetings([meeting('a'), approx]);
    expect(agg.markers.map((m) => m.approximate).sort()).toEqual([false, true]);
  });

  it('lists meetings with no place instead of dropping them, and ignores other event types', () => {
    const agg = aggregateMeetings([
      meeting('call', { kind: 'call', place: null }),
      meeting('tariff', { type: 'tariff', kind: null }),
      meeting('a'),
    ]);
    expect(agg.unplaced.map((e) => e.id)).toEqual(['call']);
    expect(agg.markers.flatMap((m) => m.eventIds)).toEqual(['a']);
    expect(agg.countryCounts.get('IN')).toBe(2);
  });

  it('accounts for every meeting of the fixture: drawn or listed, never both', () => {
    const agg = aggregateMeetings(dataset.events);
    const meetings = dataset.events.filter((e) => e.type === 'meeting');
    const drawn = agg.markers.reduce((n, m) => n + m.count, 0);
    expect(drawn + agg.unplaced.length).toBe(meetings.length);
    expect(agg.markers.some((m) => m.approximate)).toBe(true);
  });
});

describe('categoryOf(event)', () => {
  it('puts planned first, then multilateral and summits, else bilateral', () => {
    expect(categoryOf(meeting('a', { status: 'planned', kind: 'multilateral' }))).toBe('planned');
    expect(categoryOf(meeting('a', { kind: 'summit' }))).toBe('multilateral');
    expect(categoryOf(meeting('a', { kind: 'visit' }))).toBe('bilateral');
  });
});

describe('markerRadius(count, max) and shadeStep(count, max)', () => {
  it('grows the marker area with the count and stays within bounds', () => {
    expect(markerRadius(1, 1)).toBe(7);
    expect(markerRadius(1, 9)).toBeLessThan(markerRadius(4, 9));
    expect(markerRadius(9, 9)).toBe(24);
  });
  it('gives no shade for zero and the darkest step for the maximum', () => {
    expect(shadeStep(0, 5)).toBeNull();
    expect(shadeStep(5, 5)).toBe(4);
  });
});
