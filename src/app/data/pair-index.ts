/**
 * Country pairs and people pairs of filtered events, from an index built once per dataset.
 *
 * The relations charts need, on every filter change, what src/shared/relations.ts derives from
 * the filtered events: a few ten thousand pairs with their counts, dates and event ids. Derived
 * from scratch that takes tens of ms for ten thousand events, most of it finding pairs by name
 * and building lists. The index does that once: names become ranks, every pair gets a number in
 * (a, b) order, and every event lists its pairs. A filter change then counts into typed arrays
 * by number and makes one record per pair it finds.
 *
 * The results are exactly those of derivePairStats and derivePeopleLinks (the property test in
 * test/app/data/pair-index.test.ts holds them to it); a list the index cannot place (not the
 * dataset's nor one filterEvents returned) is derived the plain way.
 */
import { derivePairStats, derivePeopleLinks, eventTone, roundWeight } from '../../shared/relations';
import type { PairStats, PeopleLink } from '../../shared/relations';
import { inIdOrderOnce } from '../../shared/order';
import type { Dataset, DiploEvent } from '../../shared/schema';
import { eventPositions } from './filter';

/** Pairs of one kind (countries or people) over every event of a dataset. */
interface PairIndex {
  /** Distinct names in code-unit order. */
  names: string[];
  /** Ranks (into names) of each pair's a and b, pairs in (a, b) order. */
  pairA: Int32Array;
  pairB: Int32Array;
  /** The pairs of event i: pairs[start[i]] up to pairs[start[i + 1]]. */
  start: Int32Array;
  pairs: Int32Array;
  /** Distinct names of event i (0 when the event is left out, such as a non-meeting for people). */
  size: Int32Array;
}

/** Builds the index; `namesOf` gives an event's names, or null to leave the event out. */
function buildIndex(
  events: readonly DiploEvent[],
  namesOf: (e: DiploEvent) => readonly string[] | null,
): PairIndex {
  const all = new Set<string>();
  for (const e of events) for (const name of namesOf(e) ?? []) all.add(name);
  const names = [...all].sort();
  const rank = new Map(names.map((name, i) => [name, i]));
  const n = names.length;
  // First pass: each event's pairs as keys rank(a) * n + rank(b).
  const size = new Int32Array(events.length);
  const start = new Int32Array(events.length + 1);
  const keys: number[] = [];
  events.forEach((e, i) => {
    const ranks: number[] = [];
    for (const name of namesOf(e) ?? []) {
      const r = rank.get(name)!;
      if (!ranks.includes(r)) ranks.push(r);
    }
    ranks.sort((x, y) => x - y);
    size[i] = ranks.length;
    for (let x = 0; x < ranks.length; x++)
      for (let y = x + 1; y < ranks.length; y++) keys.push(ranks[x]! * n + ranks[y]!);
    start[i + 1] = keys.length;
  });
  // Number the distinct keys in order: pair numbers follow (a, b).
  const distinct = Float64Array.from(new Set(keys)).sort();
  const number = new Map<number, number>();
  distinct.forEach((key, p) => number.set(key, p));
  return {
    names,
    pairA: Int32Array.from(distinct, (key) => Math.floor(key / n)),
    pairB: Int32Array.from(distinct, (key) => key % n),
    start,
    pairs: Int32Array.from(keys, (key) => number.get(key)!),
    size,
  };
}

/** What a country pair reads of each event, by position. */
interface EventFacts {
  meeting: Uint8Array;
  /** 1 cooperation, 2 conflict, 0 neither. */
  tone: Uint8Array;
  /** Rank of the event's date among the dataset's dates in code-unit order; -1 undated. */
  date: Int32Array;
  dates: string[];
}

/** Each index is built on first use, per dataset. */
const countryIndexes = new WeakMap<Dataset, PairIndex>();
const peopleIndexes = new WeakMap<Dataset, PairIndex>();
const factIndexes = new WeakMap<Dataset, EventFacts>();

function cached<T>(cache: WeakMap<Dataset, T>, dataset: Dataset, build: () => T): T {
  let found = cache.get(dataset);
  if (found === undefined) cache.set(dataset, (found = build()));
  return found;
}

const countryIndex = (dataset: Dataset) =>
  cached(countryIndexes, dataset, () => buildIndex(dataset.events, (e) => e.countries));

const peopleIndex = (dataset: Dataset) =>
  cached(peopleIndexes, dataset, () =>
    buildIndex(dataset.events, (e) => (e.type === 'meeting' ? e.people : null)),
  );

const eventFacts = (dataset: Dataset) =>
  cached(factIndexes, dataset, (): EventFacts => {
    const { events } = dataset;
    const dates = [...new Set(events.flatMap((e) => (e.date ? [e.date] : [])))].sort();
    const dateRank = new Map(dates.map((d, i) => [d, i]));
    return {
      meeting: Uint8Array.from(events, (e) => (e.type === 'meeting' ? 1 : 0)),
      tone: Uint8Array.from(events, (e) => {
        const tone = eventTone(e);
        return tone === 'cooperation' ? 1 : tone === 'conflict' ? 2 : 0;
      }),
      date: Int32Array.from(events, (e) => (e.date ? dateRank.get(e.date)! : -1)),
      dates,
    };
  });

