/**
 * Spellings of one foreign name that Bengali and Hindi newsrooms write side by side and that the
 * matcher's fold (normalise.ts: nukta, vowel length, chandrabindu) does not cover, so a curated
 * file lists one spelling and every article's spelling still matches:
 * - a nasal before k/g as a conjunct, an anusvara or a plain letter (স্ভিরিদেঙ্কো, স্ভিরিদেংকো,
 *   স্ভিরিদেনকো; এনদুহুঙ্গিরেহে, এনদুহুনগিরেহে; कांगो, कान्गो);
 * - a glide after a vowel written or not (কায়িকোয়াম্বা, কাইকোয়াম্বা; রুবিয়ো, রুবিও; कायिक्वाम्बा);
 * - Hindi ऑ/ॉ also written ओ/ो (कॉलिन, कोलिन);
 * - an r before a consonant as a reph or a plain letter (স্টার্মার, স্টারমার; स्टार्मर, स्टारमर);
 * - English d and t as dental or retroflex letters (ডিং, দিং; वातुम, वाटुम), and Hindi ै/े (मैडेलीन,
 *   मेडेलीन), only in full names of two words or more, where no everyday word can come out of it;
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
    // An r before a consonant as a reph or a plain letter: স্টার্মার, স্টারমার; কার্নি, কারনি.
    pair(`(?<=${V_BN})র্(?=${C_BN})`, `(?<=${V_BN})র(?=${C_BN})`, 'র', 'র্'),
    pair('ণ্ড', 'ন্ড', 'ন্ড', 'ণ্ড'),
    pair('ণ্ট', 'ন্ট', 'ন্ট', 'ণ্ট'),
  ],
  hi: [
    pair(`(${V_HI})यि`, `(${V_HI})इ(?=${C_HI})`, '$1इ', '$1यि'),
    pair(`(${V_HI})यो`, `(${V_HI})ओ(?=$|\\s)`, '$1ओ', '$1यो'),
    pair(`(?<=${V_HI})र्(?=${C_HI})`, `(?<=${V_HI})र(?=${C_HI})`, 'र', 'र्'),
    // ऑ/ॉ (the English o of कॉलिन) is also written ओ/ो; the other way round is not a habit.
    pair('ॉ', '(?!)', 'ो', ''),
    pair('ऑ', '(?!)', 'ओ', ''),
  ],
};

/**
 * d/t as dental or retroflex letters, and Hindi ै/े for the English a of Madeleine: full names
 * only (দিং for ডিং is a name; দাক for ডাক would be a word).
 */
const LETTERS: Record<Lang, Pair[]> = {
  bn: [pair('ড', 'দ', 'দ', 'ড'), pair('ট', 'ত', 'ত', 'ট')],
  hi: [pair('ड', 'द', 'द', 'ड'), pair('ट', 'त', 'त', 'ट'), pair('ै', 'े', 'े', 'ै')],
};

/** The form with one match of the pattern replaced, for each match (ম্যাডেলিন: each letter on its own). */
function oneAtATime(form: string, pattern: RegExp, replacement: string): string[] {
  const out: string[] = [];
  for (const m of form.matchAll(pattern)) {
    const one = new RegExp(pattern.source, pattern.flags.replace('g', ''));
    out.push(form.slice(0, m.index) + m[0].replace(one, replacement) + form.slice(m.index + m[0].length));
  }
  return out;
}

/**
 * The form first, then what each rule (either way) makes of it, then the form with every rule
 * applied one way and with every rule applied the other way. The letter swaps of full names
 * also come one letter at a time (मेडेलीन, मैडेलीन: only the first े is ै).
 */
export function nameVariants(form: string, lang: Lang): string[] {
  const nfc = form.normalize('NFC').trim();
  const pairs = [...SPELLING[lang], ...(/\s/.test(nfc) ? LETTERS[lang] : [])];
  const out = new Set([nfc, nfc.replace(/-/g, ' ')]);
  let forward = nfc;
  let backward = nfc;
  const letters = new Set(/\s/.test(nfc) ? LETTERS[lang] : []);
  for (const rule of pairs) {
    const [[a, aToB], [b, bToA]] = rule;
    out.add(nfc.replace(a, aToB));
    out.add(nfc.replace(b, bToA));
    if (letters.has(rule))
      for (const v of [...oneAtATime(nfc, a, aToB), ...oneAtATime(nfc, b, bToA)]) out.add(v);
    forward = forward.replace(a, aToB);
    backward = backward.replace(b, bToA);
  }
  out.add(forward);
  out.add(backward);
  return [...out];
}
