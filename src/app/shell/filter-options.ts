/** What each filter can choose from: only values the dataset contains. Pure. */
import type { Dataset } from '../../shared/schema';

export interface FilterOptions {
  countries: string[];
  people: string[];
  minerals: string[];
  types: string[];
  statuses: string[];
  languages: string[];
  /** First and last month with a dated event or article, "YYYY-MM". */
  months: [string, string] | null;
}

const uniq = (xs: Iterable<string>) => [...new Set(xs)].sort();

export function filterOptions(d: Dataset): FilterOptions {
  const dates = [...d.events.map((e) => e.date), ...d.articles.map((a) => a.published)]
    .filter((x): x is string => !!x && x.length >= 7)
    .map((x) => x.slice(0, 7))
    .sort();
  return {
    countries: uniq([...d.events.flatMap((e) => e.countries), ...d.articles.flatMap((a) => a.countries)]),
    people: d.people.map((p) => p.id),
    minerals: uniq([...d.events.flatMap((e) => e.minerals), ...d.articles.flatMap((a) => a.minerals)]),
    types: uniq(d.events.map((e) => e.type)),
    statuses: uniq(d.events.map((e) => e.status)),
    languages: uniq(d.articles.map((a) => a.language)),
    months: dates.length ? [dates[0]!, dates[dates.length - 1]!] : null,
  };
}
