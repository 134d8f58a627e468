/**
 * Builds src/pipeline/gazetteer/places.json (cities and venues with coordinates) from the curated
 * files in build/places/*.json (one per region, coordinates and press spellings from editors'
 * knowledge) plus CLDR exemplar-city names in bn/hi. Re-run without npm scripts:
 *   npx tsx src/pipeline/gazetteer/build/build-places.ts
 * Same input, byte-identical output. It fails, listing every problem, on a duplicate id, a
 * coordinate out of range, a venue whose city is missing, or a capital without bn/hi names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceEntry } from '../types-geo';
import { cldrCityNames, foldEn, type ExemplarNames } from './places-cldr';
import { spellingVariants } from './spelling-variants';
import { stableList, uniq, writeJson } from './write-json';

const here = dirname(fileURLToPath(import.meta.url));

/** One curated place; short keys keep the region files readable at ~1 line per place. */
export interface CuratedPlace {
  /** Defaults to the slug of the first English name. */
  id?: string;
  /** English forms, display name first (matched case-insensitively). */
  en: string[];
  bn?: string[];
  hi?: string[];
  /** English forms that are also common words or names ("Male", "Nice"): matched only as spelled. */
  cased?: string[];
  /** ISO code of the country. */
  c: string;
  /** [latitude, longitude] of the centre. */
  ll: [number, number];
  /** A national capital: the place stands for the government of `c`. */
  cap?: true;
  /** For venues: the id of the city they are in. */
  in?: string;
  /** The English name has other common meanings. */
  amb?: true;
  /** false when CLDR's exemplar city of the same name is another place (its zone is named for another). */
  cldr?: false;
}

export function slug(name: string): string {
  return foldEn(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** One curated place with the CLDR names added; CLDR's bn/hi only lead when curation has none. */
export function derivePlace(p: CuratedPlace, cldr: Map<string, ExemplarNames>): PlaceEntry {
  const name = p.en[0] ?? p.cased?.[0] ?? '';
  const found =
    p.in || p.cldr === false
      ? undefined
      : [...p.en, ...(p.cased ?? [])].map((n) => cldr.get(foldEn(n))).find(Boolean);
  const bn = uniq([...(p.bn ?? []), ...(found?.bn ? [found.bn] : [])]);
  const hi = uniq([...(p.hi ?? []), ...(found?.hi ? [found.hi] : [])]);
  const en = p.en.flatMap((f) => spellingVariants(f, 'en'));
  const entry: PlaceEntry = {
    id: p.id ?? slug(name),
    name,
    names: { en: name },
    aliases: {
      en: stableList(p.en[0], en),
      bn: stableList(
        bn[0],
        bn.flatMap((f) => spellingVariants(f, 'bn')),
      ),
      hi: stableList(
        hi[0],
        hi.flatMap((f) => spellingVariants(f, 'hi')),
      ),
    },
    aliasesCased: uniq(p.cased ?? []),
    country: p.c,
    lat: round(p.ll[0]),
    lon: round(p.ll[1]),
    kind: p.in ? 'venue' : 'city',
    sources: found ? ['cldr-exemplar', 'curated'] : ['curated'],
  };
  if (bn[0]) entry.names.bn = bn[0];
  if (hi[0]) entry.names.hi = hi[0];
  if (p.cap) entry.capitalOf = p.c;
  if (p.in) entry.within = p.in;
  if (p.amb) entry.ambiguous = true;
  return entry;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Derives and checks every place; returns them sorted by id or throws listing every problem. */
export function buildPlaces(curated: CuratedPlace[], cldr: Map<string, ExemplarNames>): PlaceEntry[] {
  const places = curated.map((p) => derivePlace(p, cldr));
  const byId = new Map<string, PlaceEntry>();
  const problems: string[] = [];
  for (const p of places) {
    if (byId.has(p.id)) problems.push(`duplicate id ${p.id}`);
    byId.set(p.id, p);
    if (!/^[A-Z]{2}$/.test(p.country)) problems.push(`${p.id}: bad country ${p.country}`);
    if (!(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180)) problems.push(`${p.id}: bad coordinates`);
    if (p.capitalOf && (!p.names.bn || !p.names.hi)) problems.push(`capital ${p.id} lacks a bn or hi name`);
  }
  for (const p of places) {
    if (p.within && byId.get(p.within)?.kind !== 'city') problems.push(`${p.id}: no city ${p.within}`);
  }
  if (problems.length > 0) throw new Error(`places: ${problems.length} problems\n${problems.join('\n')}`);
  return places.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function readCurated(dir: string): CuratedPlace[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.flatMap((f) => {
    try {
      return JSON.parse(readFileSync(join(dir, f), 'utf8')) as CuratedPlace[];
    } catch (err) {
      throw new Error(`${join(dir, f)}: ${(err as Error).message}`, { cause: err });
    }
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const places = buildPlaces(readCurated(join(here, 'places')), cldrCityNames());
  await writeJson(join(here, '..', 'places.json'), places);
  const withBn = places.filter((p) => p.names.bn).length;
  const withHi = places.filter((p) => p.names.hi).length;
  process.stderr.write(`places.json: ${places.length} places, bn ${withBn}, hi ${withHi}\n`);
}
