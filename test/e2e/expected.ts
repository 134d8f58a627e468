/**
 * What the relations and timeline charts should draw for a dataset, computed here from the
 * dataset's events by the rules (not by the app's code), for the browser tests.
 */
import type { DiploEvent } from '../../src/shared/schema';

const CONFLICT_TYPES = new Set(['export-control', 'tariff', 'military-incident']);

/** An event's tone: its own unless neutral, else conflict for measures and incidents. */
const toneOf = (e: DiploEvent) =>
  e.tone !== 'neutral' ? e.tone : CONFLICT_TYPES.has(e.type) ? 'conflict' : 'cooperation';

export interface ExpectedPair {
  key: string;
  meetings: number;
  events: number;
  tone: 'cooperation' | 'conflict' | 'neutral';
}

/** Every unordered pair of countries sharing an event ("A|B", A < B), each event once. */
export function expectedPairs(events: readonly DiploEvent[]): Map<string, ExpectedPair> {
  const out = new Map<string, { meetings: number; events: number; co: number; cf: number }>();
  const seen = new Set<string>();
  for (const e of events) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    const cs = [...new Set(e.countries)].sort();
    for (let i = 0; i < cs.length; i++)
      for (let j = i + 1; j < cs.length; j++) {
        const key = `${cs[i]}|${cs[j]}`;
        const r = out.get(key) ?? { meetings: 0, events: 0, co: 0, cf: 0 };
        r.events += 1;
        if (e.type === 'meeting') r.meetings += 1;
        if (toneOf(e) === 'conflict') r.cf += 1;
        else r.co += 1;
        out.set(key, r);
      }
  }
  return new Map(
    [...out].map(([key, r]) => [
      key,
      {
        key,
        meetings: r.meetings,
        events: r.events,
        tone: r.co > r.cf ? 'cooperation' : r.cf > r.co ? 'conflict' : 'neutral',
      },
    ]),
  );
}

/** Countries of the country network: those sharing an event with another country. */
export const networkCountries = (events: readonly DiploEvent[]) =>
  new Set(events.filter((e) => new Set(e.countries).size >= 2).flatMap((e) => e.countries));

/** People of the people network: those in a meeting with another named person. */
export const networkPeople = (events: readonly DiploEvent[]) =>
  new Set(events.filter((e) => e.type === 'meeting' && new Set(e.people).size >= 2).flatMap((e) => e.people));
