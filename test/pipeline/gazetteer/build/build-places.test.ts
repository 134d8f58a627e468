import { describe, expect, it } from 'vitest';
import {
  buildPlaces,
  derivePlace,
  slug,
  type CuratedPlace,
} from '../../../../src/pipeline/gazetteer/build/build-places';
import { cldrCityNames, foldEn } from '../../../../src/pipeline/gazetteer/build/places-cldr';

const cldr = cldrCityNames();
const city = (over: Partial<CuratedPlace>): CuratedPlace => ({
  en: ['Testville'],
  c: 'IN',
  ll: [10, 20],
  ...over,
});

describe('cldrCityNames()', () => {
  it('reads Bengali and Hindi exemplar names keyed by the folded English city', () => {
    expect(cldr.get('moscow')).toEqual({ bn: 'মস্কো', hi: 'मॉस्को' });
    expect(cldr.get(foldEn('Bogotá'))?.hi).toBeTruthy();
  });
});

describe('slug(name)', () => {
  it('makes accent-free kebab-case ids', () => {
    expect(slug('São Tomé')).toBe('sao-tome');
    expect(slug("Cox's Bazar")).toBe('coxs-bazar');
  });
});

describe('derivePlace(curated, cldr)', () => {
  it('keeps the curated spelling first and adds the CLDR one as an alias', () => {
    const p = derivePlace(city({ en: ['Kyiv', 'Kiev'], bn: ['কিইভ'] }), cldr);
    expect(p.id).toBe('kyiv');
    expect(p.names.bn).toBe('কিইভ');
    expect(p.aliases.bn).toContain(cldr.get('kyiv')?.bn);
    expect(p.sources).toEqual(['cldr-exemplar', 'curated']);
  });

  it('takes CLDR names as display names when curation has none', () => {
    const p = derivePlace(city({ en: ['Moscow'] }), cldr);
    expect(p.names).toEqual({ en: 'Moscow', bn: 'মস্কো', hi: 'मॉस्को' });
  });

  it('makes a venue of an entry with a city and marks capitals', () => {
    expect(derivePlace(city({ en: ['Kremlin'], in: 'moscow' }), cldr)).toMatchObject({
      kind: 'venue',
      within: 'moscow',
    });
    expect(derivePlace(city({ cap: true }), cldr).capitalOf).toBe('IN');
  });
});

describe('buildPlaces(curated, cldr)', () => {
  it('sorts by id', () => {
    const ids = buildPlaces([city({ en: ['Zeta'] }), city({ en: ['Alpha'] })], cldr).map((p) => p.id);
    expect(ids).toEqual(['alpha', 'zeta']);
  });

  it('refuses duplicate ids, missing cities, bad coordinates and capitals without bn/hi names', () => {
    expect(() => buildPlaces([city({}), city({})], cldr)).toThrow(/duplicate id testville/);
    expect(() => buildPlaces([city({ en: ['Hall'], in: 'nowhere' })], cldr)).toThrow(/no city nowhere/);
    expect(() => buildPlaces([city({ ll: [95, 0] })], cldr)).toThrow(/bad coordinates/);
    expect(() => buildPlaces([city({ cap: true })], cldr)).toThrow(/lacks a bn or hi name/);
  });
});
