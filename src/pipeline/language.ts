/**
 * Stage 3: language. Counts letters by script: Bengali and Hindi are written in their own
 * scripts, so a script's share of the letters decides, and English words quoted in an Indic
 * article ("শি জিনপিং (Xi Jinping)") or a few Bengali words in an English one do not tip it.
 */
import type { Language } from '../shared/vocab';

/** An Indic article quotes English names and terms freely; below this share of letters it is English. */
const INDIC_SHARE = 0.3;

/** Bengali-block letters and vowel signs: not its digits (U+09E6-09EF) nor its currency and number signs. */
function isBengaliLetter(code: number): boolean {
  return code >= 0x0980 && code <= 0x09e3;
}

/** Devanagari letters and vowel signs: not the dandas (U+0964-0965, shared with Bengali) nor digits. */
function isDevanagariLetter(code: number): boolean {
  return (code >= 0x0900 && code <= 0x0963) || (code >= 0x0971 && code <= 0x097f);
}

/** Basic and extended Latin letters (é, ñ, ā), without × and ÷. */
function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** Letters of each script in text; links and handles are left out (always Latin). Linear in the text. */
export function scriptCounts(text: string): { bn: number; hi: number; latin: number } {
  const prose = text.replace(/https?:\/\/\S+|www\.\S+|pic\.twitter\.com\/\S+|@\w+/giu, ' ');
  let bn = 0;
  let hi = 0;
  let latin = 0;
  for (let i = 0; i < prose.length; i++) {
    // Indic letters and Latin letters are all in the BMP, so code units suffice.
    const code = prose.charCodeAt(i);
    if (isBengaliLetter(code)) bn++;
    else if (isDevanagariLetter(code)) hi++;
    else if (isLatinLetter(code)) latin++;
  }
  return { bn, hi, latin };
}

/** The article's language from the script of its letters (pass the body text); English when none. */
export function detectLanguage(text: string): Language {
  const { bn, hi, latin } = scriptCounts(text);
  const indic = Math.max(bn, hi);
  const total = bn + hi + latin;
  if (total === 0 || indic < total * INDIC_SHARE) return 'en';
  return bn >= hi ? 'bn' : 'hi';
}
