/**
 * Events other than meetings: export controls, tariffs, agreements and initiatives, military
 * incidents. A sentence with such a word and at least one country reports one; every country
 * the sentence names takes part (for an export control, the rival named is usually the actor).
 */
import type { EventType, Tone } from '../../shared/vocab';
import type { Candidate } from './candidate';
import type { ArticleContext } from './context';
import { eventDate, eventStatus, evidence } from './sentence-event';

const TYPES: { cue: EventType; tone: Tone }[] = [
  { cue: 'export-control', tone: 'conflict' },
  { cue: 'tariff', tone: 'conflict' },
  { cue: 'military-incident', tone: 'conflict' },
  { cue: 'agreement', tone: 'cooperation' },
];

export function incidentCandidates(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const f of ctx.facts) {
    for (const { cue, tone } of TYPES) {
      if (!f.cues.has(cue as never)) continue;
      const countries = [...new Set([...f.parties.map((p) => p.country), ...f.opposed])];
      // An agreement needs two sides, or a side and a mineral; the other kinds need a country.
      if (countries.length === 0) continue;
      if (cue === 'agreement' && countries.length < 2 && f.minerals.length === 0) continue;
      out.push({
        type: cue,
        kind: null,
        status: eventStatus(ctx, f),
        date: eventDate(ctx, f),
        place: null,
        countries: new Set(countries),
        people: new Set(f.people.map((p) => p.id)),
        visitor: null,
        host: null,
        organisations: new Set(f.organisations.map((o) => o.id)),
        minerals: new Set(f.minerals),
        stages: new Set(f.stages),
        tone,
        sources: [evidence(ctx, f, 0.5)],
        lastSentence: f.index,
        confidence: 0.5,
      });
      break;
    }
  }
  return out;
}
