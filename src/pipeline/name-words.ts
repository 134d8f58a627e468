/**
 * Lookups over gazetteer/name-words.json: the words that end a name found after a title, join two
 * titles, make a word a title, or show that a family name is part of a place's name. Bengali
 * words are also recognised with a case ending glued on (বৈঠকে, পর্যায়ের, চুক্তিতে).
 */
import type { Language } from '../shared/vocab';
import { loadNameWords } from './gazetteer/load-entities';
import type { NameWordKind } from './gazetteer/types-entities';
import { normaliseKey } from './normalise';

/** Case endings and particles Bengali glues to a word, longest first (after folding য় -> য). */
const BN_ENDINGS = [
  'গুলোর',
  'গুলির',
  'দের',
  'যের',
  'েরই',
  'েরও',
  'ের',
  'এর',
  'কে',
  'তে',
  'টি',
  'রা',
  'র',
  'য',
  'ে',
  'ও',
  'ই',
];

let sets: Map<string, Set<string>> | null = null;

function table(): Map<string, Set<string>> {
  if (sets) return sets;
  sets = new Map();
  for (const list of loadNameWords()) {
    const key = `${list.kind}|${list.lang}`;
    const set = sets.get(key) ?? new Set<string>();
    for (const w of list.words) set.add(normaliseKey(w));
    sets.set(key, set);
  }
  return sets;
}

/** The word's key and, in Bengali, its stems without one glued ending. */
function forms(word: string, lang: Language): string[] {
  const key = normaliseKey(word);
  if (lang !== 'bn') return [key];
  const out = [key];
  for (const e of BN_ENDINGS)
    if (key.length > e.length + 1 && key.endsWith(e)) out.push(key.slice(0, -e.length));
  return out;
}

/** Whether the word (or, in Bengali, its stem) is in the list of that kind. */
export function isNameWord(kind: NameWordKind, word: string, lang: Language): boolean {
  const set = table().get(`${kind}|${lang}`);
  return !!set && forms(word, lang).some((f) => set.has(f));
}

/** Whether the word is a title by its ending (অর্থনীতিমন্ত্রী, सलाहकार, Minister). */
export function isTitleWord(word: string, lang: Language): boolean {
  const set = table().get(`title-ending|${lang}`);
  if (!set) return false;
  return forms(word, lang).some((f) => [...set].some((e) => f.endsWith(e)));
}

/**
 * Whether the words around a span make it part of a place's name: a saint before it (সেন্ট
 * পিটার্স, St Peters) or a place word after it (Peters Basilica, ট্রাম্প টাওয়ার).
 */
export function insidePlaceName(text: string, start: number, end: number, lang: Language): boolean {
  const before = /([\p{L}\p{M}.]+)[\s-]*$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  // Skip the rest of the word (a glued ending), then read the next word.
  const after = /^[\p{L}\p{M}]*[\s-]+([\p{L}\p{M}]+)/u.exec(text.slice(end, end + 40))?.[1];
  return (
    (before !== undefined && isNameWord('saint', before, lang)) ||
    (after !== undefined && isNameWord('place', after, lang))
  );
}
