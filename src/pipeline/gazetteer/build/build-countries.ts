/**
 * Builds src/pipeline/gazetteer/countries.json from the name libraries (library-names.ts) and
 * the curated press forms in country-variants.json. Re-run without npm scripts:
 *
 *   npx tsx src/pipeline/gazetteer/build/build-countries.ts
 *
 * Capital ids come from country-variants.json, or from places.json where that file marks another
 * place as the country's capital (run build-places.ts first).
 * Output is sorted by code, lists are sorted (display name first), so a re-run is byte-identical.
 * It fails, naming every clash, when one folded form would name two countries: the matcher
 * cannot tell them apart, so each clash must be settled in country-variants.json ("drop").
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseKey } from '../../normalise';
import type { ByLang, CountryEntry, GeoLang } from '../types-geo';
import { LANGS, libraryNames, type LibraryNames } from './library-names';
import { englishPlural, hindiPlural, spellingVariants } from './spelling-variants';
import { stableList, uniq, writeJson } from './write-json';

const here = dirname(fileURLToPath(import.meta.url));

type Lists = Partial<ByLang<string[]>>;

export interface CountryVariant {
  capital: string | null;
  names?: Partial<ByLang<string>>;
  aliases?: Lists;
  demonyms?: Lists;
  drop?: Lists;
}

export interface CountryVariants {
  /** English words that count only with exact case (Chad, Jordan, Polish). */
  cased: string[];
  /** Cased English forms that belong to no other list (Polish for PL). */
  extraCased: Record<string, string[]>;
  countries: Record<string, CountryVariant>;
}

/** English forms in capitals (US, U.S., UAE) are abbreviations: "us" is a pronoun. */
const isAcronym = (form: string) => /^[A-Z][A-Za-z.]{0,5}$/.test(form) && /^[^a-z]*[A-Z][^a-z]*$/.test(form);

/** One country: library forms, plus curated forms, minus dropped ones, English cased forms split off. */
export function mergeCountry(
  code: string,
  lib: LibraryNames | undefined,
  v: CountryVariant,
  casedWords: Set<string>,
  extraCased: string[],
): CountryEntry {
  const names = { en: '', bn: '', hi: '', ...lib?.names, ...v.names } as ByLang<string>;
  const cased: string[] = [...extraCased];
  const keep = (lang: GeoLang, forms: string[]): string[] => {
    const dropped = new Set(v.drop?.[lang] ?? []);
    return uniq(forms.flatMap((f) => spellingVariants(f, lang))).filter((f) => {
      if (dropped.has(f)) return false;
      if (lang === 'en' && (casedWords.has(f) || casedWords.has(f.replace(/s$/, '')) || isAcronym(f))) {
        cased.push(f);
        return false;
      }
      return true;
    });
  };
  const aliases = {} as ByLang<string[]>;
  const demonyms = {} as ByLang<string[]>;
  for (const lang of LANGS) {
    const all = keep(lang, [names[lang], ...(lib?.aliases[lang] ?? []), ...(v.aliases?.[lang] ?? [])]);
    aliases[lang] = stableList(all.includes(names[lang]) ? names[lang] : undefined, all);
    const given = v.demonyms?.[lang] ?? [];
    const plural = lang === 'en' ? englishPlural : lang === 'hi' ? hindiPlural : () => null;
    const plurals = given.map(plural).filter((p): p is string => p !== null);
    const dem = keep(lang, [...given, ...plurals]).filter((d) => !all.includes(d));
    demonyms[lang] = stableList(undefined, dem);
  }
  return {
    code,
    name: names.en,
    names,
    aliases,
    aliasesCased: stableList(undefined, cased),
    demonyms,
    capital: v.capital,
    sources: [...(lib?.sources ?? []), 'curated'],
  };
}

