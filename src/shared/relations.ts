/**
 * Country pairs and people pairs derived from events. Used by the pipeline's relations stage (to
 * write `dataset.relations`) and by the app (to redraw the charts from the filtered events), so
 * both always agree. Events arrive already merged: one real-world event is one event whatever
 * the number of articles that report it, so a pair counts it once.
 */
import type { DiploEvent, Relation } from './schema';
import type { EventType, Tone } from './vocab';
import { inIdOrder } from './order';

/**
 * A relation plus how much of it comes from big multilateral meetings. `weight` sums 1/(n-1) over
 * the meetings of n countries, so each meeting adds at most 1 to a country's weighted degree:
 * a bilateral counts 1 for its pair, a 10-country summit 1/9 for each of its 45 pairs. Charts
 * use it to keep one summit from drawing a dense web of thick edges.
 */
export interface PairStats extends Relation {
  /** Meetings, each weighted 1/(n-1) for a meeting of n countries. */
  weight: number;
  /** Meetings of three or more countries among `meetings`. */
  multilateral: number;
}

/** Meetings and agreements are cooperation, the rest conflict, unless the event's tone says otherwise. */
const TYPE_TONE: Record<EventType, Tone> = {
  meeting: 'cooperation',
  agreement: 'cooperation',
  'export-control': 'conflict',
  tariff: 'conflict',
  'military-incident': 'conflict',
};

/** The tone an event gives the pairs it links; a non-neutral `tone` field is authoritative. */
export function eventTone(event: DiploEvent): Tone {
  return event.tone !== 'neutral' ? event.tone : TYPE_TONE[event.type];
}

function distinctSorted(values: readonly string[]): string[] {
  if (values.length === 2) {
    const [x, y] = values as [string, string];
    return x < y ? [x, y] : x > y ? [y, x] : [x];
  }
  return [...new Set(values)].sort();
}

/** Calls `visit` with every unordered pair (a < b) of a sorted list. */
function forEachPair(sorted: readonly string[], visit: (a: string, b: string) => void): void {
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) visit(sorted[i]!, sorted[j]!);
}

/** Each event once, in id order, so the result does not depend on input order or duplicates. */
function uniqueEvents(events: readonly DiploEvent[]): readonly DiploEvent[] {
  if (inIdOrder(events)) return events;
  const byId = new Map<string, DiploEvent>();
  for (const e of events) if (!byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Weights are kept to three decimals. */
export const roundWeight = (w: number) => Math.round(w * 1000) / 1000;

/**
 * Records per unordered pair (a < b), kept by a then b so that the sorted list needs no string
 * keys: a few ten thousand pairs come from a large dataset on every filter change.
 */
class PairTable<T> {
  private readonly byA = new Map<string, Map<string, T>>();

  get(a: string, b: string, make: () => T): T {
    let inner = this.byA.get(a);
    if (!inner) this.byA.set(a, (inner = new Map()));
    let r = inner.get(b);
    if (r === undefined) inner.set(b, (r = make()));
    return r;
  }

  /** The records sorted by a then b (code-unit order). */
  sorted(): T[] {
    const out: T[] = [];
    for (const a of [...this.byA.keys()].sort()) {
      const inner = this.byA.get(a)!;
      for (const b of [...inner.keys()].sort()) out.push(inner.get(b)!);
    }
    return out;
  }
}

/** Country pairs with their meetings, tone counts, date range and multilateral weight. */
export function derivePairStats(events: readonly DiploEvent[]): PairStats[] {
  const table = new PairTable<PairStats>();
  for (const event of uniqueEvents(events)) {
    const countries = distinctSorted(event.countries);
    if (countries.length < 2) continue;
    const tone = eventTone(event);
    const isMeeting = event.type === 'meeting';
    forEachPair(countries, (a, b) => {
      const r = table.get(a, b, () => ({
        a,
        b,
        meetings: 0,
        events: [],
        cooperation: 0,
        conflict: 0,
        first: null,
        last: null,
        weight: 0,
        multilateral: 0,
      }));
      r.events.push(event.id);
      if (isMeeting) {
        r.meetings += 1;
        r.weight += 1 / (countries.length - 1);
        if (countries.length > 2) r.multilateral += 1;
      }
      if (tone === 'cooperation') r.cooperation += 1;
      if (tone === 'conflict') r.conflict += 1;
      // Partial dates compare as strings of their start: "2025" < "2025-01" < "2025-01-05".
      if (event.date) {
        if (r.first === null || event.date < r.first) r.first = event.date;
        if (r.last === null || event.date > r.last) r.last = event.date;
      }
    });
  }
  const out = table.sorted();
  for (const r of out) r.weight = roundWeight(r.weight);
  return out;
}

/** The `Relation` records of the data contract, sorted by a then b. */
export function deriveRelations(events: readonly DiploEvent[]): Relation[] {
  return derivePairStats(events).map(
    ({ a, b, meetings, events: ids, cooperation, conflict, first, last }) => ({
      a,
      b,
      meetings,
      events: ids,
      cooperation,
      conflict,
      first,
      last,
    }),
  );
}

/** Two people who took part in the same meetings. */
export interface PeopleLink {
  /** Person ids, a < b. */
  a: string;
  b: string;
  /** Distinct meetings both took part in. */
  meetings: number;
  /** Ids of those meetings. */
  events: string[];
  /** Meetings weighted 1/(n-1) for a meeting of n people (see PairStats). */
  weight: number;
}

/** People who met: co-participants of the same meeting event, sorted by a then b. */
export function derivePeopleLinks(events: readonly DiploEvent[]): PeopleLink[] {
  const table = new PairTable<PeopleLink>();
  for (const event of uniqueEvents(events)) {
    if (event.type !== 'meeting') continue;
    const people = distinctSorted(event.people);
    forEachPair(people, (a, b) => {
      const link = table.get(a, b, () => ({ a, b, meetings: 0, events: [], weight: 0 }));
      link.meetings += 1;
      link.events.push(event.id);
      link.weight += 1 / (people.length - 1);
    });
  }
  const out = table.sorted();
  for (const l of out) l.weight = roundWeight(l.weight);
  return out;
}

/** The tone a chart shows for a pair: whichever of cooperation and conflict has more events. */
export function relationTone(r: Pick<Relation, 'cooperation' | 'conflict'>): Tone {
  return r.cooperation > r.conflict ? 'cooperation' : r.conflict > r.cooperation ? 'conflict' : 'neutral';
}
