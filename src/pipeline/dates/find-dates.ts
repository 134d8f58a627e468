/** findDates: every date expression in a sentence, resolved against the publication date and the tense. */
import type { DatePrecision, Language } from '../../shared/vocab';
import { parseIso, toDay } from './calendar';
import { findExplicitDays } from './explicit';
import { findMonthPhrases } from './month-phrases';
import { findYears } from './years';
import type { Candidate, DateContext, DateMention } from './mention';
import { findPeriods } from './periods';
import { findRelativeDays } from './relative';
import { asciiDigits } from './script';
import type { Tense } from './tense';

// The event stage imports findDates and its result type from one place.
export type { DateMention } from './mention';

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
  const pub = parseIso(published);
  const ctx: DateContext = { lang, pub, pubDay: pub ? toDay(pub.y, pub.m, pub.d) : null, tense };
  // Folding digits keeps every offset, so spans found in `text` are spans of `sentence`.
  const text = asciiDigits(sentence);
  const found: Candidate[] = [];
  findExplicitDays(text, ctx, found);
  findMonthPhrases(text, ctx, found);
  findYears(text, found);
  findRelativeDays(text, ctx, found);
  findPeriods(text, ctx, found);
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
