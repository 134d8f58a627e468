/** Dates told relative to the publication day: weekdays, আজ/कल/yesterday, "দু'দিন পরে", "three days ago". */
import { formatDay, formatMonth, fromDay, mondayOf, monthIndex, fromMonthIndex, weekdayOf } from './calendar';
import { modifierDirection } from './anchor';
import { scan, type Candidate, type DateContext } from './mention';
import { WORD_END, WORD_START, alternation } from './script';
import { BN_SUFFIX, MODIFIER, NUMBER, WEEKDAY, numberOf, weekdayOf as weekdayNumber } from './words';
import { detectTense } from './tense';
import type { Tense } from './tense';

const WEEKDAY_RE = new RegExp(
  `${WORD_START}(?:(?<pre>${MODIFIER})\\s+)?(?<wd>${WEEKDAY})${BN_SUFFIX}${WORD_END}`,
  'gu',
);

/** The day of weekday `wd`: past (or no tense) the latest on or before publication, future the next after it. */
export function weekdayDay(pubDay: number, wd: number, tense: Tense, pre?: string): number {
  const back = (weekdayOf(pubDay) - wd + 7) % 7;
  const ahead = (wd - weekdayOf(pubDay) + 7) % 7;
  const dir = modifierDirection(pre, true);
  if (dir === 'strict-before') return pubDay - (back || 7);
  if (dir === 'strict-after') return pubDay + (ahead || 7);
  if (dir === 'this' && tense === 'future') return pubDay + ahead;
  return tense === 'future' ? pubDay + (ahead || 7) : pubDay - back;
}

/** Fixed offsets in days, or a pair chosen by tense (কাল and कल are yesterday in the past, tomorrow ahead). */
type Offset = number | { past: number; future: number };
const DAY_WORDS: [string[], Offset][] = [
  [
    [
      'আজ',
      'আজকে',
      'আজকের',
      'আজই',
      'আজ থেকে',
      'आज',
      'today',
      'tonight',
      'this morning',
      'this afternoon',
      'this evening',
      'earlier today',
    ],
    0,
  ],
  [
    [
      'গতকাল',
      'গতকালের',
      'গতকালই',
      'গতকালকে',
      'গত রাতে',
      'গতরাতে',
      'yesterday',
      'last night',
      'बीती रात',
      'बीते दिन',
      'गत दिवस',
    ],
    -1,
  ],
  [['আগামীকাল', 'আগামী কাল', 'আগামীকালের', 'আগামীকালই', 'tomorrow'], 1],
  [['গত পরশু', 'the day before yesterday'], -2],
  [['আগামী পরশু', 'the day after tomorrow'], 2],
  [['কাল', 'কালকে', 'কালকের', 'कल', 'कल रात'], { past: -1, future: 1 }],
  [['পরশু', 'परसों'], { past: -2, future: 2 }],
];
const dayWordOffset = new Map<string, Offset>();
for (const [words, offset] of DAY_WORDS)
  for (const w of words) dayWordOffset.set(w.normalize('NFC').toLowerCase(), offset);
const DAY_WORD_RE = new RegExp(
  `${WORD_START}(?<w>${alternation(DAY_WORDS.flatMap(([w]) => w))})${WORD_END}`,
  'giu',
);

const UNITS: [string[], 'day' | 'week' | 'month'][] = [
  [['দিন', 'day', 'days', 'दिन', 'दिनों'], 'day'],
  [['সপ্তাহ', 'week', 'weeks', 'हफ्ते', 'हफ़्ते', 'हफ्तों', 'सप्ताह'], 'week'],
  [['মাস', 'month', 'months', 'महीने', 'महीनों', 'माह'], 'month'],
];
const unitOf = new Map<string, 'day' | 'week' | 'month'>();
for (const [words, unit] of UNITS) for (const w of words) unitOf.set(w.normalize('NFC').toLowerCase(), unit);
const LATER = ['পরে', 'পর', 'later', 'after', 'बाद', 'के बाद'];
const EARLIER = ['আগে', 'ago', 'earlier', 'पहले'];
const DURATION_RE = new RegExp(
  `${WORD_START}(?<n>${NUMBER})\\s*['’]?\\s*(?<u>${alternation(UNITS.flatMap(([w]) => w))})(?:ের|এর)?\\s+(?<dir>${alternation([...LATER, ...EARLIER])})${WORD_END}`,
  'giu',
);

