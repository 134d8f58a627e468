/**
 * The validate stage: the dataset against the shared schema before it is written. One fact that
 * breaks the contract (a malformed code from a gazetteer entry, say) must not sink the corpus:
 * each entry at fault is dropped with a report naming the article files it came from and the
 * reason, references to it are removed, relations are derived again, and the rest is validated
 * once more. A fault in the dataset's own structure is a bug and still stops the build.
 */
import { deriveRelations } from '../shared/relations';
import { datasetSchema } from '../shared/schema';
import type { Dataset, Report } from '../shared/schema';

const LISTS = ['articles', 'people', 'places', 'organisations', 'events'] as const;
type List = (typeof LISTS)[number];
const ONE: Record<List, string> = {
  articles: 'article',
  people: 'person',
  places: 'place',
  organisations: 'organisation',
  events: 'event',
};

function filesOf(dataset: Dataset, list: List, index: number): string[] {
  const fileOf = new Map(dataset.articles.map((a) => [a.id, a.file]));
  const byIds = (ids: Iterable<string>) => [...new Set([...ids].map((id) => fileOf.get(id) ?? id))].sort();
  switch (list) {
    case 'articles':
      return [dataset.articles[index]!.file];
    case 'events':
      return byIds(dataset.events[index]!.sources.map((s) => s.articleId));
    case 'people':
      return byIds(dataset.people[index]!.articles);
    case 'places': {
      const id = dataset.places[index]!.id;
      return byIds(dataset.articles.filter((a) => a.places.includes(id)).map((a) => a.id));
    }
    case 'organisations': {
      const id = dataset.organisations[index]!.id;
      return byIds(dataset.articles.filter((a) => a.organisations.includes(id)).map((a) => a.id));
    }
  }
}

export function validateDataset(dataset: Dataset): Dataset {
  const first = datasetSchema.safeParse(dataset);
  if (first.success) return first.data;
  const faults = new Map<List, Map<number, string>>();
  for (const issue of first.error.issues) {
    const [list, index, ...rest] = issue.path;
    if (!LISTS.includes(list as List) || typeof index !== 'number') {
      throw new Error(`the dataset does not match the schema: ${issue.path.join('.')}: ${issue.message}`);
    }
    const of = faults.get(list as List) ?? new Map<number, string>();
    if (!of.has(index)) of.set(index, `${rest.join('.')}: ${issue.message}`);
    faults.set(list as List, of);
  }
  const reports: Report[] = [...dataset.reports];
  const dropped = new Map<List, Set<string>>();
  for (const [list, of] of faults) {
    const ids = new Set<string>();
    for (const [index, reason] of of) {
      const entry = dataset[list][index]!;
      ids.add(entry.id);
      const what = `${ONE[list]} ${entry.id}`;
      for (const file of filesOf(dataset, list, index)) {
        reports.push({
          file,
          level: 'error',
          reason: `${what} dropped: it breaks the data contract (${reason})`,
        });
      }
    }
    dropped.set(list, ids);
  }
  const keep = (list: List) => (id: string) => !dropped.get(list)?.has(id);
  const events = dataset.events
    .filter((e) => keep('events')(e.id) && e.sources.every((s) => keep('articles')(s.articleId)))
    .map((e) => ({
      ...e,
      people: e.people.filter(keep('people')),
      organisations: e.organisations.filter(keep('organisations')),
    }));
  const eventIds = new Set(events.map((e) => e.id));
  const cleaned: Dataset = {
    ...dataset,
    articles: dataset.articles
      .filter((a) => keep('articles')(a.id))
      .map((a) => ({
        ...a,
        people: a.people.filter(keep('people')),
        places: a.places.filter(keep('places')),
        organisations: a.organisations.filter(keep('organisations')),
        events: a.events.filter((id) => eventIds.has(id)),
      })),
    people: dataset.people.filter((p) => keep('people')(p.id)),
    places: dataset.places.filter((p) => keep('places')(p.id)),
    organisations: dataset.organisations.filter((o) => keep('organisations')(o.id)),
    events,
    relations: deriveRelations(events),
    reports: reports.sort((a, b) => a.file.localeCompare(b.file) || a.reason.localeCompare(b.reason)),
  };
  return datasetSchema.parse(cleaned);
}
