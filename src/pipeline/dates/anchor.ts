/** Choosing the year (or week) of a date written without one, from the publication date and the tense. */
import { foldKey } from './script';
import { AFTER_WORDS, BEFORE_WORDS, THIS_WORDS } from './months';
import { isValidDate, monthIndex, toDay, type Ymd } from './calendar';
import type { Tense } from './tense';

/** Which occurrence to take: on/before or on/after publication, strictly so, the current one, or the nearest. */
export type Direction = 'before' | 'after' | 'strict-before' | 'strict-after' | 'this' | 'nearest';

const before = new Set(BEFORE_WORDS.map(foldKey));
const after = new Set(AFTER_WORDS.map(foldKey));
const current = new Set(THIS_WORDS.map(foldKey));

/** The direction a modifier word points to ("গত" -> before); `strict` for "last February", "next Tuesday". */
export function modifierDirection(word: string | undefined, strict: boolean): Direction | null {
  if (!word) return null;
  const key = foldKey(word);
  if (before.has(key)) return strict ? 'strict-before' : 'before';
  if (after.has(key)) return strict ? 'strict-after' : 'after';
  if (current.has(key)) return 'this';
  return null;
}

/** Past tense looks back, future looks ahead; with no tense the nearest occurrence wins. */
export function tenseDirection(tense: Tense): Direction {
  return tense === 'past' ? 'before' : tense === 'future' ? 'after' : 'nearest';
}

/** Picks among candidate keys (day or month numbers) relative to `now` in direction `dir`. */
function pick(keys: number[], now: number, dir: Direction): number | null {
  const ok = (k: number): boolean =>
    dir === 'before' ? k <= now : dir === 'after' ? k >= now : dir === 'strict-before' ? k < now : k > now;
  if (dir === 'nearest' || dir === 'this') {
    const sorted = [...keys].sort((a, b) => Math.abs(a - now) - Math.abs(b - now) || a - b);
    return sorted[0] ?? null;
  }
  const fits = keys.filter(ok);
  if (fits.length === 0) return null;
  return dir === 'before' || dir === 'strict-before' ? Math.max(...fits) : Math.min(...fits);
}

/** The year of day `d` of month `m`; null when that day never exists (31 February). */
export function yearOfDayMonth(pub: Ymd, m: number, d: number, dir: Direction): number | null {
  if (dir === 'this') return isValidDate(pub.y, m, d) ? pub.y : null;
  const years = [pub.y - 1, pub.y, pub.y + 1].filter((y) => isValidDate(y, m, d));
  const chosen = pick(
    years.map((y) => toDay(y, m, d)),
    toDay(pub.y, pub.m, pub.d),
    dir,
  );
  return chosen === null ? null : (years.find((y) => toDay(y, m, d) === chosen) ?? null);
}

/** The year of month `m`: past takes the latest on or before publication, future the next on or after. */
export function yearOfMonth(pub: Ymd, m: number, dir: Direction): number | null {
  if (dir === 'this') return pub.y;
  const years = [pub.y - 1, pub.y, pub.y + 1];
  const chosen = pick(
    years.map((y) => monthIndex(y, m)),
    monthIndex(pub.y, pub.m),
    dir,
  );
  return chosen === null ? null : Math.floor(chosen / 12);
}
