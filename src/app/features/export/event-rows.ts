/**
 * Events as flat rows for CSV and JSON: the fields a reader needs to check a fact (date, parties,
 * place, status) and where it comes from (article ids, titles, outlets, the first evidence
 * sentence). Lists are joined with "; ". Pure.
 */
import type { Dataset, DiploEvent } from '../../../shared/schema';
import type { Row } from './csv';
import { lookup } from '../../data/lookup';

export const EVENT_COLUMNS = [
  'id',
  'type',
  'kind',
  'status',
  'date',
  'countries',
  'people',
  'visitor',
  'host',
  'place',
  'place_country',
  'lat',
  'lon',
  'place_approximate',
  'minerals',
  'tone',
  'summary',
  'confidence',
  'source_articles',
  'source_titles',
  'source_outlets',
  'evidence',
] as const;

const join = (xs: readonly string[]) => xs.join('; ');

export function eventRow(e: DiploEvent, dataset: Dataset): Row {
  const articles = [...new Set(e.sources.map((s) => s.articleId))].map(
    (id) => lookup(dataset).article.get(id) ?? { id, title: id, outlet: null, published: null },
  );
  const person = (id: string) => lookup(dataset).person.get(id)?.name ?? id;
  return {
    id: e.id,
    type: e.type,
    kind: e.kind,
    status: e.status,
    date: e.date,
    countries: join(e.countries),
    people: join(e.people.map(person)),
    visitor: e.visitor,
    host: e.host,
    place: e.place?.name ?? null,
    place_country: e.place?.country ?? null,
    lat: e.place ? Math.round(e.place.lat * 1e4) / 1e4 : null,
    lon: e.place ? Math.round(e.place.lon * 1e4) / 1e4 : null,
    place_approximate: e.place ? e.place.approximate : null,
    minerals: join(e.minerals),
    tone: e.tone,
    summary: e.summary,
    confidence: Math.round(e.confidence * 100) / 100,
    source_articles: join(articles.map((a) => a.id)),
    source_titles: join(articles.map((a) => a.title)),
    source_outlets: join(articles.map((a) => a.outlet ?? '')),
    evidence: e.sources[0]?.sentence ?? null,
  };
}
