import { describe, expect, it } from 'vitest';
import {
  countryLanes,
  kindLanes,
  MAX_COUNTRY_LANES,
} from '../../../src/app/features/timeline/timeline-lanes';
import { makeEvent } from '../../fixtures/make-event';

const events = [
  makeEvent('e1', { countries: ['IN', 'US'] }),
  makeEvent('e2', { countries: ['IN', 'US'] }),
  makeEvent('e3', { countries: ['IN', 'BD'] }),
  makeEvent('e4', { countries: ['CN', 'RU'] }),
  makeEvent('e5', { countries: ['CN', 'US'], type: 'tariff', kind: null }),
];
const label = (c: string) => `name-${c}`;

describe('countryLanes(events, filtered, selected)', () => {
  it('gives one lane per filtered country, busiest first, and matches events by party', () => {
    const c = countryLanes(events, ['BD', 'US'], [], label);
    expect(c.basis).toBe('filter');
    expect(c.lanes.map((l) => [l.id, l.label])).toEqual([
      ['US', 'name-US'],
      ['BD', 'name-BD'],
    ]);
    expect(events.filter(c.lanes[0]!.match).map((e) => e.id)).toEqual(['e1', 'e2', 'e5']);
  });

  it('with no filter, takes the selected country and the partners it shares most events with', () => {
    const c = countryLanes(events, [], ['IN'], label);
    expect(c.basis).toBe('selection');
    expect(c.lanes.map((l) => l.id)).toEqual(['IN', 'US', 'BD']);
  });

  it('with neither, falls back to the busiest countries and says so', () => {
    const c = countryLanes(events, [], [], label);
    expect(c.basis).toBe('busiest');
    // IN and US have three events each: ties go by code.
    expect(c.lanes.map((l) => l.id)).toEqual(['IN', 'US', 'CN', 'BD', 'RU']);
  });

  it(`caps the lanes at ${MAX_COUNTRY_LANES} and reports how many the rule had`, () => {
    const codes = ['AA', 'AB', 'AC', 'AD', 'AE', 'AF', 'AG', 'AH', 'AI', 'AJ'];
    const c = countryLanes(events, codes, [], label);
    expect(c.basis).toBe('filter-capped');
    expect(c.lanes).toHaveLength(MAX_COUNTRY_LANES);
    expect(c.total).toBe(10);
  });
});

describe('kindLanes()', () => {
  it('has one lane per event type', () => {
    const c = kindLanes((t) => t);
    expect(c.lanes.map((l) => l.id)).toEqual([
      'meeting',
      'export-control',
      'tariff',
      'agreement',
      'military-incident',
    ]);
    expect(events.filter(c.lanes[2]!.match).map((e) => e.id)).toEqual(['e5']);
  });
});
