/**
 * An event while it is being built: the per-sentence candidates, then the merged events.
 * Sets keep parties and people unique; `sources` keeps every sentence that reports it.
 */
import type { Evidence, EventPlace } from '../../shared/schema';
import type { DatePrecision, EventStatus, EventType, MeetingKind, Tone } from '../../shared/vocab';

export interface CandidateDate {
  value: string;
  precision: DatePrecision;
  /** True when the date came from the article's publication date, not from the text. */
  assumed: boolean;
}

export interface CandidatePlace extends EventPlace {
  /** How the place was found: a named venue beats a city, a city beats a country's capital. */
  level: 'venue' | 'city' | 'country' | 'dateline';
  /** For venues, the city they are in. */
  within: string | null;
}

export interface Candidate {
  type: EventType;
  kind: MeetingKind | null;
  status: EventStatus;
  date: CandidateDate | null;
  place: CandidatePlace | null;
  countries: Set<string>;
  people: Set<string>;
  visitor: string | null;
  host: string | null;
  organisations: Set<string>;
  minerals: Set<string>;
  stages: Set<string>;
  tone: Tone;
  sources: Evidence[];
  /** Sentence index of the last source in its article, for anaphora. */
  lastSentence: number;
  confidence: number;
}

const LEVEL_RANK: Record<CandidatePlace['level'], number> = { venue: 3, city: 2, country: 1, dateline: 0 };

export function placeRank(p: CandidatePlace | null): number {
  return p ? LEVEL_RANK[p.level] : -1;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 4, week: 3, month: 2, season: 1, year: 0 };

export function dateRank(d: CandidateDate | null): number {
  if (!d) return -1;
  return PRECISION_RANK[d.precision] - (d.assumed ? 10 : 0);
}
