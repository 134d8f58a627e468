/**
 * Multi-pattern matching over folded text (see normalise.ts). A trie walked from each word
 * start finds the longest alias there. A hit must end at a word boundary, or, in Bengali,
 * before a suffix the language glues on (চিনের, ভারতকে, মস্কোয়, ওয়াশিংটনে), so চিনি (sugar)
 * is not চিন (China). We walk a trie rather than use an Aho–Corasick package because the
 * boundary and suffix rules need the word start and the longest hit, which a trie gives directly.
 */
import type { KeyedText } from './normalise';
import { normaliseKey, originalSpan } from './normalise';

export interface Pattern<T> {
  /** The alias as written in the gazetteer. */
  alias: string;
  value: T;
  /** When true the original text must spell the alias exactly (US, not "us"). */
  cased?: boolean;
}

export interface Match<T> {
  start: number;
  end: number;
  /** Every pattern value that has this alias, and whose case rule holds. */
  values: T[];
  /** The glued suffix after the name, in key form ('' when none). */
  suffix: string;
}

interface Node<T> {
  /** Children by UTF-16 code unit: numeric keys spare a string per character in the hot loop. */
  next: Map<number, Node<T>>;
  patterns: Pattern<T>[];
  /** The values of the patterns here when none is case-sensitive (the common case), else null. */
  plain: T[] | null;
}

/** Suffixes Bengali glues to a name (after folding: য় -> য, ী -> ি). Longest first. */
const BENGALI_SUFFIXES = [
  'দেরকে',
  'গুলোর',
  'গুলির',
  'গুলো',
  'গুলি',
  'েরও',
  'েরই',
  'যের',
  'দের',
  'কেও',
  'কেই',
  'তেও',
  'তেই',
  'এর',
  'ের',
  'কে',
  'তে',
  'রা',
  'রও',
  'রই',
  'যে',
  'যও',
  'টি',
  'টা',
  'র',
  'য',
  'এ',
  'ে',
  'ও',
  'ই',
].map(normaliseKey);
const HINDI_SUFFIXES = ['ों', 'ें', 'े', 'ो'];

const WORD = /[\p{L}\p{M}\p{N}]/u;
/** Word-character test per UTF-16 unit, filled on first use: a regex per character was the hot spot. */
const WORD_TABLE = new Uint8Array(0x10000);
const isWordCode = (code: number): boolean => {
  if (Number.isNaN(code)) return false;
  let v = WORD_TABLE[code]!;
  if (v === 0) {
    v = WORD.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_TABLE[code] = v;
  }
  return v === 1;
};
const isWord = (ch: string | undefined): boolean => ch !== undefined && isWordCode(ch.charCodeAt(0));
const isBengali = (ch: string | undefined) => ch !== undefined && ch >= '\u0980' && ch <= '\u09FF';
const isDevanagari = (ch: string | undefined) => ch !== undefined && ch >= '\u0900' && ch <= '\u097F';

export class Matcher<T> {
  private readonly root: Node<T> = { next: new Map(), patterns: [], plain: null };

  constructor(patterns: Iterable<Pattern<T>>) {
    for (const p of patterns) this.add(p);
  }

  add(pattern: Pattern<T>): void {
    const key = normaliseKey(pattern.alias);
    if (!key) return;
    let node = this.root;
    for (let c = 0; c < key.length; c++) {
      const code = key.charCodeAt(c);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), patterns: [], plain: null };
        node.next.set(code, child);
      }
      node = child;
    }
    node.patterns.push(pattern);
    node.plain = node.patterns.some((p) => p.cased) ? null : node.patterns.map((p) => p.value);
  }

  /**
   * Hits left to right. By default the longest hit at a word start wins and matching resumes
   * after it (names); with `all`, every hit at every word start is returned (cue words, whose
   * lists overlap on purpose). `text` is the original, for case checks.
   */
  find(k: KeyedText, text: string, all = false): Match<T>[] {
    const out: Match<T>[] = [];
    const key = k.key;
    const n = key.length;
    const first = this.root.next;
    let i = 0;
    while (i < n) {
      // To the next word start: past the rest of a word we are inside, then past non-word text.
      if (i > 0 && isWordCode(key.charCodeAt(i - 1))) while (i < n && isWordCode(key.charCodeAt(i))) i++;
      while (i < n && !isWordCode(key.charCodeAt(i))) i++;
      if (i >= n) break;
      // Most words start no alias: skip the word without walking the trie or making a list.
      if (!first.has(key.charCodeAt(i))) {
        while (i < n && isWordCode(key.charCodeAt(i))) i++;
        continue;
      }
      const hits = this.hitsAt(k, text, i);
      const best = hits[hits.length - 1];
      if (all) {
        for (const h of hits) out.push(h.match);
        i++;
      } else if (best) {
        out.push(best.match);
        i = best.keyEnd;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Every hit starting at key offset i, shortest first. */
  private hitsAt(k: KeyedText, text: string, i: number): { match: Match<T>; keyEnd: number }[] {
    const key = k.key;
    let node: Node<T> | undefined = this.root;
    const hits: { match: Match<T>; keyEnd: number }[] = [];
    for (let j = i; j < key.length && node; j++) {
      node = node.next.get(key.charCodeAt(j));
      if (!node || node.patterns.length === 0) continue;
      const suffix = boundarySuffix(key, j + 1);
      if (suffix === null) continue;
      const span = originalSpan(k, i, j + 1);
      let values = node.plain;
      if (!values) {
        const surface = text.slice(span.start, span.end);
        values = node.patterns.filter((p) => !p.cased || surface === p.alias).map((p) => p.value);
      }
      if (values.length === 0) continue;
      hits.push({ match: { ...span, values, suffix }, keyEnd: j + 1 + suffix.length });
    }
    return hits;
  }
}

/** '' at a word boundary; the glued suffix when the word runs on with one; null otherwise. */
function boundarySuffix(key: string, end: number): string | null {
  if (!isWord(key[end])) return '';
  let wordEnd = end;
  while (isWord(key[wordEnd])) wordEnd++;
  const rest = key.slice(end, wordEnd);
  const last = key[end - 1];
  if (isBengali(last) && BENGALI_SUFFIXES.includes(rest)) return rest;
  if (isDevanagari(last) && HINDI_SUFFIXES.includes(rest)) return rest;
  return null;
}
