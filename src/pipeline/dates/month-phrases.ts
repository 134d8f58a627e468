/** Months without a day: "ফেব্রুয়ারি ২০২৬", "फरवरी में", "early February", "मार्च के पहले हफ्ते". */
import { modifierDirection, type Direction } from './anchor';
import { formatMonth } from './calendar';
import { isPlausibleYear, monthValue } from './explicit';
import { scan, type Candidate, type DateContext } from './mention';
import { WORD_END, WORD_START, alternation, foldKey } from './script';
import { BN_SUFFIX, MODIFIER, MONTH_ANY, MONTH_FULL, SHORT_DOT, isLatin, monthOf } from './words';

const PREFIX = `(?:(?<pre>${MODIFIER})\\s+)?`;
const MONTH_YEAR = new RegExp(
  `${WORD_START}${PREFIX}(?<mon>${MONTH_ANY})${SHORT_DOT}${BN_SUFFIX}(?:\\s+(?:${alternation(['মাসের', 'মাস', 'of'])}))?,?\\s*(?<y>\\d{4})(?!\\d)`,
  'gu',
);

// Words that put a lone month in its first week ("early February", "ফেব্রুয়ারি মাসের শুরুতেই", "मार्च के पहले हफ्ते").
const EARLY_BEFORE = [
  'early',
  'Early',
  'the first week of',
  'the beginning of',
  'the start of',
  'beginning of',
  'start of',
];
const OTHER_BEFORE = [
  'late',
  'Late',
  'mid',
  'Mid',
  'the end of',
  'end of',
  'the middle of',
  'the last week of',
];
const EARLY_AFTER = ['শুরুতেই', 'শুরুতে', 'শুরুর দিকে', 'গোড়ায়', 'প্রথম সপ্তাহে', 'প্রথম সপ্তাহের', 'প্রথম দিকে'];
const EARLY_AFTER_HI = ['के पहले हफ्ते', 'के पहले सप्ताह', 'के पहले हफ़्ते', 'की शुरुआत', 'के शुरू', 'के शुरुआती'];
const OTHER_AFTER = ['মাঝামাঝি', 'শেষ দিকে', 'শেষের দিকে', 'শেষে', 'শেষ সপ্তাহে', 'শেষার্ধে'];
const OTHER_AFTER_HI = ['के आखिरी', 'के अंतिम', 'के अंत', 'के आखिर', 'के मध्य', 'के बीच', 'के दूसरे'];

// A month tied to a year named relative to publication: "এ বছরের ফেব্রুয়ারিতে", "इस साल फरवरी में", "in February last year".
const YEAR_WORDS = alternation(['বছরের', 'বছর', 'সালের', 'साल', 'वर्ष', "year's"]);
const MONTH_ALONE = new RegExp(
  `${WORD_START}(?:(?<ypre>${MODIFIER})\\s+(?:${YEAR_WORDS})(?:\\s+(?:के|की))?\\s+)?${PREFIX}(?:(?:(?<early>${alternation(EARLY_BEFORE)})|(?<other>${alternation(OTHER_BEFORE)}))[\\s-]*)?` +
    `(?<mon>${MONTH_FULL})${BN_SUFFIX}${WORD_END}(?:\\s+(?:${alternation(['মাসের', 'মাসে', 'মাস'])}))?` +
    `(?:\\s+(?:(?<earlyq>${alternation([...EARLY_AFTER, ...EARLY_AFTER_HI])})|(?<otherq>${alternation([...OTHER_AFTER, ...OTHER_AFTER_HI])}))${WORD_END})?` +
    `(?:,?\\s+(?<ypost>${MODIFIER})\\s+year${WORD_END})?`,
  'gu',
);
function inYear(pubYear: number, dir: Direction, m: number): { value: string } {
  return { value: formatMonth(pubYear + (dir === 'strict-after' ? 1 : dir === 'strict-before' ? -1 : 0), m) };
}
// "২০২৪ সালের আগস্টে": a month after its year.
const YEAR_MONTH = new RegExp(
  `${WORD_START}(?<y>\\d{4})\\s*-?(?:${alternation(['সালের', 'সনের'])})\\s+(?<mon>${MONTH_FULL})${BN_SUFFIX}${WORD_END}`,
  'gu',
);
const MARCH = new Set(['मार्च', 'মার্চ'].map(foldKey));
const AFTER_MARCH = new RegExp(
  `^\\s*(?:${alternation(['में', 'तक', 'से', 'के', 'की', 'का', 'को', 'महीने', 'माह', 'মাসে', 'মাসের', 'মাস', 'থেকে', 'পর্যন্ত', 'নাগাদ'])})${WORD_END}`,
  'u',
);
const ENGLISH_CUE =
  /(?:^|[^A-Za-z])(?:in|by|since|until|till|through|during|from|before|after|around|of|to|and|or|between)\s+$/i;

/** Month-year and lone months in the digit-folded sentence. */
export function findMonthPhrases(text: string, ctx: DateContext, out: Candidate[]): void {
  scan(
    MONTH_YEAR,
    text,
    (m) => {
      const mon = monthOf(m.groups?.mon ?? '');
      const y = Number(m.groups?.y);
      if (mon === null || !isPlausibleYear(y)) return null;
      return { value: formatMonth(y, mon), precision: 'month', relative: false };
    },
    out,
  );
  scan(
    YEAR_MONTH,
    text,
    (m) => {
      const mon = monthOf(m.groups?.mon ?? '');
      const y = Number(m.groups?.y);
      return mon === null || !isPlausibleYear(y)
        ? null
        : { value: formatMonth(y, mon), precision: 'month', relative: false };
    },
    out,
  );
  scan(
    MONTH_ALONE,
    text,
    (m) => {
      const g = m.groups ?? {};
      const word = g.mon ?? '';
      const mon = monthOf(word);
      if (mon === null) return null;
      // मार्च / মার্চ is also a protest march ("मार्च निकाला", "লং মার্চ"): bare, it needs a postposition after it.
      const bare = !g.pre && !g.early && !g.other && !g.ypre && !g.ypost && m[0].endsWith(word);
      if (bare && MARCH.has(foldKey(word)) && !AFTER_MARCH.test(text.slice(m.index + m[0].length)))
        return null;
      // A lone English month needs a cue ("in May"), or "may" the verb and "March" the noun would count.
      if (
        isLatin(word) &&
        !g.pre &&
        !g.early &&
        !g.other &&
        !g.ypost &&
        !ENGLISH_CUE.test(text.slice(0, m.index))
      )
        return null;
      const ymod = modifierDirection(g.ypre ?? g.ypost, true);
      const resolved = ymod && ctx.pub ? inYear(ctx.pub.y, ymod, mon) : monthValue(ctx, mon, g.pre);
      if (!resolved) return null;
      const early = g.early !== undefined || g.earlyq !== undefined;
      return {
        value: early ? `${resolved.value}-01` : resolved.value,
        precision: early ? 'week' : 'month',
        relative: true,
      };
    },
    out,
  );
}
