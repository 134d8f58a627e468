/**
 * Pure derivations from the dataset and the shared filters. Every view calls these, so every
 * view shows the same subset. Partial dates are treated as intervals: "2025-02" is the whole month.
 */
import type { Article, Dataset, DiploEvent } from '../../shared/schema';
import type { Filters } from '../state/store';

/** Bounds already worked out, by date: a dataset has a few thousand distinct dates at most. */
const bounds = new Map<string, readonly [string, string]>();

/**
 * First and last day an ISO partial date ("YYYY", "YYYY-MM", "YYYY-MM-DD") can mean. The result
 * is shared: do not change it.
 */
export function dateBounds(date: string): readonly [string, string] {
  let b = bounds.get(date);
  if (!b) {
    if (bounds.size > 50_000) bounds.clear();
    bounds.set(date, (b = computeBounds(date)));
  }
  return b;
}

function computeBounds(date: string): [string, string] {
  const [y, m, d] = date.split('-');
  if (d) return [date, date];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/** True when a (partial) date overlaps the filter's [from, to]; undated facts pass an open range only. */
export function inDateRange(date: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  const [start, end] = dateBounds(date);
  if (from && end < dateBounds(from)[0]) return false;
  if (to && start > dateBounds(to)[1]) return false;
  return true;
}

function anyIn(values: readonly string[], wanted: readonly string[]): boolean {
  return wanted.length === 0 || values.some((v) => wanted.includes(v));
}

/** Articles matching the language filter, by id. */
export function articleIdsForLanguages(dataset: Dataset, filters: Filters): Set<string> | null {
  if (filters.languages.length === 0) return null;
  return new Set(dataset.articles.filter((a) => filters.languages.includes(a.language)).map((a) => a.id));
}

/** True when no filter narrows the events or articles. */
export function noFilter(filters: Filters): boolean {
  return (
    !filters.from &&
    !filters.to &&
    [
      filters.types,
      filters.statuses,
      filters.countries,
      filters.people,
      filters.minerals,
      filters.languages,
    ].every((list) => list.length === 0)
  );
}

/**
 * The events every view draws: all filters applied. With none, the dataset's own list (not a
 * copy), so what views derive from every event can be derived once and shared.
 */
export function filterEvents(dataset: Dataset, filters: Filters): readonly DiploEvent[] {
  if (noFilter(filters)) return dataset.events;
  const langIds = articleIdsForLanguages(dataset, filters);
  return dataset.events.filter(
    (e) =>
      (filters.types.length === 0 || filters.types.includes(e.type)) &&
      (filters.statuses.length === 0 || filters.statuses.includes(e.status)) &&
      anyIn(e.countries, filters.countries) &&
      anyIn(e.people, filters.people) &&
      anyIn(e.minerals, filters.minerals) &&
      (langIds === null || e.sources.some((s) => langIds.has(s.articleId))) &&
      inDateRange(e.date, filters.from, filters.to),
  );
}

/** The articles the Sources view lists: entity and language filters, and the publication date range. */
export function filterArticles(dataset: Dataset, filters: Filters): readonly Article[] {
  if (noFilter(filters)) return dataset.articles;
  return dataset.articles.filter(
    (a) =>
      (filters.languages.length === 0 || filters.languages.includes(a.language)) &&
      anyIn(a.countries, filters.countries) &&
      anyIn(a.people, filters.people) &&
      anyIn(a.minerals, filters.minerals) &&
      inDateRange(a.published, filters.from, filters.to),
  );
}
