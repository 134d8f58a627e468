/**
 * People the gazetteer lacks, found after a title ("রিপাবলিকান সদস্য জিমি পেট্রোনিস",
 * "Foreign Minister Hugo de Zela", "वित्त मंत्री ..."). Their English names come from
 * transliteration, so they are marked unverified.
 */
import type { Language } from '../shared/vocab';
import type { Hit, Located } from './hits';
import type { Lexicon } from './lexicon';
import { isNameWord, isTitleWord } from './name-words';
import { stripBengaliCase, tokensAfter, type Token } from './name-tokens';
import type { Sentence } from './sentences';
import { transliterateName } from './transliterate';

export interface UnknownPerson {
  /** "unverified-" + kebab-case of the English name. */
  id: string;
  /** English rendering (transliterated for bn/hi). */
  name: string;
  /** The name as written. */
  native: string;
  lang: Language;
  role: string;
  /** Country from a demonym or country name just before the title, when there is one. */
  country: string | null;
  start: number;
  end: number;
  sentence: number;
}

const kebab = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Most words a name takes (particles such as bin, আল, de do not count). */
const MAX_WORDS = 4;

interface Context {
  lang: Language;
  /** The entity that starts at this offset: a title or a known name. */
  entityAt: (start: number) => Located | undefined;
}

const isTitle = (e: Located | undefined): e is Located<Extract<Hit, { kind: 'title' }>> =>
  e?.hit.kind === 'title';

/** A word that cannot be part of a name: a common word, a number, a title word. */
function endsName(t: Token, c: Context): boolean {
  if (/[\d০-৯०-९]/.test(t.text)) return true;
  if (isNameWord('stop', t.text, c.lang) || isNameWord('conjunction', t.text, c.lang)) return true;
  return isTitleWord(t.text, c.lang);
}

/**
 * Where the name after a title starts: past a second title joined by a conjunction that the
 * lexicon does not know (উপপ্রধানমন্ত্রী তথা অর্থনীতিমন্ত্রী ইউলিয়া ...), or -1 when a title the
 * lexicon knows comes first (সেনা প্রমুখ फील्ड मार्शल ...): that title names the person itself.
 */
function nameStart(tokens: Token[], c: Context): number {
  let i = 0;
  for (;;) {
    const t = tokens[i];
    if (!t) return -1;
    const entity = c.entityAt(t.start);
    if (isTitle(entity)) return entity.hit.honorific ? i : -1;
    if (isNameWord('conjunction', t.text, c.lang)) {
      // Skip "তথা অর্থনীতিমন্ত্রী", "and Economy Minister": up to three words ending in a title word.
      const j = tokens
        .slice(i + 1, i + 4)
        .findIndex((u) => isTitleWord(u.text, c.lang) || isTitle(c.entityAt(u.start)));
      if (j < 0) return -1;
      if (isTitle(c.entityAt(tokens[i + 1 + j]!.start))) return -1;
      i += j + 2;
      continue;
    }
    if (isTitleWord(t.text, c.lang)) {
      i++;
      continue;
    }
    return i;
  }
}

/** Takes a name (2-4 words, an honorific such as Sheikh included) from the tokens; null when they do not look like one. */
function takeName(tokens: Token[], c: Context): Token[] | null {
  const first = nameStart(tokens, c);
  if (first < 0) return null;
  const name: Token[] = [];
  let words = 0;
  for (const [i, t] of tokens.slice(first).entries()) {
    const entity = c.entityAt(t.start);
    const honorific = isTitle(entity) && entity.hit.honorific === true;
    if (t.quoted || (entity && !honorific)) break;
    const particle = isNameWord('particle', t.text, c.lang);
    if (!honorific && !(particle && name.length > 0)) {
      if (endsName(t, c)) break;
      if (c.lang === 'en' && !/^\p{Lu}/u.test(t.text)) break;
    }
    name.push(t);
    if (!particle && !honorific) words++;
    if (t.after || words >= MAX_WORDS) break;
    // A Bengali word with a case ending (রুবিওর) ends the name; a first word with a genitive or
    // locative one is a noun, not a name (জেনারেল অ্যাসেম্বলিতে), but a bare র may end a name (জাফর).
    if (c.lang === 'bn' && /(?:ের|এর|কে|তে)$/u.test(t.text)) {
      if (i === 0 && /(?:ের|এর|তে)$/u.test(t.text)) return null;
      if (i > 0) break;
    }
  }
  while (name.length && isNameWord('particle', name[name.length - 1]!.text, c.lang)) name.pop();
  return name.length >= 2 ? name : null;
}

