/** findPublished: the article's own publication date, told apart from the site's date-of-the-day header. */
import { findDates } from './find-dates';
import type { DateMention } from './mention';
import { asciiDigits } from '../normalise';
import { yearOfDayMonth } from './anchor';
import { formatDay, isValidDate, parseIso, toDay } from './calendar';
import { WORD_START, alternation } from './script';
import { DAY_NUMBER, MONTH_ANY, SHORT_DOT, WEEKDAY, monthOf, numberOf } from './words';

export interface PublishedDate {
  /** "YYYY-MM-DD", or null when the page shows no date. */
  date: string | null;
  /** 'article' for the story's own date line, 'header' for the site's date of the day. */
  from: 'article' | 'header' | 'none';
  /** Span of the date in the whole text; -1 when none. */
  start: number;
  end: number;
}

const PUBLISHED_LABELS = [
  'Published',
  'Publish',
  'Published at',
  'Posted at',
  'Created',
  'Created on',
  'প্রকাশিত হয়েছে',
  'প্রকাশকাল',
  'প্রকাশ সময়',
  'प्रकाशित किया गया',
  'पोस्ट किया गया',
  'पोस्टेड',
  'Published on',
  'Published On',
  'First published',
  'First Published',
  'Posted',
  'Posted on',
  'Posted On',
  'Publish Date',
  'Published Date',
  'Publication Date',
  'Date',
  'Dated',
  'তারিখ',
  'প্রকাশের তারিখ',
  'प्रकाशन तिथि',
  'प्रकाशित तिथि',
  'तारीख',
  'প্রকাশিত',
  'প্রকাশ',
  'প্রকাশের সময়',
  'प्रकाशित',
  'प्रकाशन',
  'पब्लिश्ड',
  'पब्लिश',
];
const UPDATED_LABELS = [
  'Updated',
  'Updated at',
  'Last update',
  'Last update on',
  'Last Update',
  'Edited',
  'Last Edited',
  'শেষ আপডেট',
  'লাস্ট আপডেট',
  'আপডেট করা হয়েছে',
  'अंतिम अपडेट',
  'आखिरी अपडेट',
  'लास्ट अपडेट',
  'Updated on',
  'Updated On',
  'Last Updated',
  'Last updated',
  'Updated Date',
  'Update Date',
  'Modified',
  'Last Modified',
  'আপডেট',
  'আপডেটেড',
  'হালনাগাদ',
  'সর্বশেষ আপডেট',
  'अपडेटेड',
  'अपडेट',
  'अद्यतन',
  'अपडेट किया गया',
];
// A label may follow a time with no space ("১৯:০৭আপডেট"), so only a letter before it disqualifies it.
const LABEL_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?<pub>${alternation(PUBLISHED_LABELS)})|(?<upd>${alternation(UPDATED_LABELS)}))` +
    `(?<gap>[ \\t]*[:：\\-–|]?[ \\t]*(?:on[ \\t]+)?)`,
  'giu',
);
// Between a label and its date: a weekday, a time, "on" ("Updated: Thu, 13 Feb 2025", "Updated 10:00 AM, 5 Feb").
const NOISE = new RegExp(
  `(?:${WEEKDAY})|\\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|on|at|AM|PM|am|pm|a\\.m|p\\.m|IST|GMT|UTC|BST|EDT|EST|CDT|CST|PDT|PST|CET|CEST|EET|MSK|GST|PKT|BDT|NPT|SGT|HKT|JST|KST|AEST|AEDT|WIB|ET|PT)\\b\\.?|\\d{1,2}[:.]\\d{2}|` +
    // Times of day in Bengali and Hindi ("১১:৩৫ এএম", "সকাল ১০:৩২", "शाम 7 बजे").
    alternation([
      'এএম',
      'পিএম',
      'এ.এম.',
      'পি.এম.',
      'পূর্বাহ্ণ',
      'অপরাহ্ণ',
      'সকাল',
      'দুপুর',
      'বিকাল',
      'বিকেল',
      'সন্ধ্যা',
      'রাত',
      'सुबह',
      'दोपहर',
      'शाम',
      'रात',
      'बजे',
      'अपराह्न',
      'पूर्वाह्न',
    ]),
  'giu',
);
const WEEKDAY_RE = new RegExp(WEEKDAY, 'iu');
const onlyNoise = (gap: string): boolean => /^[\s,:：|()\-–—।/]*$/.test(asciiDigits(gap).replace(NOISE, ''));
// What may follow the story's own date on its date line: nothing, or a time ("১০ জুলাই ২০২৫, ১৯:০৭").
const DATELINE_REST = /^[\s,|।]*(?:\d{1,2}[:.]\d{2}|$)/;
// A news dateline opening the story: a place, then the date ("NEW DELHI, Feb 5, 2026 (PTI):", "ঢাকা, ২২ জানুয়ারি ২০২৫ —").
const DATELINE_PLACE = /^[\p{L}\p{M} ./-]{2,30},$/u;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,20}\))?\s*[:—–-]/;

// A label's date with a two-digit year ("প্রকাশ: ১০ নভেম্বর ২৫ । ০৮:৩০"): only after a label, where
// a number after the month cannot be a count.
const SHORT_YEAR = new RegExp(
  `${WORD_START}(?<d>\\d{1,2})\\s+(?<mon>${MONTH_ANY})${SHORT_DOT},?\\s*['’]?(?<y>\\d{2})(?![\\d:.])`,
  'gu',
);
// An agency dateline without a year ("नयी दिल्ली, पांच जुलाई (भाषा)", "Dhaka, March 4 (AP) --"): the
// year comes from another date of the page.
const YEARLESS_DATELINE = new RegExp(
  `^(?<place>[\\p{L}\\p{M} ./-]{2,30}(?:,\\s*[\\p{L}\\p{M} .]{2,20})?),\\s*(?:(?<d>${DAY_NUMBER})\\s+(?<mon>${MONTH_ANY})|(?<mon2>${MONTH_ANY})${SHORT_DOT}\\s+(?<d2>\\d{1,2}))` +
    `(?![\\p{L}\\p{M}\\d]|,?\\s*\\d{4})\\s*(?<agency>\\([^)]{1,20}\\))?\\s*(?<sep>[:—–-]+|$)?`,
  'u',
);

