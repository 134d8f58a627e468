/**
 * Letter tables for transliterate.ts: Bengali and Devanagari letters to the Latin spelling
 * English-language newsrooms use for names (ট -> t, not ṭ; শ and ষ -> sh), not a scholarly
 * scheme. Text is NFD-normalised first, so nukta letters arrive as base + nukta.
 */

export type Script = 'bn' | 'hi';

/** Consonants of both scripts (the two blocks do not overlap, so one table serves both). */
export const CONSONANTS: Record<string, string> = {
  // Bengali
  ক: 'k',
  খ: 'kh',
  গ: 'g',
  ঘ: 'gh',
  ঙ: 'ng',
  চ: 'ch',
  ছ: 'chh',
  জ: 'j',
  ঝ: 'jh',
  ঞ: 'n',
  ট: 't',
  ঠ: 'th',
  ড: 'd',
  ঢ: 'dh',
  ণ: 'n',
  ত: 't',
  থ: 'th',
  দ: 'd',
  ধ: 'dh',
  ন: 'n',
  প: 'p',
  ফ: 'f',
  ব: 'b',
  ভ: 'bh',
  ম: 'm',
  য: 'j',
  র: 'r',
  ল: 'l',
  শ: 'sh',
  ষ: 'sh',
  স: 's',
  হ: 'h',
  ৎ: 't',
  // Devanagari
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'n',
  च: 'ch',
  छ: 'chh',
  ज: 'j',
  झ: 'jh',
  ञ: 'n',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'dh',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'dh',
  न: 'n',
  प: 'p',
  फ: 'f',
  ब: 'b',
  भ: 'bh',
  म: 'm',
  य: 'y',
  र: 'r',
  ल: 'l',
  ळ: 'l',
  व: 'v',
  श: 'sh',
  ष: 'sh',
  स: 's',
  ह: 'h',
};

/** What a nukta makes of a consonant: ज़ -> z, फ़ -> f, য় -> y, ড় -> r. */
export const NUKTA: Record<string, string> = {
  k: 'q',
  kh: 'kh',
  g: 'gh',
  j: 'z',
  d: 'r',
  dh: 'rh',
  f: 'f',
  y: 'y',
};
/** Bengali য় is য + nukta, but its base য reads j; the nukta form is always y. */
export const BN_YA = 'য';

/** Independent vowels. অ্যা / ए and the like are handled in transliterate.ts. */
export const VOWELS: Record<string, string> = {
  অ: 'a',
  আ: 'a',
  ই: 'i',
  ঈ: 'i',
  উ: 'u',
  ঊ: 'u',
  ঋ: 'ri',
  এ: 'e',
  ঐ: 'oi',
  ও: 'o',
  ঔ: 'ou',
  अ: 'a',
  आ: 'a',
  इ: 'i',
  ई: 'i',
  उ: 'u',
  ऊ: 'u',
  ऋ: 'ri',
  ए: 'e',
  ऐ: 'ai',
  ओ: 'o',
  औ: 'au',
  ऑ: 'o',
  ऍ: 'e',
};

/** Dependent vowel signs. */
export const SIGNS: Record<string, string> = {
  'া': 'a',
  'ি': 'i',
  'ী': 'i',
  'ু': 'u',
  'ূ': 'u',
  'ৃ': 'ri',
  'ে': 'e',
  'ৈ': 'oi',
  'ো': 'o',
  'ৌ': 'ou',
  'ा': 'a',
  'ि': 'i',
  'ी': 'i',
  'ु': 'u',
  'ू': 'u',
  'ृ': 'ri',
  'े': 'e',
  'ै': 'ai',
  'ो': 'o',
  'ौ': 'au',
  'ॉ': 'o',
  'ॅ': 'e',
};

export const VIRAMA = new Set(['\u09CD', '\u094D']);
export const NUKTA_SIGN = new Set(['\u09BC', '\u093C']);
/** Anusvara and chandrabindu (both scripts) nasalise the syllable; visarga is dropped. */
export const NASALS = new Set(['\u0982', '\u0981', '\u0902', '\u0901']);
export const VISARGA = new Set(['\u0983', '\u0903']);

/**
 * Letter names used as initials ("এস জয়শঙ্কর" = S. Jaishankar, "पी चिदंबरम"). Only read as
 * initials at the start of a name, where a real word of that spelling is unlikely.
 */
export const LETTER_NAMES: Record<string, string> = {
  এ: 'A',
  বি: 'B',
  সি: 'C',
  ডি: 'D',
  এফ: 'F',
  জি: 'G',
  এইচ: 'H',
  জে: 'J',
  কে: 'K',
  এল: 'L',
  এম: 'M',
  এন: 'N',
  পি: 'P',
  কিউ: 'Q',
  আর: 'R',
  এস: 'S',
  টি: 'T',
  ভি: 'V',
  ডব্লিউ: 'W',
  জেড: 'Z',
  ए: 'A',
  बी: 'B',
  सी: 'C',
  डी: 'D',
  एफ: 'F',
  जी: 'G',
  एच: 'H',
  जे: 'J',
  के: 'K',
  एल: 'L',
  एम: 'M',
  एन: 'N',
  पी: 'P',
  क्यू: 'Q',
  आर: 'R',
  एस: 'S',
  टी: 'T',
  वी: 'V',
  डब्ल्यू: 'W',
  ज़ेड: 'Z',
};
