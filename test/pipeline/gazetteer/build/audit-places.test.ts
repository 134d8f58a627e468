import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditPlaces } from '../../../../src/pipeline/gazetteer/build/audit-places';
import { loadPlaces } from '../../../../src/pipeline/gazetteer/load-geo';
import type { PlaceEntry } from '../../../../src/pipeline/gazetteer/types-geo';

const place = (id: string, en: string, bn: string[], hi: string[], capitalOf?: string): PlaceEntry => ({
  id,
  name: en,
  names: { en },
  aliases: { en: [en], bn, hi },
  aliasesCased: [],
  country: 'XX',
  lat: 0,
  lon: 0,
  kind: 'city',
  sources: ['curated'],
  ...(capitalOf ? { capitalOf } : {}),
});

describe('auditPlaces(places, listed)', () => {
  const places = [
    place('alpha', 'Alpha', ['আলফা', 'আলফাহ'], ['अल्फा']),
    place('beta', 'Beta', [], ['बीटा', 'बेटा'], 'XX'),
    // Two forms that the matcher folds together are one spelling (ी/ि).
    place('gamma', 'Gamma', ['গামা'], ['गामी', 'गामि']),
  ];

  it('lists missing names, capitals and listed places without bn/hi, and single spellings', () => {
    expect(auditPlaces(places, ['alpha', 'Gamma', 'Delta'])).toEqual({
      missing: ['Delta'],
      noBn: ['beta'],
      noHi: [],
      oneBn: ['gamma'],
      oneHi: ['alpha', 'gamma'],
    });
  });
});

describe('places.json against audit/diplomacy-places.json', () => {
  const list = JSON.parse(
    readFileSync(
      new URL('../../../../src/pipeline/gazetteer/build/audit/diplomacy-places.json', import.meta.url),
      'utf8',
    ),
  ) as { cities: string[]; venues: string[] };

  it('has every listed summit city and venue, each with Bengali and Hindi names', () => {
    const gaps = auditPlaces(loadPlaces(), [...list.cities, ...list.venues]);
    expect(list.cities.length + list.venues.length).toBeGreaterThan(400);
    expect({ missing: gaps.missing, noBn: gaps.noBn, noHi: gaps.noHi }).toEqual({
      missing: [],
      noBn: [],
      noHi: [],
    });
  });
});
