/** findDates: every date expression in a sentence, resolved against the publication date and the tense. */
import type { DatePrecision, Language } from '../../shared/vocab';
import { parseIso, toDay } from './calendar';
import { findExplicitDays } from './explicit';
import { findMonthPhrases } from './month-phrases';
import { findYears } from './years';
import type { Candidate, DateContext, DateMention } from './mention';
import { findPeriods } from './periods';
import { findRelativeDays } from './relative';
import { asciiDigits } from '../normalise';
import { alternation } from './script';
import { DAY_NUMBER, MONTH_ANY, SEASON_FIRM, SEASON_LOOSE, WEEKDAY } from './words';
import type { Tense } from './tense';

// The event stage imports findDates and its result type from one place.
export type { DateMention } from './mention';

/** Units relative dates count in; every date expression holds one of these, a month, a weekday, a season or a digit. */
const UNITS = [
  'week',
  'month',
  'year',
  'day',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'fortnight',
  'decade',
  'Week',
  'Month',
  'Year',
  'Day',
  'Today',
  'Yesterday',
  'Tomorrow',
  'সপ্তাহ',
  'হপ্তা',
  'মাস',
  'বছর',
  'সাল',
  'সন',
  'দিন',
  'আজ',
  'কাল',
  'পরশু',
  'morning',
  'afternoon',
  'evening',
  'night',
  'রাত',
  'रात',
  'दिवस',
  'हफ्त',
  'हफ़्त',
  'सप्ताह',
  'महीन',
  'माह',
  'साल',
  'वर्ष',
  'बरस',
  'दिन',
  'आज',
  'कल',
  'परसों',
  'पखवाड़',
];
/** A cheap test that skips the full patterns on the many sentences that hold no date at all. */
const MAYBE_DATE = new RegExp(
  `\\d|${MONTH_ANY}|${WEEKDAY}|${SEASON_FIRM}|${SEASON_LOOSE}|${alternation(UNITS)}`,
  'iu',
);

const HAS_MONTH = new RegExp(MONTH_ANY, 'iu');
const HAS_WEEKDAY = new RegExp(WEEKDAY, 'iu');
const HAS_SEASON = new RegExp(`${SEASON_FIRM}|${SEASON_LOOSE}`, 'iu');
const HAS_UNIT = new RegExp(alternation(UNITS), 'iu');
const HAS_DAY_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${DAY_NUMBER.replace(/^\\d\{1,2\}\|/, '')})(?![\\p{L}\\p{M}])`,
  'u',
);

/** False when the text certainly holds no date expression (no digit, month, weekday, season or unit). */
export function mayHoldDate(text: string): boolean {
  return MAYBE_DATE.test(asciiDigits(text));
}

const RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, season: 3, year: 4 };

/**
 * Overlapping matches are alternative readings of one phrase: the most precise wins ("10-12 मार्च" over
 * "मार्च के बीच", "২০২৪ সালের ৫ আগস্ট" over "২০২৪"), then the longest, then the earliest.
 */
function keepBest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      RANK[a.precision] - RANK[b.precision] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** True when only spaces and punctuation lie between the two spans ("Thursday, February 4"). */
function adjacent(text: string, a: Candidate, b: Candidate): boolean {
  const gap = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return /^[\s,()|–-]{0,4}$/.test(gap);
}

/**
 * Every date expression in `sentence`. `published` ("YYYY-MM-DD") anchors dates without a year and
 * relative ones; without it only dates that carry their own year are returned.
 */
export function findDates(
  sentence: string,
  lang: Language,
  published: string | null,
  tense: Tense,
): DateMention[] {
  return mayHoldDate(sentence) ? datesIn(sentence, lang, published, tense) : [];
}

/** findDates for a sentence already known to pass mayHoldDate (the pipeline tests it once per clause). */
export function datesIn(
  sentence: string,
  lang: Language,
  published: string | null,
  tense: Tense,
): DateMention[] {
  const pub = parseIso(published);
  const ctx: DateContext = { lang, pub, pubDay: pub ? toDay(pub.y, pub.m, pub.d) : null, tense };
  // Folding digits keeps every offset, so spans found in `text` are spans of `sentence`.
  const text = asciiDigits(sentence);
  const found: Candidate[] = [];
  // Each finder runs only when the words it needs are there: most clauses need one or two of them.
  const digit = /\d/.test(text);
  const month = HAS_MONTH.test(text);
  const unit = HAS_UNIT.test(text);
  // A day may be a word ("पांच जुलाई"): a month and such a word are enough to look for one.
  if (digit || (month && HAS_DAY_WORD.test(text))) findExplicitDays(text, ctx, found);
  if (month) findMonthPhrases(text, ctx, found);
  if (digit) findYears(text, found);
  if (unit || HAS_WEEKDAY.test(text)) findRelativeDays(text, ctx, found);
  if (unit || HAS_SEASON.test(text)) findPeriods(text, ctx, found);
  const kept = keepBest(found);
  // A weekday next to a full date only labels it; the date is the mention.
  const labels = kept.filter(
    (c) =>
      c.weekday && kept.some((d) => d !== c && d.precision === 'day' && !d.weekday && adjacent(text, c, d)),
  );
  const out: DateMention[] = [];
  for (const c of kept) {
    // A null value marks an impossible date (31 February): it blocks its parts but is no mention.
    if (c.value === null || labels.includes(c)) continue;
    out.push({
      start: c.start,
      end: c.end,
      text: sentence.slice(c.start, c.end),
      value: c.value,
      precision: c.precision,
      relative: c.relative,
    });
  }
  return out;
}
