/**
 * Spellings the press uses side by side that the matcher's fold (normalise.ts: nukta, vowel
 * length, chandrabindu) does not cover, generated for every curated or library form so the
 * variants file need not list each pair by hand:
 * - Hindi ऑ/ॉ (the English "o" in ऑस्ट्रेलिया) is often written आ/ा (आस्ट्रेलिया);
 * - a vowel after a vowel is written plain or with a glide: Bengali ও/য়ো (টোকিও, টোকিয়ো; রিও,
 *   রিয়ো), Hindi ओ/यो and ए/ये (रिओ, रियो; विएना, वियेना);
 * - Bengali -স্তান and -স্থান (আফগানিস্তান, আফগানিস্থান);
 * - English "Saint" is also written "St" and "St." (Saint Lucia, St Lucia, St. Lucia);
 * - a hyphen is also written as a space (Mar-a-Lago, Mar a Lago; Nur-Sultan, Nur Sultan).
 * Nasals before consonants (हिन्दी/हिंदी, ঙ্গ/ংগ), nukta and vowel length are folded by the
 * matcher itself (normalise.ts), so they need no variants here.
 */
import type { GeoLang } from '../types-geo';

const RULES: Record<GeoLang, [RegExp, string][]> = {
  hi: [
    [/ऑ/g, 'आ'],
    [/ॉ/g, 'ा'],
    [/([\u093E-\u094C])ओ/g, '$1यो'],
    [/([\u093E-\u094C])यो/g, '$1ओ'],
    [/([\u093E-\u094C])ए/g, '$1ये'],
    [/([\u093E-\u094C])ये/g, '$1ए'],
    [/(\p{L})-(?=\p{L})/gu, '$1 '],
  ],
  bn: [
    [/স্তান/g, 'স্থান'],
    [/স্থান/g, 'স্তান'],
    [/([\u09BE-\u09CC])ও/g, '$1য়ো'],
    [/([\u09BE-\u09CC])(?:য়|য\u09BC)ো/g, '$1ও'],
    [/(\p{L}|\p{M})-(?=\p{L})/gu, '$1 '],
  ],
  en: [
    [/\bSaint /g, 'St '],
    [/\bSaint /g, 'St. '],
    [/\bSt\.? /g, 'Saint '],
    [/(\p{L})-(?=\p{L})/gu, '$1 '],
  ],
};

/** The form itself followed by every variant one rule makes of it (no duplicates). */
export function spellingVariants(form: string, lang: GeoLang): string[] {
  const out = [form];
  for (const [pattern, replacement] of RULES[lang]) {
    const variant = form.replace(pattern, replacement);
    if (!out.includes(variant)) out.push(variant);
  }
  return out;
}

/**
 * English demonyms also name the people in the plural ("Americans", "Saudis"); the matcher adds
 * no English endings, so the plural is listed. Forms that do not take -s (Chinese, Swiss, French,
 * British, Dutch) are left alone.
 */
export function englishPlural(demonym: string): string | null {
  if (/(ese|s|sh|ch|x|z)$/i.test(demonym) || !/[a-z]$/.test(demonym)) return null;
  return `${demonym}s`;
}

/**
 * Hindi demonyms in -ी take the oblique plural -ियों (अमेरिकी, अमेरिकियों; रूसी, रूसियों), which
 * the matcher's Hindi endings (-ों, -े, -ो) do not reach, so the plural is listed.
 */
export function hindiPlural(demonym: string): string | null {
  return demonym.endsWith('ी') ? `${demonym.slice(0, -1)}ियों` : null;
}
