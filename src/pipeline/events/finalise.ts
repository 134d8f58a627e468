/**
 * Turns merged candidates into the dataset's events: fills what the article implies (a held
 * meeting without a date happened by the publication date; without a place, at the dateline),
 * gives each event a stable id and an English summary built from its fields.
 */
import { createHash } from 'node:crypto';
import type { DiploEvent } from '../../shared/schema';
import type { Lexicon } from '../lexicon';
import type { Candidate, CandidatePlace } from './candidate';
import { summarise } from './summary';

/** Fills a held meeting's missing date and place from the article (marked by lower confidence). */
export function fillFromArticle(
  c: Candidate,
  published: string | null,
  dateline: CandidatePlace | null,
): void {
  if (c.type !== 'meeting' || c.status !== 'held') return;
  if (!c.date && published) {
    c.date = { value: published, precision: 'day', assumed: true };
    c.confidence = Math.max(0.3, c.confidence - 0.15);
  }
  if (!c.place && dateline && c.kind !== 'call') c.place = dateline;
}

/**
 * A planned gathering the article leaves undated is usually the planned meeting it dates elsewhere
 * in the same country ("G7 countries have been called to Washington" / "the February 4 meeting in Washington").
 */
export function inheritPlannedDates(list: Candidate[]): void {
  for (const c of list) {
    if (c.type !== 'meeting' || c.status !== 'planned' || c.date || !c.place) continue;
    const source = list.find(
      (o) =>
        o !== c &&
        o.type === 'meeting' &&
        o.status === 'planned' &&
        o.date &&
        o.place?.country === c.place?.country,
    );
    if (source?.date) {
      c.date = { ...source.date, assumed: true };
      c.confidence = Math.max(0.3, c.confidence - 0.15);
    }
  }
}

const sorted = (s: Set<string>) => [...s].sort();

export function eventId(c: Candidate): string {
  const first = c.sources[0]!;
  const key = [
    c.type,
    c.kind,
    c.status,
    first.articleId,
    first.span.start,
    sorted(c.countries).join(','),
  ].join('|');
  return `ev-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
}

export function toEvent(c: Candidate, lexicon: Lexicon, personName: (id: string) => string): DiploEvent {
  const sources = [...c.sources].sort(
    (a, b) => a.articleId.localeCompare(b.articleId) || a.span.start - b.span.start,
  );
  const place = c.place
    ? {
        id: c.place.id,
        name: c.place.name,
        country: c.place.country,
        lat: c.place.lat,
        lon: c.place.lon,
        approximate: c.place.approximate,
      }
    : null;
  const event: DiploEvent = {
    id: eventId({ ...c, sources }),
    type: c.type,
    kind: c.kind,
    status: c.status,
    date: c.date?.value ?? null,
    datePrecision: c.date?.precision ?? null,
    place,
    countries: sorted(c.countries),
    people: sorted(c.people),
    visitor: c.visitor,
    host: c.host,
    organisations: sorted(c.organisations),
    minerals: sorted(c.minerals) as DiploEvent['minerals'],
    stages: sorted(c.stages) as DiploEvent['stages'],
    tone: c.tone,
    summary: '',
    sources,
    confidence: Math.round(Math.min(0.95, c.confidence + 0.05 * (sources.length - 1)) * 100) / 100,
  };
  event.summary = summarise(event, (code) => lexicon.countries.get(code)?.name ?? code, personName);
  return event;
}
