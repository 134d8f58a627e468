import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  buildCountries,
  findClashes,
  type CountryVariants,
} from '../../../src/pipeline/gazetteer/build/build-countries';
import {
  englishPlural,
  hindiPlural,
  spellingVariants,
} from '../../../src/pipeline/gazetteer/build/spelling-variants';
import { loadCountries, loadNotCountries, loadPlaces } from '../../../src/pipeline/gazetteer/load-geo';
import { normaliseKey } from '../../../src/pipeline/normalise';

const require = createRequire(import.meta.url);
const isoCodes = Object.keys(
  (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, unknown> }).countries,
);
const countries = loadCountries();

/** Folded form -> codes, the way the matcher looks forms up (English cased forms as spelled). */
function lookup(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (key: string, code: string) => out.set(key, (out.get(key) ?? new Set()).add(code));
  for (const c of countries) {
    for (const lang of ['en', 'bn', 'hi'] as const)
      for (const f of [...c.aliases[lang], ...c.demonyms[lang]]) add(normaliseKey(f), c.code);
    for (const f of c.aliasesCased) add(`cased:${f}`, c.code);
  }
  return out;
}
const table = lookup();
const codesFor = (form: string) => [...(table.get(normaliseKey(form)) ?? table.get(`cased:${form}`) ?? [])];

describe('loadCountries()', () => {
  it('lists every ISO 3166-1 code and the EU exactly once, sorted', () => {
    const codes = countries.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(codes)).toEqual(new Set([...isoCodes, 'EU']));
  });

  it('gives every entry an English, Bengali and Hindi display name', () => {
    const lacking = countries.filter((c) => !c.names.en || !c.names.bn || !c.names.hi).map((c) => c.code);
    expect(lacking).toEqual([]);
  });

  it('never lets one folded form name two countries', () => {
    expect(findClashes(countries)).toEqual([]);
  });

  it.each([
    ['চিন', 'CN'],
    ['চীন', 'CN'],
    ['চিনা', 'CN'],
    ['चीन', 'CN'],
    ['মার্কিন', 'US'],
    ['যুক্তরাষ্ট্র', 'US'],
    ['अमेरिकी', 'US'],
    ['अमेरिका', 'US'],
    ['U.S.', 'US'],
    ['কজাখস্তান', 'KZ'],
    ['কাজাখস্তান', 'KZ'],
    ['कजाखिस्तान', 'KZ'],
    ['कज़ाखस्तान', 'KZ'],
    ['कजाकिस्तान', 'KZ'],
    ['उज्बेकिस्तान', 'UZ'],
    ['নেদারল্যান্ডস', 'NL'],
    ['नीदरलैंड', 'NL'],
    ['हॉलैंड', 'NL'],
    ['পেরু', 'PE'],
    ['पेरू', 'PE'],
    ['बहरीन', 'BH'],
    ['মঙ্গোলিয়া', 'MN'],
    ['मंगोलिया', 'MN'],
    ['ইউক্রেন', 'UA'],
    ['यूक्रेन', 'UA'],
    ['সৌদি আরব', 'SA'],
    ['ব্রিটেন', 'GB'],
    ['UK', 'GB'],
    ['Türkiye', 'TR'],
    ['তুরস্ক', 'TR'],
    ['মিয়ানমার', 'MM'],
    ['Burma', 'MM'],
    ['DRC', 'CD'],
    ['দক্ষিণ কোরিয়া', 'KR'],
    ['उत्तर कोरिया', 'KP'],
    ['UAE', 'AE'],
    ['ইউরোপীয় ইউনিয়ন', 'EU'],
    ['यूरोपीय संघ', 'EU'],
    ['রুশ', 'RU'],
    ['कनाडाई', 'CA'],
    ['Americans', 'US'],
    ['Saudis', 'SA'],
    ['अमेरिकियों', 'US'],
    ['আমিরশাহি', 'AE'],
  ])('maps %s to %s', (form, code) => {
    expect(codesFor(form)).toEqual([code]);
  });

  it.each(['চিনি', 'মালি', 'माली', 'us', 'european', 'ইউরোপীয়'])(
    'does not map the common word %s to a country',
    (form) => {
      expect(table.get(normaliseKey(form))).toBeUndefined();
    },
  );

  it('keeps lower-case look-alikes out: "US" and "Chad" match only as spelled', () => {
    const us = countries.find((c) => c.code === 'US')!;
    expect(us.aliasesCased).toContain('US');
    expect(us.aliases.en.map((a) => a.toLowerCase())).not.toContain('us');
    expect(countries.find((c) => c.code === 'TD')!.aliases.en).not.toContain('Chad');
  });

  it('is what build-countries.ts makes from country-variants.json (capitals aside)', () => {
    const url = new URL('../../../src/pipeline/gazetteer/build/country-variants.json', import.meta.url);
    const variants = JSON.parse(readFileSync(url, 'utf8')) as CountryVariants;
    const strip = (list: typeof countries) => list.map((c) => ({ ...c, capital: undefined }));
    expect(strip(buildCountries(variants, [], loadNotCountries()))).toEqual(strip(countries));
  });

  it('drops the forms not-countries.json lists: Antarctica is a continent, not a country', () => {
    const aq = countries.find((c) => c.code === 'AQ')!;
    expect(aq.names.en).toBe('Antarctica');
    expect([...aq.aliases.en, ...aq.aliases.bn, ...aq.aliases.hi, ...aq.demonyms.en]).toEqual([]);
    expect(codesFor('अंटार्कटिका')).toEqual([]);
  });
});