/**
 * "two weeks after Marcos met Trump", "बैठक के दो दिन बाद", "বৈঠকের দু'দিন পরে": counted from another
 * event, not from the publication day, so the phrase gives no date of its own.
 */
function anchoredOnEvent(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (/^(?:after|before)$/i.test(m.groups?.dir ?? '')) return /^\s+(?!that\b|this\b)[\p{L}]/u.test(after);
  return /(?:के|की)\s*$/u.test(before) || /[\p{L}](?:ের|র)\s*$/u.test(before);
}

function shifted(
  pubDay: number,
  n: number,
  unit: 'day' | 'week' | 'month',
): Omit<Candidate, 'start' | 'end'> {
  if (unit === 'day') return { value: formatDay(pubDay + n), precision: 'day', relative: true };
  if (unit === 'week')
    return { value: formatDay(mondayOf(pubDay + 7 * n)), precision: 'week', relative: true };
  const p = fromDay(pubDay);
  const { y, m } = fromMonthIndex(monthIndex(p.y, p.m) + n);
  return { value: formatMonth(y, m), precision: 'month', relative: true };
}

/**
 * The tense of the verb that goes with a weekday or day word: in Bengali and Hindi the one just
 * after it ("मंगलवार को हैदराबाद हाउस में हुई वार्ता", though the sentence ends "…शुरू करेंगे"), in
 * English the one just before ("met on Tuesday"); the sentence's tense when none is close.
 */
function tenseAt(text: string, start: number, end: number, ctx: DateContext): Tense {
  const near =
    ctx.lang === 'en'
      ? text.slice(Math.max(0, start - 40), start)
      : text.slice(end, end + 35).split(/[,।;]/u)[0]!;
  return detectTense(near, ctx.lang) ?? ctx.tense;
}

/** Weekdays, day words and counted offsets in the digit-folded sentence. */
export function findRelativeDays(text: string, ctx: DateContext, out: Candidate[]): void {
  const pubDay = ctx.pubDay;
  if (pubDay === null) return;
  scan(
    WEEKDAY_RE,
    text,
    (m) => {
      const wd = weekdayNumber(m.groups?.wd ?? '');
      if (wd === null) return null;
      const tense = tenseAt(text, m.index, m.index + m[0].length, ctx);
      const day = weekdayDay(pubDay, wd, tense, m.groups?.pre);
      return { value: formatDay(day), precision: 'day', relative: true, weekday: !m.groups?.pre };
    },
    out,
  );
  scan(
    DAY_WORD_RE,
    text,
    (m) => {
      const offset = dayWordOffset.get((m.groups?.w ?? '').normalize('NFC').toLowerCase());
      if (offset === undefined) return null;
      const tense =
        typeof offset === 'number' ? ctx.tense : tenseAt(text, m.index, m.index + m[0].length, ctx);
      const n = typeof offset === 'number' ? offset : tense === 'future' ? offset.future : offset.past;
      return { value: formatDay(pubDay + n), precision: 'day', relative: true };
    },
    out,
  );
  scan(
    DURATION_RE,
    text,
    (m) => {
      const n = numberOf(m.groups?.n ?? '');
      const unit = unitOf.get((m.groups?.u ?? '').normalize('NFC').toLowerCase());
      if (n === null || n === 0 || n > 60 || !unit) return null;
      if (anchoredOnEvent(text, m)) return null;
      const back = EARLIER.some((w) => w.toLowerCase() === (m.groups?.dir ?? '').toLowerCase());
      return shifted(pubDay, back ? -n : n, unit);
    },
    out,
  );
}
