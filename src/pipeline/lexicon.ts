/**
 * The lexicon: every gazetteer and cue list compiled into one matcher, plus lookup tables.
 * Built once per run (compiling ~50k aliases takes a fraction of a second).
 */
import cues from './gazetteer/cues.json' with { type: 'json' };
import { loadCountries, loadNotCountries, loadPlaces } from './gazetteer/load-geo';
import type { CountryEntry, PlaceEntry } from './gazetteer/types-geo';
import {
  loadMinerals,
  loadOrganisations,
  loadPeople,
  loadTerms,
  loadTitles,
} from './gazetteer/load-entities';
import type { OrganisationEntry, PersonEntry } from './gazetteer/types-entities';
import type { CueKind, Hit } from './hits';
import { Matcher } from './matcher';
import type { Pattern } from './matcher';
import { compileSenses, loadSenses } from './senses';
import type { SenseRule } from './senses';
import type { Language } from '../shared/vocab';

export interface Lexicon {
  /** Names of entities: longest match wins. */
  matcher: Matcher<Hit>;
  /** Cue words: every match counts. */
  cueMatcher: Matcher<Hit>;
  countries: Map<string, CountryEntry>;
  places: Map<string, PlaceEntry>;
  /** Capital place id -> country code, for capitals used as metonyms ("Beijing said"). */
  capitalOf: Map<string, string>;
  people: Map<string, PersonEntry>;
  organisations: Map<string, OrganisationEntry>;
  /** Other readings of gazetteer words (चीनी sugar, निकल the verb, US dollar): see senses.ts. */
  senses: SenseRule[];
}

const LANGS: Language[] = ['en', 'bn', 'hi'];

/** Capitals whose name stands for another government in the press: "Brussels" speaks for the EU. */
const METONYMS: Record<string, string> = { brussels: 'EU' };

function* each(list: Partial<Record<Language, string[]>> | undefined): Generator<[string, Language]> {
  if (!list) return;
  for (const lang of LANGS) for (const alias of list[lang] ?? []) yield [alias, lang];
}

/** English aliases that are all capitals (US, UK, EU) must match case-sensitively. */
const isAcronym = (alias: string) => /^[A-Z][A-Z.]{1,5}$/.test(alias);

export function buildLexicon(): Lexicon {
  const patterns: Pattern<Hit>[] = [];
  const add = (alias: string, value: Hit, cased = false) => patterns.push({ alias, value, cased });

  const countries = new Map<string, CountryEntry>();
  for (const c of loadCountries()) {
    countries.set(c.code, c);
    for (const [alias] of each(c.aliases))
      add(alias, { kind: 'country', id: c.code, form: 'name' }, isAcronym(alias));
    for (const alias of c.aliasesCased ?? []) add(alias, { kind: 'country', id: c.code, form: 'name' }, true);
    for (const [alias] of each(c.demonyms))
      add(alias, { kind: 'country', id: c.code, form: 'demonym' }, isAcronym(alias));
  }

  for (const [alias] of each(loadNotCountries())) add(alias, { kind: 'blocker' }, false);

  const places = new Map<string, PlaceEntry>();
  const capitalOf = new Map<string, string>();
  for (const p of loadPlaces()) {
    places.set(p.id, p);
    if (p.capitalOf) capitalOf.set(p.id, METONYMS[p.id] ?? p.capitalOf);
    for (const [alias] of each(p.aliases)) add(alias, { kind: 'place', id: p.id }, isAcronym(alias));
  }

  const people = new Map<string, PersonEntry>();
  for (const p of loadPeople()) {
    people.set(p.id, p);
    const short = new Set([...each(p.surnameOnly)].map(([a]) => a));
    for (const [alias] of each(p.aliases)) {
      const surnameOnly = short.has(alias);
      add(alias, { kind: 'person', id: p.id, surnameOnly, ambiguous: surnameOnly && !!p.ambiguousSurname });
    }
  }

  const organisations = new Map<string, OrganisationEntry>();
  for (const o of loadOrganisations()) {
    organisations.set(o.id, o);
    for (const [alias] of each(o.aliases)) add(alias, { kind: 'organisation', id: o.id }, isAcronym(alias));
  }

  for (const m of loadMinerals()) {
    const contextual = new Set([...each(m.contextual)].map(([a]) => a));
    for (const [alias] of each(m.aliases))
      add(alias, { kind: 'mineral', id: m.id, contextual: contextual.has(alias) }, isAcronym(alias));
    for (const alias of contextual) add(alias, { kind: 'mineral', id: m.id, contextual: true });
  }

  for (const t of loadTerms()) {
    for (const [alias] of each(t.aliases)) {
      if (t.kind === 'stage') add(alias, { kind: 'stage', id: t.id as never }, isAcronym(alias));
      else add(alias, { kind: 'end-use', id: t.id as never }, isAcronym(alias));
    }
  }

  for (const t of loadTitles())
    add(t.text, { kind: 'title', role: t.role, lang: t.lang, ...(t.honorific ? { honorific: true } : {}) });

  const cuePatterns: Pattern<Hit>[] = [];
  const cueTable = cues as unknown as Record<string, Partial<Record<Language, string[]>>>;
  for (const [cue, lists] of Object.entries(cueTable)) {
    if (cue === 'about') continue;
    for (const [alias] of each(lists))
      cuePatterns.push({ alias, value: { kind: 'cue', cue: cue as CueKind } });
  }

  return {
    matcher: new Matcher(patterns),
    cueMatcher: new Matcher(cuePatterns),
    countries,
    places,
    capitalOf,
    people,
    organisations,
    senses: compileSenses(loadSenses()),
  };
}
