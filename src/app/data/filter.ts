/**
 * Pure derivations from the dataset and the shared filters. Every view calls these, so every
 * view shows the same subset. Partial dates are treated as intervals: "2025-02" is the whole month.
 *
 * A filter change runs these over every event and article (tens of thousands on a large corpus)
 * before any view can draw, so each list gets an index once per dataset (its items' date bounds
 * and, for events, the languages of their sources), the wanted values become sets, and the last
 * result is kept: every component asking with the same filters gets the same array.
 */
import type { Article, Dataset, DiploEvent } from '../../shared/schema';
import { LANGUAGES } from '../../shared/vocab';
import type { Language } from '../../shared/vocab';
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

/** What a filter change reads of each item, worked out once per list. */
interface ListIndex {
  /** First and last day each item's date can mean ('' when undated). */
  start: string[];
  end: string[];
  /** Bit i set when the item is (for events: is reported in) the i-th of vocab's LANGUAGES. */
  languages: Uint8Array;
}

const languageBit = (l: Language) => 1 << LANGUAGES.indexOf(l);
const indexes = new WeakMap<readonly object[], ListIndex>();

function indexOf<T extends object>(
  list: readonly T[],
  dateOf: (item: T) => string | null,
  languagesOf: () => (item: T) => number,
): ListIndex {
  let index = indexes.get(list);
  if (!index) {
    const languages = languagesOf();
    index = { start: [], end: [], languages: new Uint8Array(list.length) };
    list.forEach((item, i) => {
      const date = dateOf(item);
      const [start, end] = date ? dateBounds(date) : ['', ''];
      index!.start.push(start);
      index!.end.push(end);
      index!.languages[i] = languages(item);
    });
    indexes.set(list, index);
  }
  return index;
}

function eventIndex(dataset: Dataset): ListIndex {
  return indexOf(
    dataset.events,
    (e) => e.date,
    () => {
      const languageOf = new Map(dataset.articles.map((a) => [a.id, a.language]));
      return (e) => {
        let bits = 0;
        for (const s of e.sources) {
          const l = languageOf.get(s.articleId);
          if (l) bits |= languageBit(l);
        }
        return bits;
      };
    },
  );
}

function articleIndex(dataset: Dataset): ListIndex {
  return indexOf(
    dataset.articles,
    (a) => a.published,
    () => (a) => languageBit(a.language),
  );
}

/**
 * The indexes a dataset's first filter change would otherwise build (tens of ms on a large
 * corpus), one step each, for moments when the page is idle (see provideDataset).
 */
export function filterIndexSteps(dataset: Dataset): (() => void)[] {
  return [() => eventIndex(dataset), () => articleIndex(dataset)];
}

/** The tests shared by events and articles, compiled from the filters once per call. */
interface Compiled {
  from: string | null;
  to: string | null;
  languages: number;
  countries: Set<string> | null;
  people: Set<string> | null;
  minerals: Set<string> | null;
}

const setOf = (list: readonly string[]) => (list.length ? new Set(list) : null);

function anyIn(values: readonly string[], wanted: Set<string> | null): boolean {
  if (wanted === null) return true;
  for (let i = 0; i < values.length; i++) if (wanted.has(values[i]!)) return true;
  return false;
}

function compile(filters: Filters): Compiled {
  return {
    from: filters.from ? dateBounds(filters.from)[0] : null,
    to: filters.to ? dateBounds(filters.to)[1] : null,
    languages: filters.languages.reduce((bits, l) => bits | languageBit(l), 0),
    countries: setOf(filters.countries),
    people: setOf(filters.people),
    minerals: setOf(filters.minerals),
  };
}

/**
 * Item i passes the date range (its dates overlap [from, to]; an undated item passes an open range
 * only) and the language filter.
 */
function passesIndex(index: ListIndex, i: number, c: Compiled): boolean {
  if (c.languages && !(index.languages[i]! & c.languages)) return false;
  if (c.from || c.to) {
    if (!index.start[i]) return false;
    if (c.from && index.end[i]! < c.from) return false;
    if (c.to && index.start[i]! > c.to) return false;
  }
  return true;
}

function passesEntities(
  item: { countries: readonly string[]; people: readonly string[]; minerals: readonly string[] },
  c: Compiled,
): boolean {
  return (
    anyIn(item.countries, c.countries) && anyIn(item.people, c.people) && anyIn(item.minerals, c.minerals)
  );
}

let lastEvents: { dataset: Dataset; filters: Filters; result: readonly DiploEvent[] } | null = null;

/**
 * The events every view draws: all filters applied. With none, the dataset's own list (not a
 * copy), so what views derive from every event can be derived once and shared.
 */
export function filterEvents(dataset: Dataset, filters: Filters): readonly DiploEvent[] {
  if (noFilter(filters)) return dataset.events;
  if (lastEvents?.dataset === dataset && lastEvents.filters === filters) return lastEvents.result;
  const index = eventIndex(dataset);
  const c = compile(filters);
  const types = setOf(filters.types);
  const statuses = setOf(filters.statuses);
  const result: DiploEvent[] = [];
  const at: number[] = [];
  dataset.events.forEach((e, i) => {
    if (
      (types === null || types.has(e.type)) &&
      (statuses === null || statuses.has(e.status)) &&
      passesIndex(index, i, c) &&
      passesEntities(e, c)
    ) {
      result.push(e);
      at.push(i);
    }
  });
  positions.set(result, { dataset, at: Int32Array.from(at) });
  lastEvents = { dataset, filters, result };
  return result;
}

/** Where each event of a list filterEvents returned (or of a dataset's own list) sits in dataset.events. */
const positions = new WeakMap<readonly DiploEvent[], { dataset: Dataset; at: Int32Array }>();

/**
 * The positions in `dataset.events` of `events`, ascending, when `events` is the dataset's list or
 * one filterEvents returned for it; null for any other list. Lets per-dataset indexes (see
 * pair-index.ts) serve a filtered list without looking its events up.
 */
export function eventPositions(dataset: Dataset, events: readonly DiploEvent[]): Int32Array | null {
  let found = positions.get(events);
  if (!found && events === dataset.events) {
    positions.set(events, (found = { dataset, at: Int32Array.from(events, (_, i) => i) }));
  }
  return found?.dataset === dataset ? found.at : null;
}

let lastArticles: { dataset: Dataset; filters: Filters; result: readonly Article[] } | null = null;

/** The articles the Sources view lists: entity and language filters, and the publication date range. */
export function filterArticles(dataset: Dataset, filters: Filters): readonly Article[] {
  if (noFilter(filters)) return dataset.articles;
  if (lastArticles?.dataset === dataset && lastArticles.filters === filters) return lastArticles.result;
  const index = articleIndex(dataset);
  const c = compile(filters);
  const result = dataset.articles.filter((a, i) => passesIndex(index, i, c) && passesEntities(a, c));
  lastArticles = { dataset, filters, result };
  return result;
}
