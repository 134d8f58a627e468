/** The months a time slider steps through, "YYYY-MM", first to last inclusive. Pure. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.slice(0, 7).split('-').map(Number) as [number, number];
  const [ly, lm] = last.slice(0, 7).split('-').map(Number) as [number, number];
  while ((y < ly || (y === ly && m <= lm)) && out.length < 1200) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** First and last month of the dated meetings, or null when none is dated. */
export function meetingMonths(dates: readonly (string | null)[]): [string, string] | null {
  const months = dates
    .filter((d): d is string => !!d && d.length >= 7)
    .map((d) => d.slice(0, 7))
    .sort();
  return months.length ? [months[0]!, months[months.length - 1]!] : null;
}
