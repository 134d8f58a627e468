/**
 * Other readings of gazetteer words. Hindi चीनी is "Chinese" and "sugar"; निकल is nickel and
 * the verb निकलना ("हल निकल आएगा"); "US dollar" names a currency, not a party to the story; a
 * "gold medal" is no gold. The words that tell the readings apart are data (gazetteer/senses.json);
 * this module compiles them and checks one hit against its sentence.
 */
import { readFileSync } from 'node:fs';
import type { Hit } from './hits';
import { Matcher } from './matcher';
import { keyText, normaliseKey } from './normalise';

/** One rule as written in senses.json. */
export interface SenseEntry {
  /** What the other reading is, for people reading the file ("sugar"). */
  reading: string;
  /** The kinds of hit the rule looks at. */
  kinds: Hit['kind'][];
  /** Surface forms the rule is about; left out, every form of those kinds. */
  forms?: string[];
  /** Words (or phrases) right after the hit that show the other reading; symbols ("$") must touch it. */
  next?: string[];
  /** Words right before the hit that show the other reading ("10 लाख टन चीनी"). */
  before?: string[];
  /** Words that, as the hit's neighbour in a list ("दवाइयां, चीनी और चावल"), show the other reading. */
  listWith?: string[];
  /** Words right after the hit that confirm the gazetteer reading with no other clue ("निकल उत्पादन"). */
  sure?: string[];
  /** A glued suffix shows the other reading (निकले is a verb, never nickel). */
  noSuffix?: boolean;
}

export interface SenseRule {
  kinds: Set<Hit['kind']>;
  forms: Set<string> | null;
  next: Matcher<true>;
  symbols: string[];
  before: Set<string>;
  listWith: Set<string>;
  sure: Matcher<true>;
  noSuffix: boolean;
}

/** What the rules say about one hit. */
export type SenseVerdict = 'other' | 'sure' | 'unknown';

/** Words that join the items of a list, in the three languages. */
const CONJUNCTIONS = new Set(
  ['और', 'तथा', 'एवं', 'व', 'या', 'ও', 'এবং', 'আর', 'বা', 'অথবা', 'and', 'or'].map(normaliseKey),
);
const WORD_AT_END = /[\p{L}\p{M}\p{N}]+$/u;
const WORD_AT_START = /^[\p{L}\p{M}\p{N}]+/u;

const matcherOf = (words: string[]) => new Matcher(words.map((alias) => ({ alias, value: true as const })));
const keySet = (words: string[] | undefined) => new Set((words ?? []).map(normaliseKey));

export function compileSenses(entries: SenseEntry[]): SenseRule[] {
  return entries.map((e) => {
    const next = e.next ?? [];
    const isSymbol = (w: string) => !/[\p{L}\p{N}]/u.test(w);
    return {
      kinds: new Set(e.kinds),
      forms: e.forms ? keySet(e.forms) : null,
      next: matcherOf(next.filter((w) => !isSymbol(w))),
      symbols: next.filter(isSymbol),
      before: keySet(e.before),
      listWith: keySet(e.listWith),
      sure: matcherOf(e.sure ?? []),
      noSuffix: e.noSuffix === true,
    };
  });
}

export function loadSenses(): SenseEntry[] {
  const url = new URL('./gazetteer/senses.json', import.meta.url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as { senses?: SenseEntry[] };
  if (!Array.isArray(data.senses)) throw new Error('senses.json: expected a "senses" list');
  for (const [i, s] of data.senses.entries())
    if (!Array.isArray(s.kinds) || s.kinds.length === 0) throw new Error(`senses.json[${i}]: kinds missing`);
  return data.senses;
}

/** True when `text` begins with one of the matcher's words (after leading spaces or a hyphen). */
function startsWithWord(matcher: Matcher<true>, text: string): boolean {
  // A phrase of a few words is all a rule looks at: keying the whole sentence per hit is waste.
  const trimmed = text.replace(/^[\s-]+/, '').slice(0, 40);
  if (trimmed === '') return false;
  const first = matcher.find(keyText(trimmed), trimmed)[0];
  return first !== undefined && first.start === 0;
}

/** The list neighbour on one side: the nearest word, if a comma or a conjunction stands between. */
function listNeighbour(side: string, before: boolean): string | null {
  const tokens = side.match(/[\p{L}\p{M}\p{N}]+|[,;،]/gu) ?? [];
  if (before) tokens.reverse();
  let separated = false;
  for (const t of tokens) {
    if (t === ',' || t === ';' || t === '،' || CONJUNCTIONS.has(normaliseKey(t))) separated = true;
    else return separated ? normaliseKey(t) : null;
  }
  return null;
}

/**
 * What the rules say about a hit at [start, end) of `sentence` (offsets within the sentence):
 * 'other' when a rule shows the other reading, 'sure' when one confirms this one.
 */
export function senseOf(
  rules: SenseRule[],
  hit: Hit,
  sentence: string,
  start: number,
  end: number,
  suffix: string,
): SenseVerdict {
  const form = normaliseKey(sentence.slice(start, end));
  // The rest of the word (a glued suffix) belongs to the hit, not to the next word.
  const after = sentence.slice(end);
  const rest = after.slice(after.match(WORD_AT_START)?.[0].length ?? 0);
  const head = sentence.slice(0, start);
  let verdict: SenseVerdict = 'unknown';
  for (const r of rules) {
    if (!r.kinds.has(hit.kind) || (r.forms && !r.forms.has(form))) continue;
    if (r.noSuffix && suffix !== '') return 'other';
    if (r.symbols.some((s) => after.startsWith(s))) return 'other';
    if (startsWithWord(r.next, rest)) return 'other';
    const prev = head.replace(/\s+$/, '').match(WORD_AT_END)?.[0];
    if (prev !== undefined && r.before.has(normaliseKey(prev))) return 'other';
    if (r.listWith.size > 0) {
      const left = listNeighbour(head.slice(-60), true);
      const right = listNeighbour(rest.slice(0, 60), false);
      if ((left && r.listWith.has(left)) || (right && r.listWith.has(right))) return 'other';
    }
    if (startsWithWord(r.sure, rest)) verdict = 'sure';
  }
  return verdict;
}