/**
 * The positions of `events` in the dataset when the index can serve them: the dataset's events
 * must be unique and in id order (as the pipeline writes them), which is the order the plain
 * derivations read events in.
 */
function servedPositions(dataset: Dataset, events: readonly DiploEvent[]): Int32Array | null {
  const at = eventPositions(dataset, events);
  return at && inIdOrderOnce(dataset.events) ? at : null;
}

/** Per pair, the ids of the events at `at` that have it, in position order; null where none. */
function pairEventIds(ix: PairIndex, events: readonly DiploEvent[], at: Int32Array, count: Int32Array) {
  const ids = new Array<string[] | null>(count.length).fill(null);
  const filled = new Int32Array(count.length);
  for (const i of at) {
    const { id } = events[i]!;
    for (let k = ix.start[i]!; k < ix.start[i + 1]!; k++) {
      const p = ix.pairs[k]!;
      const list = (ids[p] ??= new Array<string>(count[p]!));
      list[filled[p]!++] = id;
    }
  }
  return ids;
}

/** One record per pair that some event has (count > 0), in pair order: by a, then b. */
function records<T>(ix: PairIndex, count: Int32Array, make: (p: number, a: string, b: string) => T): T[] {
  const out: T[] = [];
  for (let p = 0; p < count.length; p++) {
    if (count[p]! > 0) out.push(make(p, ix.names[ix.pairA[p]!]!, ix.names[ix.pairB[p]!]!));
  }
  return out;
}

/** derivePairStats(events), from the dataset's index when it can serve `events`. */
export function pairStatsOf(dataset: Dataset, events: readonly DiploEvent[]): PairStats[] {
  const at = servedPositions(dataset, events);
  if (!at) return derivePairStats(events);
  const ix = countryIndex(dataset);
  const facts = eventFacts(dataset);
  const P = ix.pairA.length;
  const count = new Int32Array(P);
  const meetings = new Int32Array(P);
  const multilateral = new Int32Array(P);
  const cooperation = new Int32Array(P);
  const conflict = new Int32Array(P);
  const weight = new Float64Array(P);
  const first = new Int32Array(P).fill(-1);
  const last = new Int32Array(P).fill(-1);
  for (const i of at) {
    const n = ix.size[i]!;
    const meeting = facts.meeting[i] === 1;
    const tone = facts.tone[i]!;
    const date = facts.date[i]!;
    for (let k = ix.start[i]!; k < ix.start[i + 1]!; k++) {
      const p = ix.pairs[k]!;
      count[p]!++;
      if (meeting) {
        meetings[p]!++;
        // Added in id order, as derivePairStats adds them: the same sum to the last bit.
        weight[p]! += 1 / (n - 1);
        if (n > 2) multilateral[p]!++;
      }
      if (tone === 1) cooperation[p]!++;
      if (tone === 2) conflict[p]!++;
      if (date >= 0) {
        if (first[p]! < 0 || date < first[p]!) first[p] = date;
        if (date > last[p]!) last[p] = date;
      }
    }
  }
  const ids = pairEventIds(ix, dataset.events, at, count);
  const date = (rank: number) => (rank < 0 ? null : facts.dates[rank]!);
  return records(ix, count, (p, a, b) => ({
    a,
    b,
    meetings: meetings[p]!,
    events: ids[p]!,
    cooperation: cooperation[p]!,
    conflict: conflict[p]!,
    first: date(first[p]!),
    last: date(last[p]!),
    weight: roundWeight(weight[p]!),
    multilateral: multilateral[p]!,
  }));
}

/** derivePeopleLinks(events), from the dataset's index when it can serve `events`. */
export function peopleLinksOf(dataset: Dataset, events: readonly DiploEvent[]): PeopleLink[] {
  const at = servedPositions(dataset, events);
  if (!at) return derivePeopleLinks(events);
  const ix = peopleIndex(dataset);
  const P = ix.pairA.length;
  const count = new Int32Array(P);
  const weight = new Float64Array(P);
  for (const i of at) {
    const n = ix.size[i]!;
    for (let k = ix.start[i]!; k < ix.start[i + 1]!; k++) {
      const p = ix.pairs[k]!;
      count[p]!++;
      weight[p]! += 1 / (n - 1);
    }
  }
  const ids = pairEventIds(ix, dataset.events, at, count);
  return records(ix, count, (p, a, b) => ({
    a,
    b,
    meetings: count[p]!,
    events: ids[p]!,
    weight: roundWeight(weight[p]!),
  }));
}

/** A dataset's pair indexes, one step each, for moments when the page is idle (see provideDataset). */
export function pairIndexSteps(dataset: Dataset): (() => void)[] {
  return [() => eventFacts(dataset), () => countryIndex(dataset), () => peopleIndex(dataset)];
}
