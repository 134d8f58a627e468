/**
 * The whole corpus: every article through its stages, then what needs all of them — events
 * merged across articles and languages, people and places as entities, relations — validated
 * against the shared schema.
 */
import type { Dataset, DiploEvent, Organisation, Person, Place, Report, TextChunk } from '../shared/schema';
import { TEXT_CHUNK_SIZE } from '../shared/schema';
import { deriveRelations } from '../shared/relations';
import type { ProcessedArticle } from './article';
import { mergeCandidates } from './events/merge';
import { toEvent } from './events/finalise';
import type { Lexicon } from './lexicon';
import type { ArticleOutcome } from './parallel';
import { processSerial } from './parallel';
import type { RawArticle } from './read';
import type { UnknownPerson } from './titled-people';
import { validateDataset } from './validate';
import { chunkTexts } from './write';

const TYPE_ORDER = ['meeting', 'agreement', 'export-control', 'tariff', 'military-incident'];
const KIND_ORDER = ['bilateral', 'visit', 'call', 'multilateral', 'summit'];

/** Events in time order (undated last); bilateral before gatherings on the same day; then by id. */
function compareEvents(a: DiploEvent, b: DiploEvent): number {
  return (
    (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
    TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
    KIND_ORDER.indexOf(a.kind ?? '') - KIND_ORDER.indexOf(b.kind ?? '') ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The gazetteer writes a role's holder as an ISO code or, for a role at an international
 * organisation (NATO's Secretary General, the IMF's Managing Director), the organisation's short
 * name; the dataset keeps the two apart.
 */
function roleHolder(holder: string | null): { country: string | null; organisation: string | null } {
  if (holder === null) return { country: null, organisation: null };
  return /^[A-Z]{2}$/.test(holder)
    ? { country: holder, organisation: null }
    : { country: null, organisation: holder };
}

function peopleOf(done: ProcessedArticle[], lexicon: Lexicon): Person[] {
  const byId = new Map<string, Person>();
  const unknown = new Map<string, UnknownPerson>();
  for (const { article, unknownPeople } of done) {
    for (const u of unknownPeople) if (!unknown.has(u.id)) unknown.set(u.id, u);
    for (const id of article.people) {
      let person = byId.get(id);
      if (!person) {
        const known = lexicon.people.get(id);
        const u = unknown.get(id);
        if (known) {
          person = {
            id,
            name: known.name,
            names: known.names,
            country: known.country,
            roles: known.roles.map((r) => ({
              title: r.title,
              ...roleHolder(r.country),
              from: r.from,
              to: r.to,
            })),
            verified: true,
            articles: [],
          };
        } else if (u) {
          person = {
            id,
            name: u.name,
            names: { en: u.name, [u.lang]: u.native },
            country: u.country,
            roles: [{ title: u.role, country: u.country, organisation: null, from: null, to: null }],
            verified: false,
            articles: [],
          };
        } else continue;
        byId.set(id, person);
      }
      person.articles.push(article.id);
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function placesOf(done: ProcessedArticle[], events: DiploEvent[], lexicon: Lexicon): Place[] {
  const ids = new Set<string>();
  for (const { article } of done) for (const id of article.places) ids.add(id);
  for (const e of events) if (e.place?.id) ids.add(e.place.id);
  return [...ids].sort().flatMap((id) => {
    const p = lexicon.places.get(id);
    return p
      ? [{ id, name: p.name, names: p.names, country: p.country, lat: p.lat, lon: p.lon, kind: p.kind }]
      : [];
  });
}

function organisationsOf(done: ProcessedArticle[], lexicon: Lexicon): Organisation[] {
  const ids = new Set(done.flatMap(({ article }) => article.organisations));
  return [...ids].sort().flatMap((id) => {
    const o = lexicon.organisations.get(id);
    return o ? [{ id, name: o.name, names: o.names, members: [...o.members].sort() }] : [];
  });
}

function processed(outcomes: ArticleOutcome[]): ProcessedArticle[] {
  return outcomes.flatMap((o) => ('ok' in o ? [o.ok] : []));
}

/**
 * The articles' texts, blocks and mentions in chunks of TEXT_CHUNK_SIZE, in the dataset's article
 * order (the chunk of article i is floor(i / TEXT_CHUNK_SIZE), as `assembleDataset` records).
 */
export function articleTexts(outcomes: ArticleOutcome[]): TextChunk[] {
  return chunkTexts(
    processed(outcomes).map(({ article: a }) => ({
      id: a.id,
      text: a.text,
      blocks: a.blocks,
      mentions: a.mentions,
    })),
  );
}

/** The dataset from a corpus processed in one thread (tests, small folders). */
export function buildDataset(
  corpus: string,
  raws: RawArticle[],
  readReports: Report[],
  lexicon: Lexicon,
): Dataset {
  return assembleDataset(corpus, processSerial(raws, lexicon), readReports, lexicon);
}

/** What needs every article: events merged across articles, entities, relations; validated. */
export function assembleDataset(
  corpus: string,
  outcomes: ArticleOutcome[],
  readReports: Report[],
  lexicon: Lexicon,
): Dataset {
  const reports = [...readReports];
  const done = processed(outcomes);
  for (const outcome of outcomes) {
    // One article the stages cannot handle must not stop the corpus: report it by name.
    if (!('ok' in outcome))
      reports.push({
        file: outcome.file,
        level: 'error',
        reason: `could not be processed: ${outcome.error}`,
      });
  }
  const merged = mergeCandidates(
    done.flatMap((d) => d.candidates),
    true,
  );
  const people = peopleOf(done, lexicon);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const events = merged.map((c) => toEvent(c, lexicon, (id) => names.get(id) ?? id)).sort(compareEvents);
  const byArticle = new Map<string, string[]>();
  for (const e of events) {
    for (const id of new Set(e.sources.map((s) => s.articleId))) {
      const list = byArticle.get(id);
      if (list) list.push(e.id);
      else byArticle.set(id, [e.id]);
    }
  }
  const articles = done.map(({ article }, i) => {
    const { text: _text, blocks: _blocks, mentions: _mentions, ...facts } = article;
    return { ...facts, textChunk: Math.floor(i / TEXT_CHUNK_SIZE), events: byArticle.get(article.id) ?? [] };
  });
  const dataset: Dataset = {
    schemaVersion: 2,
    corpus,
    articles,
    people,
    places: placesOf(done, events, lexicon),
    organisations: organisationsOf(done, lexicon),
    events,
    relations: deriveRelations(events),
    reports: reports.sort((a, b) => a.file.localeCompare(b.file) || a.reason.localeCompare(b.reason)),
  };
  return validateDataset(dataset);
}