const englishIndexes = new WeakMap<Lexicon, Map<string, string>>();

/** Gazetteer people by the kebab-case of each English full name, names two people share left out. */
function englishIndex(lexicon: Lexicon): Map<string, string> {
  let index = englishIndexes.get(lexicon);
  if (index) return index;
  index = new Map();
  const shared = new Set<string>();
  for (const p of lexicon.people.values())
    for (const alias of [p.name, ...p.aliases.en]) {
      if (!alias.includes(' ')) continue;
      const k = kebab(alias);
      if (index.has(k) && index.get(k) !== p.id) shared.add(k);
      index.set(k, p.id);
    }
  for (const k of shared) index.delete(k);
  englishIndexes.set(lexicon, index);
  return index;
}

export interface TitledPeople {
  /** People the gazetteer lacks, named by transliteration. */
  unknown: UnknownPerson[];
  /** Gazetteer people written in a spelling the gazetteer lacks, recognised by their transliterated name (बहलील लहादालिया). */
  recognised: Located[];
}

export function findTitledPeople(
  text: string,
  sentences: Sentence[],
  entities: Located[],
  lang: Language,
  lexicon: Lexicon,
): TitledPeople {
  const out: UnknownPerson[] = [];
  const recognised: Located[] = [];
  const byStart = new Map(entities.map((e) => [e.start, e]));
  const c: Context = { lang, entityAt: (start) => byStart.get(start) };
  const titles = entities.filter(isTitle);
  const taken = new Set<number>();
  for (const title of titles) {
    // A title with a case ending or plural (বিদেশমন্ত্রীদের, মন্ত্রীর) is not followed by a name.
    if (title.suffix) continue;
    // An honorific right after another title (সচিব শেখ ...) is part of the name that title takes.
    const honorific = title.hit.honorific === true;
    if (honorific && titles.some((t) => t.end <= title.start && text.slice(t.end, title.start).trim() === ''))
      continue;
    const sentence = sentences[title.sentence]!;
    const tokens = tokensAfter(text, honorific ? title.start : title.end, sentence.end);
    const name = takeName(tokens, c);
    if (!name) continue;
    const first = name[0]!;
    const last = name[name.length - 1]!;
    if (taken.has(first.start)) continue;
    let native = text.slice(first.start, last.end);
    if (lang === 'bn') native = stripBengaliCase(native, tokens[tokens.indexOf(last) + 1]?.text, text);
    if (lang !== 'en' && /[A-Za-z]/.test(native)) continue;
    const english = lang === 'en' ? native : transliterateName(native, lang);
    if (!english) continue;
    taken.add(first.start);
    const knownId = englishIndex(lexicon).get(kebab(english));
    if (knownId) {
      const hit = { kind: 'person' as const, id: knownId, surnameOnly: false, ambiguous: false };
      recognised.push({
        hit,
        start: first.start,
        end: first.start + native.length,
        suffix: '',
        sentence: title.sentence,
      });
      continue;
    }
    const before = entities.filter(
      (e) =>
        e.hit.kind === 'country' &&
        e.end <= title.start &&
        title.start - e.end < 40 &&
        e.sentence === title.sentence,
    );
    const country = before.length ? (before[before.length - 1]!.hit as { id: string }).id : null;
    out.push({
      id: `unverified-${kebab(english)}`,
      name: english,
      native,
      lang,
      role: title.hit.role,
      country,
      start: first.start,
      end: first.start + native.length,
      sentence: title.sentence,
    });
  }
  return { unknown: out, recognised };
}
