/** Calendar arithmetic on day numbers (days since 1970-01-01, UTC); never the machine's time zone. */

const MS_PER_DAY = 86_400_000;

export interface Ymd {
  y: number;
  /** 1-12 */
  m: number;
  d: number;
}

export function toDay(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDay(day: number): Ymd {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

/** The Monday starting the ISO week that holds `day`. */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const back = fromDay(toDay(y, m, d));
  return back.y === y && back.m === m && back.d === d;
}

/** Reads "YYYY-MM-DD"; null when malformed or not a real date. */
export function parseIso(text: string | null): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDay(day: number): string {
  const { y, m, d } = fromDay(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** Months counted from year 0, so that month arithmetic is integer arithmetic. */
export function monthIndex(y: number, m: number): number {
  return y * 12 + (m - 1);
}

export function fromMonthIndex(index: number): { y: number; m: number } {
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}
