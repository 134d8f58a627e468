import { describe, expect, it } from 'vitest';
import type { DiploEvent } from '../../../src/shared/schema';
import { describeDate, listNames, summarise } from '../../../src/pipeline/events/summary';

const names: Record<string, string> = { IN: 'India', CA: 'Canada', US: 'United States' };
const base: DiploEvent = {
  id: 'ev-1',
  type: 'meeting',
  kind: 'bilateral',
  status: 'held',
  date: '2026-02-04',
  datePrecision: 'day',
  place: { id: 'washington', name: 'Washington', country: 'US', lat: 38.9, lon: -77, approximate: false },
  countries: ['CA', 'IN'],
  people: [],
  visitor: null,
  host: null,
  organisations: [],
  minerals: [],
  stages: [],
  tone: 'cooperation',
  summary: '',
  sources: [{ articleId: 'a', sentence: 's', span: { start: 0, end: 1 }, confidence: 0.5 }],
  confidence: 0.5,
};
const say = (e: Partial<DiploEvent>) =>
  summarise(
    { ...base, ...e },
    (c) => names[c] ?? c,
    (id) => (id === 'anand' ? 'Anita Anand' : id),
  );

describe('summarise(event)', () => {
  it('says who met where and when', () => {
    expect(say({})).toBe('Canada and India met in Washington on 4 February 2026.');
  });
  it('names people and marks planned visits', () => {
    expect(
      say({
        kind: 'visit',
        status: 'planned',
        visitor: 'CA',
        host: 'IN',
        people: ['anand'],
        place: null,
        date: '2026-03',
        datePrecision: 'month',
      }),
    ).toBe('Planned: Canada (Anita Anand) is to visit India in March 2026.');
  });
  it('describes calls without a place and other events by type', () => {
    expect(say({ kind: 'call', place: null, date: null, datePrecision: null })).toBe(
      'Canada and India spoke by phone or video.',
    );
    expect(
      say({ type: 'export-control', kind: null, countries: ['US'], minerals: ['gallium'], place: null }),
    ).toBe('Export controls involving United States (gallium) on 4 February 2026.');
  });
});

describe('describeDate and listNames', () => {
  it('reads partial dates and long lists', () => {
    expect(describeDate('2025', 'year')).toBe(' in 2025');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listNames(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('A, B, C, D, E and 2 others');
  });
});