// "Updated: 23/09/25 21:10": day, month and a two-digit year in digits, after a label only.
const SHORT_NUMERIC = /(?<![\d/.-])(?<d>\d{1,2})[./-](?<m>\d{1,2})[./-](?<y>\d{2})(?![\d/.-])/gu;

function shortYearDates(line: string): DateMention[] {
  const text = asciiDigits(line);
  const out: DateMention[] = [];
  const readings: [RegExp, (g: Record<string, string | undefined>) => number | null][] = [
    [SHORT_NUMERIC, (g) => Number(g.m)],
    [SHORT_YEAR, (g) => monthOf(g.mon ?? '')],
  ];
  for (const [re, monthIn] of readings) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.groups ?? {};
      const [mon, d, y] = [monthIn(g), Number(g.d), 2000 + Number(g.y)];
      if (mon === null || !isValidDate(y, mon, d)) continue;
      const end = m.index + m[0].length;
      out.push({
        start: m.index,
        end,
        text: line.slice(m.index, end),
        value: formatDay(toDay(y, mon, d)),
        precision: 'day',
        relative: false,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A day and month from an agency dateline without a year, with its span; null when the line is none. */
function yearlessDateline(line: string): { m: number; d: number; start: number; end: number } | null {
  const g = YEARLESS_DATELINE.exec(asciiDigits(line));
  if (!g?.groups || WEEKDAY_RE.test(g.groups.place ?? '')) return null;
  // Only an agency credit or a dash makes "City, day month" a dateline, not the start of a sentence.
  if (!g.groups.agency && !g.groups.sep) return null;
  const m = monthOf(g.groups.mon ?? g.groups.mon2 ?? '');
  const d = numberOf(g.groups.d ?? g.groups.d2 ?? '');
  if (m === null || d === null) return null;
  const start = g.groups.place!.length + 1;
  return { m, d, start, end: g[0].length };
}

interface Found {
  /** 0 a "Published" label, 1 an "Updated" label or a bare date line, 2 the site header. */
  rank: number;
  /** Start of the date in the whole text. */
  at: number;
  mention: DateMention;
  from: 'article' | 'header';
}

interface Yearless {
  m: number;
  d: number;
  /** Start of the date in the whole text. */
  at: number;
  start: number;
  end: number;
}

/** Full dates (day, month and year written out) on one line. */
function fullDates(line: string): DateMention[] {
  return findDates(line, 'en', null, null).filter((d) => d.precision === 'day' && !d.relative);
}

function scanLine(line: string, offset: number, found: Found[], yearless: Yearless[]): void {
  const dateline = yearlessDateline(line);
  if (dateline) yearless.push({ ...dateline, at: offset + dateline.start });
  const dates = fullDates(line);
  LABEL_RE.lastIndex = 0;
  const labelled = LABEL_RE.test(line)
    ? [...dates, ...shortYearDates(line)].sort((a, b) => a.start - b.start)
    : [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(line); m; m = LABEL_RE.exec(line)) {
    const at = m.index + m[0].length;
    const date = labelled.find(
      (d) => d.start >= at && d.start - at <= 40 && onlyNoise(line.slice(at, d.start)),
    );
    if (date)
      found.push({ rank: m.groups?.pub ? 0 : 1, at: offset + date.start, mention: date, from: 'article' });
  }
  const first = dates[0];
  if (!first) return;
  const before = line.slice(0, first.start).trim();
  const after = asciiDigits(line.slice(first.end));
  if (before === '' && DATELINE_REST.test(after)) {
    found.push({ rank: 1, at: offset + first.start, mention: first, from: 'article' });
  } else if (DATELINE_PLACE.test(before) && !WEEKDAY_RE.test(before) && DATELINE_AFTER.test(after)) {
    found.push({ rank: 1, at: offset + first.start, mention: first, from: 'article' });
  } else if (DATELINE_PLACE.test(before) && !WEEKDAY_RE.test(before) && DATELINE_REST.test(after)) {
    // "ঢাকা, ১৫ মে ২০২৫" on a line of its own: a filing line without a weekday, weaker than a label.
    found.push({ rank: 2, at: offset + first.start, mention: first, from: 'article' });
  } else if (WEEKDAY_RE.test(before) && before.length <= 40 && line.trim().length <= 80) {
    // The site's date of the day: a weekday (maybe after a city) before the date, on a short line of its own.
    found.push({ rank: 2, at: offset + first.start, mention: first, from: 'header' });
  }
}

/**
 * The article's publication date in the whole file `text`: a scraper's " date YYYY-MM-DD" prefix, then the
 * first "Published"-type label, then an "Updated" label or a bare date line; the site's weekday-and-date
 * header only when nothing else is found.
 */
export function findPublished(text: string): PublishedDate {
  const prefix = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?!\d)/.exec(text);
  if (prefix?.[1]) {
    const dates = fullDates(prefix[0]);
    const d = dates[dates.length - 1];
    if (d) return { date: d.value, from: 'article', start: d.start, end: d.end };
  }
  const found: Found[] = [];
  const yearless: Yearless[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    scanLine(line, offset, found, yearless);
    offset += line.length + 1;
  }
  // A dateline without a year takes it from the page's other dates: the story was filed on or
  // before any of them (the site's header, an "Updated" line).
  const reference = found.map((f) => parseIso(f.mention.value)).find((x) => x !== null);
  const line = yearless[0];
  if (line && reference) {
    const y = yearOfDayMonth(reference, line.m, line.d, 'before');
    if (y !== null) {
      const value = formatDay(toDay(y, line.m, line.d));
      const mention: DateMention = {
        start: 0,
        end: line.end - line.start,
        text: '',
        value,
        precision: 'day',
        relative: true,
      };
      found.push({ rank: 1, at: line.at, mention, from: 'article' });
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.at - b.at);
  const best = found[0];
  if (!best) return { date: null, from: 'none', start: -1, end: -1 };
  const { value, start, end } = best.mention;
  return { date: value, from: best.from, start: best.at, end: best.at + end - start };
}
