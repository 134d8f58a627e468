/**
 * Typed readers for the entity gazetteers (people, organisations, minerals, supply-chain terms,
 * titles). The JSON files sit next to this module and are read once per process; each reader
 * checks the few fields the matcher depends on, so a hand-edit that breaks a file fails here,
 * naming the file, instead of silently matching nothing.
 */
import { readList } from './read-list';
import { END_USES, LANGUAGES, MINERAL_IDS, STAGES } from '../../shared/vocab';
import type {
  LangStrings,
  MineralEntry,
  NamePart,
  NameWordList,
  OrganisationEntry,
  PersonEntry,
  TermEntry,
  TitleEntry,
} from './types-entities';

function requireId(item: { id?: unknown }): void {
  if (typeof item.id !== 'string' || item.id === '') throw new Error('missing id');
}

function requireStrings(list: Partial<LangStrings> | undefined, what: string, all: boolean): void {
  if (!list || typeof list !== 'object') throw new Error(`missing ${what}`);
  for (const lang of LANGUAGES) {
    const values = list[lang];
    if (values === undefined && !all) continue;
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string' || v.trim() === ''))
      throw new Error(`${what}.${lang} must be a list of non-empty strings`);
  }
}

const mineralIds = new Set<string>(MINERAL_IDS);
const stageIds = new Set<string>(STAGES);
const endUseIds = new Set<string>(END_USES);
const languages = new Set<string>(LANGUAGES);

export function loadPeople(): PersonEntry[] {
  return readList<PersonEntry>('people.json', (p) => {
    requireId(p);
    requireStrings(p.aliases, 'aliases', true);
  });
}

export function loadOrganisations(): OrganisationEntry[] {
  return readList<OrganisationEntry>('organisations.json', (o) => {
    requireId(o);
    requireStrings(o.aliases, 'aliases', true);
    if (!Array.isArray(o.members)) throw new Error(`${o.id}: members must be a list`);
  });
}

export function loadMinerals(): MineralEntry[] {
  return readList<MineralEntry>('minerals.json', (m) => {
    requireId(m);
    if (!mineralIds.has(m.id)) throw new Error(`unknown mineral id ${m.id}`);
    requireStrings(m.aliases, 'aliases', true);
    if (m.contextual) requireStrings(m.contextual, 'contextual', false);
  });
}

export function loadTerms(): TermEntry[] {
  return readList<TermEntry>('terms.json', (t) => {
    requireId(t);
    const known = t.kind === 'stage' ? stageIds : t.kind === 'end-use' ? endUseIds : null;
    if (!known?.has(t.id)) throw new Error(`unknown ${t.kind} id ${t.id}`);
    requireStrings(t.aliases, 'aliases', true);
  });
}

export function loadTitles(): TitleEntry[] {
  return readList<TitleEntry>('titles.json', (t) => {
    if (!languages.has(t.lang)) throw new Error(`unknown language ${t.lang}`);
    if (typeof t.text !== 'string' || t.text.trim() === '') throw new Error('missing text');
    if (typeof t.role !== 'string' || t.role === '') throw new Error(`${t.text}: missing role`);
    if (typeof t.before !== 'boolean') throw new Error(`${t.text}: before must be true or false`);
    if (t.honorific !== undefined && typeof t.honorific !== 'boolean')
      throw new Error(`${t.text}: honorific must be true or false`);
  });
}

const NAME_WORD_KINDS = new Set(['stop', 'conjunction', 'title-ending', 'particle', 'saint', 'place']);

export function loadNameWords(): NameWordList[] {
  return readList<NameWordList>('name-words.json', (l) => {
    if (!NAME_WORD_KINDS.has(l.kind)) throw new Error(`unknown kind ${l.kind}`);
    if (!languages.has(l.lang)) throw new Error(`unknown language ${l.lang}`);
    if (!Array.isArray(l.words) || l.words.some((w) => typeof w !== 'string' || w.trim() === ''))
      throw new Error(`${l.kind}/${l.lang}: words must be non-empty strings`);
  });
}

export function loadNameParts(): NamePart[] {
  return readList<NamePart>('name-parts.json', (p) => {
    if (typeof p.en !== 'string' || p.en === '') throw new Error('missing en');
    for (const lang of ['bn', 'hi'] as const) {
      const forms = p[lang];
      if (
        forms !== undefined &&
        (!Array.isArray(forms) || forms.some((f) => typeof f !== 'string' || f === ''))
      )
        throw new Error(`${p.en}: ${lang} must be a list of non-empty strings`);
    }
  });
}
