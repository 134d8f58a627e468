/**
 * A large synthetic dataset for the scale benchmark (issue 7): 20,000 articles, 10,000 meetings
 * (plus export controls, tariffs, agreements and incidents), 2,000 people, drawn with a seeded
 * generator from the real gazetteers (countries, cities with coordinates, people with their
 * countries), so the charts meet real names, real geography and a realistic skew (a few countries
 * in most meetings). Every event's evidence sentence sits at its span in its article's text, and
 * the whole dataset passes the same schema as the pipeline's output.
 *
 * `tsx test/bench/scale-data.ts <out-dir> [articles meetings people]` writes
 * `<out-dir>/dataset.json` and `<out-dir>/dataset.texts/<n>.json`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deriveRelations } from '../../src/shared/relations';
import type { Article, ArticleText, Dataset, DiploEvent, Person, Place } from '../../src/shared/schema';
import { datasetSchema, TEXT_CHUNK_SIZE } from '../../src/shared/schema';
import { MINERAL_IDS } from '../../src/shared/vocab';
import type { EventType, Language, MeetingKind } from '../../src/shared/vocab';
import { nodeEffects } from '../../src/pipeline/effects';
import { chunkTexts, writeDataset } from '../../src/pipeline/write';
import { random } from './random';

interface GazCountry {
  code: string;
  name: string;
  names: Record<string, string>;
}
interface GazPlace extends Omit<Place, 'names'> {
  names: Record<string, string>;
}
interface GazPerson {
  id: string;
  name: string;
  names: Record<string, string>;
  country: string | null;
  roles: { title: string; country: string | null; from: string | null; to: string | null }[];
}

const gazetteer = <T>(name: string): T[] =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, `../../src/pipeline/gazetteer/${name}.json`), 'utf8'),
  ) as T[];

export interface ScaleSize {
  articles: number;
  meetings: number;
  people: number;
}

export const DEFAULT_SIZE: ScaleSize = { articles: 20_000, meetings: 10_000, people: 2_000 };

const OTHER_TYPES: EventType[] = ['export-control', 'tariff', 'agreement', 'military-incident'];
const SYLLABLES = [
  'ra',
  'ka',
  'mi',
  'to',
  'su',
  'na',
  'le',
  'vo',
  'shi',
  'an',
  'dre',
  'lo',
  'ya',
  'ben',
  'tor',
];

export function generateScaleDataset(size: ScaleSize = DEFAULT_SIZE): {
  dataset: Dataset;
  texts: ArticleText[];
} {
  const next = random(20261202);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const countries = gazetteer<GazCountry>('countries').filter((c) => /^[A-Z]{2}$/.test(c.code));
  const allPlaces = gazetteer<GazPlace>('places').filter((p) => p.kind !== 'country');
  const placesOf = new Map<string, GazPlace[]>();
  for (const p of allPlaces) placesOf.set(p.country, [...(placesOf.get(p.country) ?? []), p]);
  // A skewed draw: countries with more listed cities (the big ones) take most meetings, as in the news.
  const weight = new Map(
    countries.map((c) => [c.code, (placesOf.get(c.code)?.length ?? 0) * (0.5 + next())]),
  );
  const hosts = countries
    .filter((c) => placesOf.has(c.code))
    .sort((a, b) => weight.get(b.code)! - weight.get(a.code)!);
  const country = () => hosts[Math.floor(hosts.length * next() ** 2.2)]!;

  const nameOf = new Map(countries.map((c) => [c.code, c.name]));
  const people: Person[] = gazetteer<GazPerson>('people')
    .filter((p) => p.country)
    .slice(0, size.people)
    .map((p) => ({
      ...p,
      names: { en: p.name, ...p.names },
      // Roles at organisations (NATO, IMF) name no country, as in the pipeline's output.
      roles: p.roles.map((r) => ({
        ...r,
        country: countries.some((c) => c.code === r.country) ? r.country : null,
        organisation: null,
      })),
      verified: true,
      articles: [],
    }));
  for (let i = people.length; i < size.people; i++) {
    const c = country();
    const word = () => Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join('');
    const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
    const name = `${cap(word())} ${cap(word())}`;
    people.push({
      id: `synthetic-${i}`,
      name,
      names: { en: name },
      country: c.code,
      roles: [
        {
          title: pick(['Minister of Foreign Affairs', 'Minister of Trade', 'Prime Minister']),
          country: c.code,
          organisation: null,
          from: null,
          to: null,
        },
      ],
      verified: false,
      articles: [],
    });
  }
  const peopleOf = new Map<string, Person[]>();
  for (const p of people) peopleOf.set(p.country!, [...(peopleOf.get(p.country!) ?? []), p]);

  const articles: (Article & { body: string[] })[] = [];
  for (let i = 0; i < size.articles; i++) {
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 1430) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const language: Language = pick(['bn', 'bn', 'hi', 'hi', 'en']);
    articles.push({
      id: `scale-${String(i).padStart(5, '0')}`,
      file: `scale-${String(i).padStart(5, '0')}.txt`,
      language,
      title: `Synthetic report ${i} on diplomacy and critical minerals`,
      published: day,
      publishedFrom: 'article',
      outlet: pick(['PTI', 'ANI', 'Reuters', null]),
      textChunk: Math.floor(i / TEXT_CHUNK_SIZE),
      countries: [],
      people: [],
      minerals: [],
      places: [],
      organisations: [],
      stages: [],
      endUses: [],
      events: [],
      body: [],
    });
  }
  const placesUsed = new Map<string, Place>();
  const events: DiploEvent[] = [];
  const total = size.meetings + Math.round(size.meetings / 5);
  for (let i = 0; i < total; i++) {
    const type: EventType = i < size.meetings ? 'meeting' : pick(OTHER_TYPES);
    const n = type === 'meeting' && next() < 0.2 ? 3 + Math.floor(next() * 8) : 2;
    const parties = new Set<string>();
    while (parties.size < n) parties.add(country().code);
    const codes = [...parties].sort();
    const kind: MeetingKind | null =
      type === 'meeting'
        ? n > 2
          ? pick(['multilateral', 'summit'] as const)
          : pick(['bilateral', 'visit', 'call'] as const)
        : null;
    const where = kind === 'call' ? null : pick(placesOf.get(codes[0]!)!);
    if (where) placesUsed.set(where.id, { ...where, names: { en: where.name, ...where.names } });
    const sources = Array.from({ length: 1 + Math.floor(next() ** 3 * 3) }, () => pick(articles));
    const published = sources[0]!.published!;
    const status = type === 'meeting' && next() < 0.15 ? 'planned' : 'held';
    const attendees = codes.flatMap((c) => (peopleOf.get(c) ? [pick(peopleOf.get(c)!).id] : []));
    const minerals = next() < 0.6 ? [pick(MINERAL_IDS)] : [];
    const names = codes.map((c) => nameOf.get(c)!);
    const summary = `${type === 'meeting' ? 'Meeting' : type} of ${names.join(', ')}${where ? ` in ${where.name}` : ''} on ${published}.`;
    const id = `ev-scale-${String(i).padStart(6, '0')}`;
    events.push({
      id,
      type,
      kind,
      status,
      date: published,
      datePrecision: 'day',
      place: where && {
        id: where.id,
        name: where.name,
        country: where.country,
        lat: where.lat,
        lon: where.lon,
        approximate: false,
      },
      countries: codes,
      people: [...new Set(attendees)].sort(),
      visitor: kind === 'visit' ? codes[1]! : null,
      host: kind === 'visit' ? codes[0]! : null,
      organisations: [],
      minerals,
      stages: minerals.length > 0 && next() < 0.5 ? ['processing'] : [],
      tone: type === 'meeting' || type === 'agreement' ? 'cooperation' : 'conflict',
      summary,
      sources: [...new Set(sources)].map((a) => {
        a.body.push(summary);
        a.events.push(id);
        for (const c of codes) if (!a.countries.includes(c)) a.countries.push(c);
        for (const p of attendees) if (!a.people.includes(p)) a.people.push(p);
        for (const m of minerals) if (!a.minerals.includes(m)) a.minerals.push(m);
        // The span is fixed once the text is written; the sentence is verbatim there.
        return { articleId: a.id, sentence: summary, span: { start: 0, end: 0 }, confidence: 0.8 };
      }),
      confidence: 0.8,
    });
  }
  const texts: ArticleText[] = articles.map((a) => {
    const filler = `${a.title}\n\nPublished: ${a.published}\n\n`;
    const text = filler + [...a.body, 'Officials did not give further details.'].join(' ');
    return {
      id: a.id,
      text,
      blocks: [{ kind: 'body', start: filler.length, end: text.length }],
      mentions: [],
    };
  });
  const textById = new Map(texts.map((t) => [t.id, t.text]));
  for (const e of events) {
    for (const s of e.sources) {
      const start = textById.get(s.articleId)!.indexOf(s.sentence);
      s.span = { start, end: start + s.sentence.length };
    }
  }
  const byPerson = new Map(people.map((p) => [p.id, p]));
  const dataset: Dataset = {
    schemaVersion: 2,
    corpus: 'scale',
    articles: articles.map(({ body: _body, ...a }) => {
      for (const p of a.people) byPerson.get(p)!.articles.push(a.id);
      return { ...a, countries: a.countries.sort(), people: a.people.sort(), minerals: a.minerals.sort() };
    }),
    people,
    places: [...placesUsed.values()].sort((a, b) => a.id.localeCompare(b.id)),
    organisations: [],
    events,
    relations: deriveRelations(events),
    reports: [],
  };
  return { dataset: datasetSchema.parse(dataset), texts };
}

async function main() {
  const [out = '.cache/scale/data', a, m, p] = process.argv.slice(2);
  const size = a ? { articles: Number(a), meetings: Number(m), people: Number(p) } : DEFAULT_SIZE;
  const started = performance.now();
  const { dataset, texts } = generateScaleDataset(size);
  const chunks = chunkTexts(texts);
  await writeDataset(path.join(out, 'dataset.json'), dataset, chunks, nodeEffects());
  const meetings = dataset.events.filter((e) => e.type === 'meeting').length;
  console.log(
    `scale data: ${dataset.articles.length} articles, ${meetings} meetings, ${dataset.events.length} events, ` +
      `${dataset.people.length} people, ${dataset.places.length} places in ${out} ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}

if (import.meta.filename === process.argv[1]) void main();
