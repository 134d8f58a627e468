/** Regex fragments and lookups built once from the word tables in `months.ts`. */
import { AFTER_WORDS, BEFORE_WORDS, MONTHS, NUMBER_WORDS, SEASONS, THIS_WORDS, WEEKDAYS } from './months';
import { alternation, foldKey } from './script';

/** True for Latin-script words, which need a preposition before a lone month name ("in May", not "may"). */
export const isLatin = (word: string): boolean => /^[A-Za-z]/.test(word);

/** English names also in capitals ("FEBRUARY"), as headlines and datelines write them. */
function withCase(names: readonly string[]): string[] {
  return names.flatMap((n) => (/^[A-Za-z]/.test(n) ? [n, n.toUpperCase()] : [n]));
}

const monthByKey = new Map<string, number>();
for (const { m, names, short } of MONTHS) for (const n of [...names, ...short]) monthByKey.set(foldKey(n), m);

const weekdayByKey = new Map<string, number>();
for (const { wd, names } of WEEKDAYS) for (const n of names) weekdayByKey.set(foldKey(n), wd);

const seasonByKey = new Map<string, { start: number; months: number }>();
for (const s of SEASONS) for (const n of [...s.names, ...s.loose]) seasonByKey.set(foldKey(n), s);

const numberByKey = new Map<string, number>(Object.entries(NUMBER_WORDS).map(([w, n]) => [foldKey(w), n]));

/** Bengali মে (May) opens মেয়ে (girl) and মেয়র (mayor): it is a month only when no য় follows. */
const guardMay = (source: string): string => source.replace(/(^|\|)মে(?=\||$)/u, '$1মে(?!য\u09bc|\u09df)');

/** Full month names: enough on their own ("ফেব্রুয়ারিতে", "फरवरी में"). */
export const MONTH_FULL = guardMay(alternation(withCase(MONTHS.flatMap((x) => x.names))));
/** Full or short month names: short ones ("Feb", "Sept") only next to a day or a year. */
export const MONTH_ANY = guardMay(alternation(withCase(MONTHS.flatMap((x) => [...x.names, ...x.short]))));
/** A full stop after a short month name ("Feb."), never after a full one, where it ends the sentence. */
export const SHORT_DOT = `(?:(?<=${alternation(withCase(MONTHS.flatMap((x) => x.short)))})\\.)?`;
export const WEEKDAY = alternation(withCase(WEEKDAYS.flatMap((x) => x.names)));
export const SEASON_FIRM = alternation(withCase(SEASONS.flatMap((x) => x.names)));
export const SEASON_LOOSE = alternation(SEASONS.flatMap((x) => x.loose));
export const NUMBER = `\\d{1,2}|${alternation(Object.keys(NUMBER_WORDS))}`;
/**
 * A day of the month as digits or, as Hindi agency copy writes days below ten, as a Bengali or
 * Hindi word ("पांच जुलाई"). English words are left out: "a March rally" is no date.
 */
export const DAY_NUMBER = `\\d{1,2}|${alternation(Object.keys(NUMBER_WORDS).filter((w) => !isLatin(w)))}`;
export const MODIFIER = alternation([...BEFORE_WORDS, ...AFTER_WORDS, ...THIS_WORDS]);

/** Bengali case endings glued to a date word (ফেব্রুয়ারিতে, বৃহস্পতিবারে, জুলাইয়ের), optionally after a hyphen. */
export const BN_SUFFIX = `(?:-?(?:${alternation(['তেই', 'তে', 'য়ের', 'য়ে', 'য়', 'ের', 'এর', 'র', 'েই', 'ই', 'ে', 'ও', 'কে'])}))?`;
/** Ordinal endings after a day number: 4th, ৪ঠা, ১লা, ২১শে, ৫ই. */
export const DAY_ORDINAL = `(?:st|nd|rd|th|${alternation(['ঠা', 'লা', 'রা', 'শে', 'ই', 'এ'])})?`;

export const monthOf = (word: string): number | null => monthByKey.get(foldKey(word)) ?? null;
export const weekdayOf = (word: string): number | null => weekdayByKey.get(foldKey(word)) ?? null;
export const seasonOf = (word: string): { start: number; months: number } | null =>
  seasonByKey.get(foldKey(word)) ?? null;

/** A count written in digits or as a word; null for anything else. */
export function numberOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return numberByKey.get(foldKey(word.replace(/['’]$/, ''))) ?? null;
}
