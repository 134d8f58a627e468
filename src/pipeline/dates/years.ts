/** Bare years ("2030 तक", "in 2025", "২০২৫ সালে"), told apart from sums, counts and percentages. */
import { scan, type Candidate } from './mention';
import { WORD_END, WORD_START, alternation } from './script';

const YEAR_ALONE = new RegExp(`${WORD_START}(?<y>(?:1[89]|2[01])\\d{2})(?!\\d)`, 'gu');
// Glued Bengali endings a year may carry ("২০২৫-এ", "২০২৫ সালে" is spaced); anything else glued is not a year.
const YEAR_GLUE = new RegExp(
  `^(?:-?(?:${alternation(['এর', 'এ', 'ের', 'র', 'তে', 'সালে', 'সালের', 'সাল'])})${WORD_END}|${WORD_END})`,
  'u',
);
const MONEY_BEFORE = /(?:[$₹€£¥৳]|\b(?:Rs|INR|USD|US\$|EUR)\.?)\s*$|\d[.,]$/;
const UNIT_AFTER = new RegExp(
  `^(?:[.,]\\d|-?\\s*(?:%|percent|per cent|s\\b|'s|’s|th\\b|${alternation([
    'শতাংশ',
    'प्रतिशत',
    'फीसदी',
    'crore',
    'करोड़',
    'কোটি',
    'lakh',
    'লাখ',
    'लाख',
    'million',
    'billion',
    'trillion',
    'মিলিয়ন',
    'বিলিয়ন',
    'अरब',
    'ডলার',
    'डॉलर',
    'dollar',
    'rupee',
    'रुपये',
    'रुपए',
    'টাকা',
    'tonne',
    'ton',
    'টন',
    'टन',
    'km',
    'kilomet',
    'किलोमीटर',
    'কিলোমিটার',
    'किमी',
    'people',
    'জন',
    'लोग',
    'MW',
    'GW',
    'kg',
    'কেজি',
    'किलो',
    'metre',
    'meter',
    'feet',
    'foot',
    'units',
    'ইউনিট',
    'यूनिट',
    'troops',
    'soldiers',
    'सैनिक',
    'সেনা',
    'वें',
    'वीं',
    'তম',
    'টি',
    'টা',
    'से ज्यादा',
    'से अधिक',
    'এর বেশি',
    'এরও বেশি',
    'more than',
    'mn',
    'bn',
    'barrel',
    'ब्यारल',
  ])}))`,
  'iu',
);

/** Bare years ("2030 तक", "in 2025", "২০২৫ সালে"), skipping sums, counts, percentages and ordinals. */
export function findYears(text: string, out: Candidate[]): void {
  scan(
    YEAR_ALONE,
    text,
    (m) => {
      const after = text.slice(m.index + m[0].length);
      if (!YEAR_GLUE.test(after) || UNIT_AFTER.test(after.trimStart()) || UNIT_AFTER.test(after)) return null;
      if (MONEY_BEFORE.test(text.slice(0, m.index))) return null;
      return { value: m.groups?.y ?? '', precision: 'year', relative: false };
    },
    out,
  );
}
