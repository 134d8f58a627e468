/** Dates written with a month name or in digits: "৪ ফেব্রুয়ারি", "4 फरवरी 2026", "Feb. 4", "2026-02-04", "March 2025". */
import { formatDay, formatMonth, fromMonthIndex, isValidDate, monthIndex, toDay } from './calendar';
import { modifierDirection, tenseDirection, yearOfDayMonth, yearOfMonth } from './anchor';
import { scan, type Candidate, type DateContext } from './mention';
import { WORD_END, WORD_START, alternation } from './script';
import {
  BN_SUFFIX,
  DAY_NUMBER,
  DAY_ORDINAL,
  MODIFIER,
  MONTH_ANY,
  SHORT_DOT,
  monthOf,
  numberOf,
} from './words';

const MONTH_UNIT = alternation(['মাসের', 'মাসে', 'महीने की', 'महीने के', 'माह की', 'माह के', "month's"]);
const YEAR_UNIT = alternation([
  'বছরের',
  'সালের',
  'সনের',
  'साल की',
  'साल के',
  'साल',
  'वर्ष की',
  'वर्ष के',
  'वर्ष',
  "year's",
]);
const PREFIX = `(?:(?<pre>${MODIFIER})(?:\\s+(?:(?<unit>${MONTH_UNIT})|(?<yunit>${YEAR_UNIT})))?\\s+)?`;
const RANGE = `(?:\\s*(?:-|–|—|to|and|${alternation(['ও', 'থেকে', 'से', 'और', 'व'])})\\s*\\d{1,2}${DAY_ORDINAL}(?!\\d))?`;
const YEAR = `(?<y>\\d{4})(?!\\d)`;

const DAY_MONTH = new RegExp(
  `${WORD_START}${PREFIX}(?:the\\s+)?(?<d>${DAY_NUMBER})${DAY_ORDINAL}${RANGE}(?:\\s+of)?[\\s-]*` +
    `(?<mon>${MONTH_ANY})${SHORT_DOT}(?:${BN_SUFFIX}${WORD_END}|(?=\\.))(?:,?\\s*${YEAR})?`,
  'gu',
);
const MONTH_DAY = new RegExp(
  `${WORD_START}${PREFIX}(?<mon>${MONTH_ANY})${SHORT_DOT}\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?!\\s*(?:%|:\\d|\\.\\d))` +
    `(?:\\s*[-–]\\s*\\d{1,2}(?!\\d))?(?:,?\\s+${YEAR})?${WORD_END}`,
  'gu',
);
// Bengali and Hindi often put the year first: "২০২৪ সালের ৫ আগস্ট", "2024 के 5 अगस्त".
const YEAR_FIRST = new RegExp(
  `${WORD_START}${YEAR}(?:\\s*-?(?:${alternation(['সালের', 'সনের', 'এর', 'ের'])})|\\s+(?:${alternation(['के', 'की'])}))\\s+` +
    `(?<d>\\d{1,2})${DAY_ORDINAL}${RANGE}[\\s-]*(?<mon>${MONTH_ANY})${SHORT_DOT}${BN_SUFFIX}${WORD_END}`,
  'gu',
);
// A day of a month named relative to publication: "চলতি মাসের ৯ তারিখে", "अगले महीने की 4 तारीख को".
const DAY_OF_UNIT = new RegExp(
  `${WORD_START}(?<pre>${MODIFIER})\\s+(?<unit>${MONTH_UNIT})\\s+(?<d>\\d{1,2})${DAY_ORDINAL}\\s*` +
    `(?:${alternation(['তারিখে', 'তারিখের', 'তারিখ', 'तारीख', 'तारीख़', 'तारिख'])})${WORD_END}`,
  'gu',
);
const ISO = new RegExp(`${WORD_START}(?<y>\\d{4})-(?<mo>\\d{1,2})-(?<d>\\d{1,2})(?!\\d)`, 'gu');
const NUMERIC = new RegExp(
  `${WORD_START}(?<d>\\d{1,2})(?<sep>[./-])(?<mo>\\d{1,2})\\k<sep>(?<y>\\d{4})(?!\\d)`,
  'gu',
);

const TENSE_WINDOW_DAYS = 300;

/** Years beyond this range are almost always other numbers (counts, sums), so they are not taken as dates. */
export const isPlausibleYear = (y: number): boolean => y >= 1800 && y <= 2199;

