/**
 * Normalisation for matching. The press spells one name many ways (য় as one code point or as
 * য + nukta, ज़ or ज, ঁ or nothing, ী or ি, Bengali or ASCII digits, joiners and bidi marks
 * pasted from the web), so names are matched on a folded key. Every key character remembers
 * the range of original text it came from, so a match on the key maps back to an exact span.
 */

/** Precomposed nukta letters and their base letters (NFC keeps য় ড় ঢ় decomposed, and क़ etc. too). */
const NUKTA_BASE: Record<string, string> = {
  '\u09DC': '\u09A1', // ড়
  '\u09DD': '\u09A2', // ঢ়
  '\u09DF': '\u09AF', // য়
  '\u0958': '\u0915', // क़
  '\u0959': '\u0916', // ख़
  '\u095A': '\u0917', // ग़
  '\u095B': '\u091C', // ज़
  '\u095C': '\u0921', // ड़
  '\u095D': '\u0922', // ढ़
  '\u095E': '\u092B', // फ़
  '\u095F': '\u092F', // य़
  '\u0929': '\u0928', // ऩ
  '\u0931': '\u0930', // ऱ
  '\u0934': '\u0933', // ऴ
};

/** Vowel length and nasal folds: the press writes both forms of these. */
const FOLD: Record<string, string> = {
  '\u09C0': '\u09BF', // ী -> ি
  '\u09C2': '\u09C1', // ূ -> ু
  '\u0988': '\u0987', // ঈ -> ই
  '\u098A': '\u0989', // ঊ -> উ
  '\u09CE': '\u09A4', // ৎ -> ত
  '\u0940': '\u093F', // ी -> ि
  '\u0942': '\u0941', // ू -> ु
  '\u0908': '\u0907', // ई -> इ
  '\u090A': '\u0909', // ऊ -> उ
  '\u0901': '\u0902', // ँ -> ं
  '\u2019': "'",
  '\u2018': "'",
  '\u02BC': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u00A0': ' ',
};

/** Characters dropped from the key: nukta, joiners, bidi controls, soft hyphen, chandrabindu (bn). */
const DROP = new Set([
  '\u09BC',
  '\u093C',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u00AD',
  '\uFEFF',
  '\u0981',
]);

/** Folded forms seen so far: text repeats a few hundred characters, and folding is the hot loop. */
const FOLDED = new Map<string, string>();

/** Folds one character (already NFC) to its key form; '' drops it. */
export function foldChar(ch: string): string {
  let folded = FOLDED.get(ch);
  if (folded === undefined) {
    folded = foldUncached(ch);
    FOLDED.set(ch, folded);
  }
  return folded;
}

function foldUncached(ch: string): string {
  if (DROP.has(ch)) return '';
  const code = ch.charCodeAt(0);
  if (code >= 0x09e6 && code <= 0x09ef) return String(code - 0x09e6);
  if (code >= 0x0966 && code <= 0x096f) return String(code - 0x0966);
  const base = NUKTA_BASE[ch] ?? FOLD[ch];
  if (base !== undefined) return base;
  if (code < 0x80) return ch.toLowerCase();
  if (code < 0x0900) {
    // Latin with diacritics: "António" -> "antonio", "Türkiye" -> "turkiye".
    return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }
  return ch;
}

/** Hindi nasal consonants a writer may spell as anusvara before another consonant (हिन्दी, हिंदी). */
const HINDI_NASALS = new Set([0x0919, 0x091e, 0x0923, 0x0928, 0x092e]);
const HINDI_VIRAMA = 0x094d;
const BENGALI_NGA = 0x0999;
const BENGALI_VIRAMA = 0x09cd;
const isHindiConsonant = (c: number) => (c >= 0x0915 && c <= 0x0939) || (c >= 0x0958 && c <= 0x095f);
const isBengaliConsonant = (c: number) =>
  (c >= 0x0995 && c <= 0x09b9) || c === 0x09dc || c === 0x09dd || c === 0x09df;
const isBengaliVowelSign = (c: number) => (c >= 0x09be && c <= 0x09cc) || c === 0x09d7;

