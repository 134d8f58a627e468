/**
 * Audit of countries.json for the countries the news names: the 193 UN members plus the EU,
 * observers and much-named territories (audit/countries.json). Prints the countries with no
 * Bengali or Hindi demonym (the press writes "ইন্দোনেশীয়", "इंडोनेशियाई" as often as the name),
 * with one spelling of the name in a language (as the matcher folds it), or with a capital that
 * lacks a bn/hi name, then one line of counts to compare before and after a change:
 *   npx tsx src/pipeline/gazetteer/build/audit-countries.ts [--list]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseKey } from '../../normalise';
import type { CountryEntry, PlaceEntry } from '../types-geo';

const here = dirname(fileURLToPath(import.meta.url));

export interface CountryGaps {
  /** Codes with no entry at all. */
  missing: string[];
  noDemonymBn: string[];
  noDemonymHi: string[];
  /** Codes whose name has one spelling only in Bengali, or in Hindi. */
  oneNameBn: string[];
  oneNameHi: string[];
  /** Codes whose capital has no Bengali or no Hindi name. */
  capitalUnnamed: string[];
}

const spellings = (forms: string[]) => new Set(forms.map(normaliseKey)).size;

export function auditCountries(
  countries: CountryEntry[],
  places: PlaceEntry[],
  codes: string[],
): CountryGaps {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const placeById = new Map(places.map((p) => [p.id, p]));
  const present = codes.filter((c) => byCode.has(c));
  const pick = (f: (c: CountryEntry) => boolean) => present.filter((code) => f(byCode.get(code)!));
  return {
    missing: codes.filter((c) => !byCode.has(c)),
    noDemonymBn: pick((c) => c.demonyms.bn.length === 0),
    noDemonymHi: pick((c) => c.demonyms.hi.length === 0),
    oneNameBn: pick((c) => spellings(c.aliases.bn) <= 1),
    oneNameHi: pick((c) => spellings(c.aliases.hi) <= 1),
    capitalUnnamed: pick((c) => {
      const cap = c.capital ? placeById.get(c.capital) : undefined;
      return c.capital !== null && !(cap?.names.bn && cap.names.hi);
    }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
  const countries = read<CountryEntry[]>(join(here, '..', 'countries.json'));
  const places = read<PlaceEntry[]>(join(here, '..', 'places.json'));
  const list = read<{ members: string[]; others: string[] }>(join(here, 'audit', 'countries.json'));
  const gaps = auditCountries(countries, places, [...list.members, ...list.others]);
  const show = process.argv.includes('--list');
  for (const [what, items] of Object.entries(gaps) as [keyof CountryGaps, string[]][]) {
    // Single spellings are a hint (many names have one), listed on request.
    if (items.length > 0 && (show || !what.startsWith('one'))) console.log(`${what}: ${items.join(' ')}`);
  }
  console.log(
    `countries audit: ${list.members.length} UN members + ${list.others.length} others, ` +
      `missing ${gaps.missing.length}, no bn demonym ${gaps.noDemonymBn.length}, ` +
      `no hi demonym ${gaps.noDemonymHi.length}, one bn name ${gaps.oneNameBn.length}, ` +
      `one hi name ${gaps.oneNameHi.length}, capital without bn/hi ${gaps.capitalUnnamed.length}`,
  );
}
