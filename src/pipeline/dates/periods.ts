/** Weeks, months, years and seasons named relative to publication: "আগামী সপ্তাহে", "अगले महीने", "later this year", "in spring". */
import { formatDay, formatMonth, fromMonthIndex, mondayOf, monthIndex } from './calendar';
import { modifierDirection } from './anchor';
import { scan, type Candidate, type DateContext } from './mention';
import { WORD_END, WORD_START, alternation } from './script';
import { BN_SUFFIX, MODIFIER, SEASON_FIRM, SEASON_LOOSE, seasonOf } from './words';
import type { Tense } from './tense';

type Unit = 'week' | 'month' | 'year';
const UNITS: [string[], Unit][] = [
  // Bengali emphasis -ই/-ও glues on too ("গত মাসেই", just last month).
  [
    ['সপ্তাহ', 'সপ্তাহে', 'সপ্তাহের', 'সপ্তাহেই', 'সপ্তাহেও', 'হপ্তায়', 'हफ्ते', 'हफ़्ते', 'हफ्ता', 'सप्ताह', 'week'],
    'week',
  ],
  [['মাস', 'মাসে', 'মাসের', 'মাসেই', 'মাসেও', 'মাসের শেষে', 'महीने', 'महीना', 'माह', 'month'], 'month'],
  [
    ['বছর', 'বছরে', 'বছরের', 'বছরই', 'বছরেই', 'বছরেও', 'সাল', 'সালে', 'साले', 'साल', 'वर्ष', 'बरस', 'year'],
    'year',
  ],
];
const unitOf = new Map<string, Unit>();
for (const [words, unit] of UNITS) for (const w of words) unitOf.set(w.normalize('NFC').toLowerCase(), unit);

// A qualifier that narrows the period ("later this year", "চলতি বছরের শেষ দিকে", "इस साल के अंत में").
const QUALIFIER_BEFORE = [
  'later',
  'earlier',
  'late',
  'early',
  'the end of',
  'end of',
  'the start of',
  'by the end of',
];
const QUALIFIER_AFTER = [
  'শেষ দিকে',
  'শেষের দিকে',
  'শেষে',
  'শেষভাগে',
  'শুরুতে',
  'শুরুতেই',
  'মাঝামাঝি',
  'প্রথমার্ধে',
  'দ্বিতীয়ার্ধে',
  'के अंत में',
  'के अंत तक',
  'के आखिर में',
  'के आखिर तक',
  'के शुरू में',
  'की शुरुआत में',
  'के मध्य',
];
const PERIOD_RE = new RegExp(
  `${WORD_START}(?:(?<q>${alternation(QUALIFIER_BEFORE)})\\s+)?(?:(?<pre>${MODIFIER})\\s+)?` +
    `(?<u>${alternation(UNITS.flatMap(([w]) => w))})${WORD_END}(?:\\s+(?<qa>${alternation(QUALIFIER_AFTER)})${WORD_END})?`,
  'giu',
);

function period(ctx: DateContext, unit: Unit, shift: number): Omit<Candidate, 'start' | 'end'> | null {
  const { pub, pubDay } = ctx;
  if (!pub || pubDay === null) return null;
  if (unit === 'week')
    return { value: formatDay(mondayOf(pubDay) + 7 * shift), precision: 'week', relative: true };
  if (unit === 'month') {
    const { y, m } = fromMonthIndex(monthIndex(pub.y, pub.m) + shift);
    return { value: formatMonth(y, m), precision: 'month', relative: true };
  }
  return { value: String(pub.y + shift).padStart(4, '0'), precision: 'year', relative: true };
}

const SEASON_RE = new RegExp(
  `${WORD_START}(?:(?<pre>${MODIFIER})\\s+)?(?:(?<firm>${SEASON_FIRM})|(?<loose>${SEASON_LOOSE}))${BN_SUFFIX}${WORD_END}`,
  'giu',
);

/** First month (as a month index) of the season starting in month `start` that the direction picks. */
function seasonStart(
  ctx: DateContext,
  start: number,
  months: number,
  tense: Tense,
  pre?: string,
): number | null {
  if (!ctx.pub) return null;
  const now = monthIndex(ctx.pub.y, ctx.pub.m);
  const starts = [-2, -1, 0, 1].map((k) => monthIndex(ctx.pub!.y + k, start));
  const dir = modifierDirection(pre, true) ?? (tense === 'past' ? 'before' : 'after');
  const current = starts.find((s) => s <= now && now < s + months);
  if (dir === 'this') return current ?? starts.find((s) => s > now) ?? null;
  if (dir === 'strict-after') return starts.find((s) => s > now) ?? null;
  if (dir === 'strict-before') return [...starts].reverse().find((s) => s + months <= now) ?? null;
  if (dir === 'before') return [...starts].reverse().find((s) => s <= now) ?? null;
  return current ?? starts.find((s) => s > now) ?? null;
}

/** Relative weeks, months and years, and seasons, in the digit-folded sentence. */
export function findPeriods(text: string, ctx: DateContext, out: Candidate[]): void {
  scan(
    PERIOD_RE,
    text,
    (m) => {
      const g = m.groups ?? {};
      const unit = unitOf.get((g.u ?? '').normalize('NFC').toLowerCase());
      const dir = modifierDirection(g.pre, true);
      // A bare unit counts only with a qualifier that ties it to now ("মাসের শেষ দিকে" = the end of this month).
      if (!unit || (!dir && !(g.qa && unit !== 'year'))) return null;
      const shift = dir === 'strict-after' ? 1 : dir === 'strict-before' ? -1 : 0;
      return period(ctx, unit, shift);
    },
    out,
  );
  scan(
    SEASON_RE,
    text,
    (m) => {
      const g = m.groups ?? {};
      const season = seasonOf(g.firm ?? g.loose ?? '');
      // Loose names are also ordinary words (শীত, fall): they need a modifier.
      if (!season || (g.loose && !g.pre)) return null;
      const first = seasonStart(ctx, season.start, season.months, ctx.tense, g.pre);
      if (first === null) return null;
      const { y, m: month } = fromMonthIndex(first);
      return { value: formatMonth(y, month), precision: 'season', relative: true };
    },
    out,
  );
}