/** The year for a day-month without one: the modifier first ("গত", "আগামী মাসের"), else the tense. */
function yearFor(
  ctx: DateContext,
  m: number,
  d: number,
  g: Record<string, string | undefined>,
): number | null {
  const { pre, unit, yunit } = g;
  const pub = ctx.pub;
  if (!pub) return null;
  const dir = modifierDirection(pre, false);
  if (yunit && dir) {
    // "গত বছরের ১০ জুলাই": the year is named relative to publication.
    const y = pub.y + (dir === 'after' ? 1 : dir === 'before' ? -1 : 0);
    return isValidDate(y, m, d) ? y : null;
  }
  if (unit && dir) {
    // "আগামী মাসের ৪ ফেব্রুয়ারি": the month named is checked against next (or last, or this) month.
    const shift = dir === 'after' ? 1 : dir === 'before' ? -1 : 0;
    const target = new Date(Date.UTC(pub.y, pub.m - 1 + shift, 1));
    if (target.getUTCMonth() + 1 === m)
      return isValidDate(target.getUTCFullYear(), m, d) ? target.getUTCFullYear() : null;
  }
  if (dir) return yearOfDayMonth(pub, m, d, dir === 'this' && !unit ? 'nearest' : dir);
  const byTense = yearOfDayMonth(pub, m, d, tenseDirection(ctx.tense));
  // A day-month without a year is almost always within months of publication; a tense-chosen date
  // further away than that more likely means the sentence's tense was misread.
  const pubDay = toDay(pub.y, pub.m, pub.d);
  if (byTense !== null && Math.abs(toDay(byTense, m, d) - pubDay) <= TENSE_WINDOW_DAYS) return byTense;
  return yearOfDayMonth(pub, m, d, 'nearest');
}

function dayMention(
  ctx: DateContext,
  g: Record<string, string | undefined>,
): Omit<Candidate, 'start' | 'end'> | null {
  const m = monthOf(g.mon ?? '');
  const d = numberOf(g.d ?? '');
  if (m === null || d === null) return null;
  if (g.y !== undefined) {
    const y = Number(g.y);
    if (!isPlausibleYear(y)) return null;
    return {
      value: isValidDate(y, m, d) ? formatDay(toDay(y, m, d)) : null,
      precision: 'day',
      relative: false,
    };
  }
  if (!isValidDate(2024, m, d)) return { value: null, precision: 'day', relative: false };
  const y = yearFor(ctx, m, d, g);
  return y === null ? null : { value: formatDay(toDay(y, m, d)), precision: 'day', relative: true };
}

function dayOfUnit(
  ctx: DateContext,
  pre: string | undefined,
  d: number,
): Omit<Candidate, 'start' | 'end'> | null {
  const dir = modifierDirection(pre, false);
  if (!ctx.pub || !dir) return null;
  const shift = dir === 'after' ? 1 : dir === 'before' ? -1 : 0;
  const { y, m } = fromMonthIndex(monthIndex(ctx.pub.y, ctx.pub.m) + shift);
  return isValidDate(y, m, d) ? { value: formatDay(toDay(y, m, d)), precision: 'day', relative: true } : null;
}

function numericMention(y: number, m: number, d: number): Omit<Candidate, 'start' | 'end'> | null {
  if (!isPlausibleYear(y)) return null;
  return {
    value: isValidDate(y, m, d) ? formatDay(toDay(y, m, d)) : null,
    precision: 'day',
    relative: false,
  };
}

/** Day-precision dates in the digit-folded sentence `text`. */
export function findExplicitDays(text: string, ctx: DateContext, out: Candidate[]): void {
  scan(DAY_MONTH, text, (m) => dayMention(ctx, m.groups ?? {}), out);
  scan(MONTH_DAY, text, (m) => dayMention(ctx, m.groups ?? {}), out);
  scan(YEAR_FIRST, text, (m) => dayMention(ctx, m.groups ?? {}), out);
  scan(DAY_OF_UNIT, text, (m) => dayOfUnit(ctx, m.groups?.pre, Number(m.groups?.d)), out);
  scan(ISO, text, (m) => numericMention(Number(m.groups?.y), Number(m.groups?.mo), Number(m.groups?.d)), out);
  scan(
    NUMERIC,
    text,
    (m) => {
      const [a, b] = [Number(m.groups?.d), Number(m.groups?.mo)];
      // South Asian pages write day/month; a second number above 12 can only be a US-style day.
      return b > 12 ? numericMention(Number(m.groups?.y), a, b) : numericMention(Number(m.groups?.y), b, a);
    },
    out,
  );
}

/** The month of a month name without a day, resolved by modifier or tense ("last February", "फरवरी में"). */
export function monthValue(ctx: DateContext, m: number, pre?: string): { y: number; value: string } | null {
  if (!ctx.pub) return null;
  const dir = modifierDirection(pre, true) ?? tenseDirection(ctx.tense);
  const y = yearOfMonth(ctx.pub, m, dir);
  return y === null ? null : { y, value: formatMonth(y, m) };
}
