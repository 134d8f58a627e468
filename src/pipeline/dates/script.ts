/**
 * Script helpers for matching date words in Bengali, Devanagari and Latin text without moving offsets.
 * Every helper keeps UTF-16 lengths unchanged, so a match in the folded text is a match in the original.
 */

/** Not preceded by a letter, mark or digit: the start of a word in any of the three scripts (\b is ASCII-only). */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** Not followed by a letter, mark or digit. */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

// Letters that NFC leaves decomposed (composition exclusions) but pages often hold precomposed.
const PRECOMPOSED: Record<string, string> = {
  'ড\u09bc': 'ড়',
  'ঢ\u09bc': 'ঢ়',
  'য\u09bc': 'য়',
  'क\u093c': 'क़',
  'ख\u093c': 'ख़',
  'ग\u093c': 'ग़',
  'ज\u093c': 'ज़',
  'ड\u093c': 'ड़',
  'ढ\u093c': 'ढ़',
  'फ\u093c': 'फ़',
  'य\u093c': 'य़',
};
const DEVANAGARI_NUKTA_BASES = new Set(['क', 'ख', 'ग', 'ज', 'ड', 'ढ', 'फ', 'य']);

function escapeChar(c: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(c) ? `\\${c}` : c;
}

/**
 * A regex source matching `word` in any normalisation form: precomposed or decomposed nukta letters,
 * Bengali ো/ৌ as one or two code points, and Hindi spellings with or without the nukta (फरवरी/फ़रवरी),
 * since the press writes both.
 */
export function loosePattern(word: string): string {
  const chars = [...word.normalize('NFD')];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    const next = chars[i + 1] ?? '';
    if (next === '\u09bc') {
      out += `(?:${c}\u09bc|${PRECOMPOSED[c + next] ?? c + next})`;
      i++;
    } else if (DEVANAGARI_NUKTA_BASES.has(c)) {
      if (next === '\u093c') i++;
      out += `(?:${c}\u093c?|${PRECOMPOSED[c + '\u093c'] ?? c})`;
    } else if (c === '\u09c7' && (next === '\u09be' || next === '\u09d7')) {
      out += `(?:\u09c7${next}|${next === '\u09be' ? '\u09cb' : '\u09cc'})`;
      i++;
    } else {
      out += escapeChar(c);
    }
  }
  return out;
}

/** An alternation of loose patterns, longest first so the regex engine prefers the fuller word. */
export function alternation(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return sorted.map(loosePattern).join('|');
}

/** A lookup key that ignores nukta, the ো composition, case and a trailing full stop. */
export function foldKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u093c\u09bc.]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .trim();
}
