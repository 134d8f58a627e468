/**
 * Audit of places.json against the places where diplomacy happens: every national capital and
 * the summit cities and venues listed in audit/diplomacy-places.json. Prints what is missing, what
 * lacks a Bengali or Hindi name, and what has a single spelling in a language (the press writes
 * most names two or three ways), then one line of counts to compare before and after a change:
 *   npx tsx src/pipeline/gazetteer/build/audit-places.ts [--list]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseKey } from '../../normalise';
import type { PlaceEntry } from '../types-geo';
import { foldEn } from './places-cldr';

const here = dirname(fileURLToPath(import.meta.url));

export interface PlaceGaps {
  /** Listed names with no place in the gazetteer. */
  missing: string[];
  /** Capitals and listed places (by id) with no Bengali, or no Hindi, name. */
  noBn: string[];
  noHi: string[];
  /** Listed places (by id) with one spelling only in Bengali, or in Hindi (as the matcher folds them). */
  oneBn: string[];
  oneHi: string[];
}

/** Looks places up by any English form, folded. */
function englishIndex(places: PlaceEntry[]): Map<string, PlaceEntry> {
  const index = new Map<string, PlaceEntry>();
  for (const p of places)
    for (const form of [p.name, ...p.aliases.en, ...p.aliasesCased]) index.set(foldEn(form), p);
  return index;
}

export function auditPlaces(places: PlaceEntry[], listed: string[]): PlaceGaps {
  const index = englishIndex(places);
  const missing: string[] = [];
  const audited = new Map<string, PlaceEntry>();
  for (const p of places) if (p.capitalOf) audited.set(p.id, p);
  const listedIds = new Set<string>();
  for (const name of listed) {
    const p = index.get(foldEn(name));
    if (!p) missing.push(name);
    else {
      audited.set(p.id, p);
      listedIds.add(p.id);
    }
  }
  const all = [...audited.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const ids = (f: (p: PlaceEntry) => boolean) => all.filter(f).map((p) => p.id);
  const spellings = (forms: string[]) => new Set(forms.map(normaliseKey)).size;
  return {
    missing,
    noBn: ids((p) => p.aliases.bn.length === 0),
    noHi: ids((p) => p.aliases.hi.length === 0),
    oneBn: ids((p) => listedIds.has(p.id) && spellings(p.aliases.bn) === 1),
    oneHi: ids((p) => listedIds.has(p.id) && spellings(p.aliases.hi) === 1),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const places = JSON.parse(readFileSync(join(here, '..', 'places.json'), 'utf8')) as PlaceEntry[];
  const list = JSON.parse(readFileSync(join(here, 'audit', 'diplomacy-places.json'), 'utf8')) as {
    cities: string[];
    venues: string[];
  };
  const gaps = auditPlaces(places, [...list.cities, ...list.venues]);
  const show = process.argv.includes('--list');
  for (const [what, items] of Object.entries(gaps) as [keyof PlaceGaps, string[]][]) {
    // Single spellings are many and only a hint: listed on request.
    if (items.length > 0 && (show || !what.startsWith('one'))) console.log(`${what}: ${items.join(', ')}`);
  }
  const listed = list.cities.length + list.venues.length;
  console.log(
    `places audit: ${listed} listed, missing ${gaps.missing.length}, no bn ${gaps.noBn.length}, ` +
      `no hi ${gaps.noHi.length}, one bn spelling ${gaps.oneBn.length}, one hi spelling ${gaps.oneHi.length}`,
  );
}
