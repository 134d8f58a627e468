/**
 * Typed readers for the geographic gazetteers (countries.json, places.json). The files are read
 * with fs rather than imported, so the two generated files can be rebuilt independently and a
 * missing or hand-broken file fails at run time naming the file and entry, not at compile time.
 */
import { readFileSync } from 'node:fs';
import { readList } from './read-list';
import type { ByLang, CountryEntry, GeoLang, PlaceEntry } from './types-geo';

const LANGS: GeoLang[] = ['en', 'bn', 'hi'];

/** The matcher iterates these lists, so a missing language list must fail here. */
function checkLists(what: string, lists: unknown): void {
  for (const lang of LANGS) {
    const list = (lists as Record<string, unknown> | undefined)?.[lang];
    if (!Array.isArray(list) || list.some((s) => typeof s !== 'string' || s === ''))
      throw new Error(`${what}.${lang} must be a list of non-empty strings`);
  }
}

function checkCountry(c: CountryEntry): void {
  if (typeof c.code !== 'string' || !/^[A-Z]{2}$/.test(c.code)) throw new Error('code must be two capitals');
  checkLists(`${c.code} aliases`, c.aliases);
  checkLists(`${c.code} demonyms`, c.demonyms);
  if (!Array.isArray(c.aliasesCased)) throw new Error(`${c.code} aliasesCased must be a list`);
}

function checkPlace(p: PlaceEntry): void {
  if (typeof p.id !== 'string' || p.id === '') throw new Error('missing id');
  checkLists(`${p.id} aliases`, p.aliases);
  if (!Number.isFinite(p.lat) || Math.abs(p.lat) > 90) throw new Error(`${p.id} lat out of range`);
  if (!Number.isFinite(p.lon) || Math.abs(p.lon) > 180) throw new Error(`${p.id} lon out of range`);
}

/** Every ISO 3166-1 country and territory plus the EU, sorted by code. */
export function loadCountries(): CountryEntry[] {
  return readList('countries.json', checkCountry);
}

/** Capitals, major cities and venues with coordinates, sorted by id. */
export function loadPlaces(): PlaceEntry[] {
  return readList('places.json', checkPlace);
}

/**
 * Phrases that contain a country form but do not refer to the country (Indian Ocean, দক্ষিণ চীন
 * সাগর, लैटिन अमेरिका): matched as longest-match blockers they keep the country out.
 */
export function loadNotCountries(): ByLang<string[]> {
  const url = new URL('./not-countries.json', import.meta.url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as ByLang<string[]>;
  checkLists('not-countries.json', data);
  return { en: data.en, bn: data.bn, hi: data.hi };
}
