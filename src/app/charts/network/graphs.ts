/**
 * The node and link lists the two networks draw, derived from (filtered) events with the same
 * rules as the dataset's relations (src/shared/relations.ts).
 */
import type { DiploEvent, Person } from '../../../shared/schema';
import { inIdOrderOnce } from '../../../shared/order';
import { derivePairStats, derivePeopleLinks, relationTone } from '../../../shared/relations';
import type { PairStats, PeopleLink } from '../../../shared/relations';
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
  forEachMeetingOfTwo(
    events,
    (e) => e.countries,
    (c) => {
      const n = meetings.get(c);
      if (n !== undefined) meetings.set(c, n + 1);
    },
  );
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

/**
 * People who met in the same meeting events, grouped by the country they represent. `links` are
 * the events' people links, when the caller has them already.
 */
export function peopleGraph(
  events: readonly DiploEvent[],
  people: readonly Person[],
  label: (person: Person) => string,
  links: readonly PeopleLink[] = derivePeopleLinks(events),
): Graph {
  const byId = new Map(people.map((p) => [p.id, p]));
  // A person's value: the meetings they shared with someone, which are the union of their
  // links' meetings, counted without building that union.
  const counts = new Map<string, number>();
  forEachMeetingOfTwo(
    events,
    (e) => e.people,
    (id) => counts.set(id, (counts.get(id) ?? 0) + 1),
  );
  // Nodes in order of first appearance in the links.
  const ids = new Set<string>();
  for (const l of links) ids.add(l.a).add(l.b);
  const nodes = [...ids].map((id) => {
    const person = byId.get(id);
    return {
      id,
      label: person ? label(person) : id,
      value: counts.get(id) ?? 0,
      group: person?.country ?? null,
    };
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

/**
 * Calls `visit` once per distinct name of every meeting (each meeting once, by id) that has at
 * least two distinct names: the meetings that give a node its links.
 */
function forEachMeetingOfTwo(
  events: readonly DiploEvent[],
  namesOf: (e: DiploEvent) => readonly string[],
  visit: (name: string) => void,
): void {
  const seen = inIdOrderOnce(events) ? null : new Set<string>();
  for (const e of events) {
    if (e.type !== 'meeting') continue;
    if (seen) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
    }
    const names = namesOf(e);
    const distinct = names.filter((name, i) => names.indexOf(name) === i);
    if (distinct.length >= 2) distinct.forEach(visit);
  }
}
