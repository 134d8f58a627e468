/**
 * The node and link lists the two networks draw, derived from (filtered) events with the same
 * rules as the dataset's relations (src/shared/relations.ts).
 */
import type { DiploEvent, Person } from '../../../shared/schema';
import { derivePairStats, derivePeopleLinks, relationTone } from '../../../shared/relations';
import type { PairStats } from '../../../shared/relations';
import type { NetLinkInput, NetNodeInput } from './layout-network';

export interface Graph {
  nodes: NetNodeInput[];
  links: NetLinkInput[];
}

/**
 * Countries linked by any event they share. Node value: meetings with at least one other
 * country. Links with no meeting (only tariffs, export controls...) are kept, drawn dashed,
 * because they carry the conflict side of a relation. `stats` are the events' pair stats, when
 * the caller has them already.
 */
export function countryGraph(
  events: readonly DiploEvent[],
  label: (code: string) => string,
  stats: readonly PairStats[] = derivePairStats(events),
): Graph {
  const meetings = new Map<string, number>();
  for (const r of stats) for (const c of [r.a, r.b]) if (!meetings.has(c)) meetings.set(c, 0);
  // Each meeting once (by id), and once per country however often the country is listed.
  const seen = new Set<string>();
  for (const e of events) {
    if (e.type !== 'meeting' || seen.has(e.id)) continue;
    seen.add(e.id);
    const countries = new Set(e.countries);
    if (countries.size < 2) continue;
    for (const c of countries) if (meetings.has(c)) meetings.set(c, meetings.get(c)! + 1);
  }
  const nodes = [...meetings.entries()].map(([id, value]) => ({ id, label: label(id), value, group: null }));
  const links = stats.map((r) => ({
    source: r.a,
    target: r.b,
    value: r.meetings,
    weight: r.weight,
    tone: relationTone(r),
    events: r.events,
  }));
  return { nodes, links };
}

/** People who met in the same meeting events, grouped by the country they represent. */
export function peopleGraph(
  events: readonly DiploEvent[],
  people: readonly Person[],
  label: (person: Person) => string,
): Graph {
  const links = derivePeopleLinks(events);
  const byId = new Map(people.map((p) => [p.id, p]));
  const counts = new Map<string, Set<string>>();
  for (const l of links) {
    for (const id of [l.a, l.b]) {
      let set = counts.get(id);
      if (!set) counts.set(id, (set = new Set()));
      for (const e of l.events) set.add(e);
    }
  }
  const nodes = [...counts.entries()].map(([id, set]) => {
    const person = byId.get(id);
    return { id, label: person ? label(person) : id, value: set.size, group: person?.country ?? null };
  });
  return {
    nodes,
    links: links.map((l) => ({
      source: l.a,
      target: l.b,
      value: l.meetings,
      weight: l.weight,
      tone: 'cooperation' as const,
      events: l.events,
    })),
  };
}