describe('loadNotCountries()', () => {
  // The forms before the blockers are dropped: a blocker is a phrase a country form is part of.
  const variants = JSON.parse(
    readFileSync(
      new URL('../../../src/pipeline/gazetteer/build/country-variants.json', import.meta.url),
      'utf8',
    ),
  ) as CountryVariants;
  const unblocked = buildCountries(variants);
  const keys = unblocked.flatMap((c) =>
    [...(['en', 'bn', 'hi'] as const).flatMap((l) => [...c.aliases[l], ...c.demonyms[l]])].map(normaliseKey),
  );
  // Or a place: "Dhaka Tribune" is a newspaper, not the capital speaking for its government.
  const placeKeys = loadPlaces().flatMap((p) =>
    (['en', 'bn', 'hi'] as const).flatMap((l) => p.aliases[l]).map(normaliseKey),
  );
  const forms = [...keys, ...placeKeys].filter((k) => [...k].length > 2);
  const cased = [...unblocked.flatMap((c) => c.aliasesCased), ...loadPlaces().flatMap((p) => p.aliasesCased)];
  it.each(['en', 'bn', 'hi'] as const)(
    'lists %s phrases that each contain a country or place form',
    (lang) => {
      const blockers = loadNotCountries()[lang];
      expect(blockers.length).toBeGreaterThan(5);
      const idle = blockers.filter(
        (b) => !forms.some((f) => normaliseKey(b).includes(f)) && !cased.some((f) => b.includes(f)),
      );
      expect(idle).toEqual([]);
    },
  );
});

describe('spellingVariants(form, lang)', () => {
  it('gives English demonyms their plural, except the ones without one', () => {
    expect(englishPlural('Pakistani')).toBe('Pakistanis');
    expect(englishPlural('Chinese')).toBeNull();
    expect(englishPlural('Swiss')).toBeNull();
  });

  it('gives Hindi demonyms in -ी their oblique plural in -ियों', () => {
    expect(hindiPlural('रूसी')).toBe('रूसियों');
    expect(hindiPlural('भारतीय')).toBeNull();
  });

  it('adds the आ spelling of a Hindi ऑ and the স্থান spelling of a Bengali স্তান', () => {
    expect(spellingVariants('ऑस्ट्रेलिया', 'hi')).toContain('आस्ट्रेलिया');
    expect(spellingVariants('আফগানিস্তান', 'bn')).toContain('আফগানিস্থান');
    expect(spellingVariants('Saint Lucia', 'en')).toEqual(['Saint Lucia', 'St Lucia', 'St. Lucia']);
  });
});

describe('loadCountries() with loadPlaces()', () => {
  const places = loadPlaces();
  const byId = new Map(places.map((p) => [p.id, p]));
  const codes = new Set(countries.map((c) => c.code));

  it('finds every country capital in places.json, marked as that country`s capital', () => {
    const wrong = countries
      .filter((c) => c.capital !== null && byId.get(c.capital)?.capitalOf !== c.code)
      .map((c) => `${c.code}:${c.capital}`);
    expect(wrong).toEqual([]);
  });

  it('keeps every coordinate on the globe', () => {
    const off = places.filter((p) => !(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180)).map((p) => p.id);
    expect(off).toEqual([]);
  });

  it('points every capitalOf and every place country at a real country', () => {
    expect(places.filter((p) => !codes.has(p.country)).map((p) => p.id)).toEqual([]);
    expect(places.filter((p) => p.capitalOf && !codes.has(p.capitalOf)).map((p) => p.id)).toEqual([]);
  });

  it('keeps capitals out of country aliases (they are metonyms, found through places)', () => {
    const capitalKeys = new Set(
      places.filter((p) => p.capitalOf).flatMap((p) => [p.names.en, ...p.aliases.bn, ...p.aliases.hi]),
    );
    const leaked = [...capitalKeys].filter((k) => table.has(normaliseKey(k)));
    // City-states share their name with their country (Singapore, Monaco); nothing else may.
    const cityStates = new Set([
      'SG',
      'MC',
      'VA',
      'SM',
      'HK',
      'MO',
      'GI',
      'KW',
      'DJ',
      'LU',
      'PA',
      'GT',
      'MX',
    ]);
    expect(leaked.filter((k) => ![...table.get(normaliseKey(k))!].some((c) => cityStates.has(c)))).toEqual(
      [],
    );
  });

  it('reports coverage of bn/hi demonyms and place names', () => {
    const count = (f: (x: { code: string }) => boolean) => countries.filter(f).length;
    const figures = {
      countries: countries.length,
      bnDemonyms: count((c) => countries.find((x) => x.code === c.code)!.demonyms.bn.length > 0),
      hiDemonyms: count((c) => countries.find((x) => x.code === c.code)!.demonyms.hi.length > 0),
      places: places.length,
      placesBn: places.filter((p) => p.names.bn).length,
      placesHi: places.filter((p) => p.names.hi).length,
    };
    console.info('geo coverage', figures);
    expect(figures.bnDemonyms).toBeGreaterThanOrEqual(120);
    expect(figures.hiDemonyms).toBeGreaterThanOrEqual(120);
  });
});
