/**
 * Spellings of one foreign name that Bengali and Hindi newsrooms write side by side and that the
 * matcher's fold (normalise.ts: nukta, vowel length, chandrabindu) does not cover, so a curated
 * file lists one spelling and every article's spelling still matches:
 * - a nasal before k/g as a conjunct, an anusvara or a plain letter (স্ভিরিদেঙ্কো, স্ভিরিদেংকো,
 *   স্ভিরিদেনকো; এনদুহুঙ্গিরেহে, এনদুহুনগিরেহে; कांगो, कान्गो);
 * - a glide after a vowel written or not (কায়িকোয়াম্বা, কাইকোয়াম্বা; রুবিয়ো, রুবিও; कायिक्वाम्बा);
 * - Hindi ऑ/ॉ also written ओ/ो (कॉलिन, कोलिन);
 * - English d and t as dental or retroflex letters at a word start (ডিং, দিং; डिंग, दिंग), only
 *   in full names of two words or more, where no everyday word can come out of it;
 * - a hyphen as a space (প্রসাদ-বিসেসর, প্রসাদ বিসেসর; प्रसाद-बिसेसर).
 * Each rule is applied on its own and all together, so one alias gives a handful of forms, not
 * every combination.
 */
type Lang = 'bn' | 'hi';
/** A rule and its inverse: [pattern, replacement] each way. */
type Pair = [[RegExp, string], [RegExp, string]];

const V_BN = '[\\u09BE-\\u09CC\\u0985-\\u0994]';
const V_HI = '[\\u093E-\\u094C\\u0905-\\u0914]';
const C_BN = '[\\u0995-\\u09B9]';
const C_HI = '[\\u0915-\\u0939]';
const re = (source: string) => new RegExp(source, 'gu');
const pair = (a: string, b: string, aToB: string, bToA: string): Pair => [
  [re(a), aToB],
  [re(b), bToA],
];

/** Rules that only change how a sound is written: safe on single words too. */
const SPELLING: Record<Lang, Pair[]> = {
  bn: [
    pair('ঙ্ক|ংক', 'নক', 'নক', 'ঙ্ক'),
    pair('ঙ্ক', 'ংক', 'ংক', 'ঙ্ক'),
    pair('ঙ্গ|ংগ', 'নগ', 'নগ', 'ঙ্গ'),
    pair('ঙ্গ', 'ংগ', 'ংগ', 'ঙ্গ'),
    pair(`(${V_BN})য়ি`, `(${V_BN})ই(?=${C_BN})`, '$1ই', '$1য়ি'),
    pair(`(${V_BN})য়ো`, `(${V_BN})ও(?=$|\\s)`, '$1ও', '$1য়ো'),
    pair('ণ্ড', 'ন্ড', 'ন্ড', 'ণ্ড'),
    pair('ণ্ট', 'ন্ট', 'ন্ট', 'ণ্ট'),
  ],
  hi: [
    pair(`(${V_HI})यि`, `(${V_HI})इ(?=${C_HI})`, '$1इ', '$1यि'),
    pair(`(${V_HI})यो`, `(${V_HI})ओ(?=$|\\s)`, '$1ओ', '$1यो'),
    // ऑ/ॉ (the English o of कॉलिन) is also written ओ/ो; the other way round is not a habit.
    pair('ॉ', '(?!)', 'ो', ''),
    pair('ऑ', '(?!)', 'ओ', ''),
  ],
};

/** Word-initial d/t swaps: full names only (দিং for ডিং is a name; দাক for ডাক would be a word). */
const LETTERS: Record<Lang, Pair[]> = {
  bn: [pair('(^|\\s)ড', '(^|\\s)দ', '$1দ', '$1ড'), pair('(^|\\s)ট', '(^|\\s)ত', '$1ত', '$1ট')],
  hi: [pair('(^|\\s)ड', '(^|\\s)द', '$1द', '$1ड'), pair('(^|\\s)ट', '(^|\\s)त', '$1त', '$1ट')],
};

/**
 * The form first, then what each rule (either way) makes of it, then the form with every rule
 * applied one way and with every rule applied the other way.
 */
export function nameVariants(form: string, lang: Lang): string[] {
  const nfc = form.normalize('NFC').trim();
  const pairs = [...SPELLING[lang], ...(/\s/.test(nfc) ? LETTERS[lang] : [])];
  const out = new Set([nfc, nfc.replace(/-/g, ' ')]);
  let forward = nfc;
  let backward = nfc;
  for (const [[a, aToB], [b, bToA]] of pairs) {
    out.add(nfc.replace(a, aToB));
    out.add(nfc.replace(b, bToA));
    forward = forward.replace(a, aToB);
    backward = backward.replace(b, bToA);
  }
  out.add(forward);
  out.add(backward);
  return [...out];
}