/** Every folded form that names more than one country, as readable lines. */
export function findClashes(countries: CountryEntry[]): string[] {
  const owners = new Map<string, Set<string>>();
  const note = (form: string, code: string, cased: boolean) => {
    const key = cased ? `cased:${form}` : normaliseKey(form);
    owners.set(key, (owners.get(key) ?? new Set()).add(code));
  };
  for (const c of countries) {
    for (const lang of LANGS)
      for (const f of [...c.aliases[lang], ...c.demonyms[lang]]) note(f, c.code, false);
    for (const f of c.aliasesCased) note(f, c.code, true);
  }
  return [...owners]
    .filter(([, codes]) => codes.size > 1)
    .map(([key, codes]) => `"${key}" names ${[...codes].sort().join(', ')}`);
}

/**
 * The capital id each country should carry: the curated id, unless places.json marks a different
 * place as that country's capital (the places build owns place ids, so it wins when it has one).
 */
export function capitalIds(
  curated: Record<string, string | null>,
  places: PlaceLike[],
): Map<string, string | null> {
  const out = new Map(Object.entries(curated));
  const marked = new Map<string, string[]>();
  for (const p of places)
    if (p.capitalOf) marked.set(p.capitalOf, [...(marked.get(p.capitalOf) ?? []), p.id]);
  for (const [code, ids] of marked) {
    const own = out.get(code);
    if (own === undefined || (own !== null && ids.includes(own))) continue;
    out.set(code, [...ids].sort()[0]!);
  }
  return out;
}

export interface PlaceLike {
  id: string;
  capitalOf?: string;
}

/**
 * Drops every form that not-countries.json lists: a phrase listed there is never the country
 * (Antarctica is a continent, not a party; "Sea of Japan" is a sea), so a same-length country
 * form must not stand beside the blocker in the matcher.
 */
export function withoutNotCountries(c: CountryEntry, notCountries: Partial<ByLang<string[]>>): CountryEntry {
  const blocked = new Set(LANGS.flatMap((l) => notCountries[l] ?? []).map(normaliseKey));
  const free = (forms: string[]) => forms.filter((f) => !blocked.has(normaliseKey(f)));
  const aliases = {} as ByLang<string[]>;
  const demonyms = {} as ByLang<string[]>;
  for (const lang of LANGS) {
    aliases[lang] = free(c.aliases[lang]);
    demonyms[lang] = free(c.demonyms[lang]);
  }
  return { ...c, aliases, demonyms, aliasesCased: free(c.aliasesCased) };
}

export function buildCountries(
  variants: CountryVariants,
  places: PlaceLike[] = [],
  notCountries: Partial<ByLang<string[]>> = {},
): CountryEntry[] {
  const lib = libraryNames();
  const casedWords = new Set(variants.cased);
  const codes = [...new Set([...lib.keys(), ...Object.keys(variants.countries)])].sort();
  const missing = codes.filter((c) => !variants.countries[c]);
  if (missing.length > 0) throw new Error(`country-variants.json has no entry for ${missing.join(', ')}`);
  const curated = Object.fromEntries(Object.entries(variants.countries).map(([c, v]) => [c, v.capital]));
  const capitals = capitalIds(curated, places);
  const out = codes.map((code) => {
    const v = { ...variants.countries[code]!, capital: capitals.get(code) ?? null };
    const merged = mergeCountry(code, lib.get(code), v, casedWords, variants.extraCased[code] ?? []);
    return withoutNotCountries(merged, notCountries);
  });
  const clashes = findClashes(out);
  if (clashes.length > 0) throw new Error(`forms shared by two countries:\n  ${clashes.join('\n  ')}`);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const variants = JSON.parse(readFileSync(join(here, 'country-variants.json'), 'utf8')) as CountryVariants;
  // Run build-places.ts first when place ids change: capitals follow places.json when it exists.
  const placesFile = join(here, '..', 'places.json');
  const places = existsSync(placesFile) ? (JSON.parse(readFileSync(placesFile, 'utf8')) as PlaceLike[]) : [];
  const notCountries = JSON.parse(readFileSync(join(here, '..', 'not-countries.json'), 'utf8')) as Partial<
    ByLang<string[]>
  >;
  const countries = buildCountries(variants, places, notCountries);
  await writeJson(join(here, '..', 'countries.json'), countries);
  console.error(`countries.json: ${countries.length} entries`);
}