/**
 * Folds that depend on the next characters, for the character at `i` (a single code unit in these
 * ranges), or undefined when none applies. The press writes a nasal before a consonant both ways:
 * Hindi न्द/ंद, म्ब/ंब (हिन्दुस्तान, हिंदुस्तान; कम्पनी, कंपनी), Bengali ঙ্গ/ংগ, ঙ/ং (সিঙ্গাপুর,
 * সিংগাপুর; টাঙস্টেন, টাংস্টেন). The nasal becomes the anusvara and its virama is dropped.
 */
function foldInContext(text: string, i: number, code: number): string | undefined {
  if (HINDI_NASALS.has(code)) {
    return text.charCodeAt(i + 1) === HINDI_VIRAMA && isHindiConsonant(text.charCodeAt(i + 2))
      ? '\u0902'
      : undefined;
  }
  if (code === HINDI_VIRAMA) {
    return HINDI_NASALS.has(text.charCodeAt(i - 1)) && isHindiConsonant(text.charCodeAt(i + 1))
      ? ''
      : undefined;
  }
  if (code === BENGALI_NGA) {
    const next = text.charCodeAt(i + 1);
    if (next === BENGALI_VIRAMA) return isBengaliConsonant(text.charCodeAt(i + 2)) ? '\u0982' : undefined;
    return isBengaliVowelSign(next) ? undefined : '\u0982';
  }
  if (code === BENGALI_VIRAMA) {
    return text.charCodeAt(i - 1) === BENGALI_NGA && isBengaliConsonant(text.charCodeAt(i + 1))
      ? ''
      : undefined;
  }
  return undefined;
}

const CONTEXT_CODES = new Set([...HINDI_NASALS, HINDI_VIRAMA, BENGALI_NGA, BENGALI_VIRAMA]);

/** The folded form of the character `ch` at offset `i` of `text`. */
function foldCharAt(text: string, i: number, ch: string): string {
  const code = ch.charCodeAt(0);
  if (CONTEXT_CODES.has(code)) {
    const folded = foldInContext(text, i, code);
    if (folded !== undefined) return folded;
  }
  return foldChar(ch);
}

/** The matching key of a string (for gazetteer aliases). */
export function normaliseKey(text: string): string {
  const nfc = text.normalize('NFC');
  let out = '';
  let i = 0;
  for (const ch of nfc) {
    out += foldCharAt(nfc, i, ch);
    i += ch.length;
  }
  return out.replace(/\s+/g, ' ').trim();
}

export interface KeyedText {
  /** The folded text. */
  key: string;
  /** For each key code unit, the original offset where its character starts. */
  starts: Int32Array;
  /** For each key code unit, the original offset just past its character (and dropped marks after it). */
  ends: Int32Array;
}

/**
 * Folds a text code point by code point, keeping a map back to the original offsets.
 * The original is not NFC-normalised first (that would move offsets); folding covers the
 * decomposed forms NFC would have produced anyway.
 */
export function keyText(text: string): KeyedText {
  // Typed arrays sized for the worst case (a folded character is at most two code units per
  // input unit here), trimmed at the end: far less garbage than growing plain arrays.
  const starts = new Int32Array(text.length * 2 + 1);
  const ends = new Int32Array(text.length * 2 + 1);
  let key = '';
  let n = 0;
  let i = 0;
  for (const ch of text) {
    const folded = ch === '\n' || ch === '\t' ? ' ' : foldCharAt(text, i, ch);
    if (folded === '') {
      if (n > 0) ends[n - 1] = i + ch.length;
    } else {
      // One entry per UTF-16 code unit, so key offsets index the maps directly.
      key += folded;
      for (let u = 0; u < folded.length; u++) {
        starts[n] = i;
        ends[n] = i + ch.length;
        n++;
      }
    }
    i += ch.length;
  }
  return { key, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** Maps a key range [ks, ke) back to the original text's range. */
export function originalSpan(k: KeyedText, ks: number, ke: number): { start: number; end: number } {
  return { start: k.starts[ks] ?? 0, end: k.ends[ke - 1] ?? 0 };
}

/** ASCII digits for Bengali and Devanagari ones, nothing else changed (same length). */
export function asciiDigits(text: string): string {
  return text.replace(/[\u09E6-\u09EF\u0966-\u096F]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x09e6 ? c - 0x09e6 : c - 0x0966);
  });
}
