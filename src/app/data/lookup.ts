/**
 * Entities of a dataset by id, built once per dataset: views and the details panel look names and
 * events up thousands of times per render on a large corpus, where a scan of the list each time
 * costs more than the drawing.
 */
import type { Article, Dataset, DiploEvent, Person, Place } from '../../shared/schema';

export interface Lookup {
  article: Map<string, Article>;
  event: Map<string, DiploEvent>;
  person: Map<string, Person>;
  place: Map<string, Place>;
  /** Events each article reports, in dataset order. */
  eventsOfArticle: Map<string, DiploEvent[]>;
  /** The first place of each country in the dataset, for countries too small for the basemap. */
  placeOfCountry: Map<string, Place>;
}

const cache = new WeakMap<Dataset, Lookup>();

export function lookup(dataset: Dataset): Lookup {
  let found = cache.get(dataset);
  if (found) return found;
  const eventsOfArticle = new Map<string, DiploEvent[]>();
  for (const e of dataset.events) {
    for (const id of new Set(e.sources.map((s) => s.articleId))) {
      const list = eventsOfArticle.get(id);
      if (list) list.push(e);
      else eventsOfArticle.set(id, [e]);
    }
  }
  const placeOfCountry = new Map<string, Place>();
  for (const p of dataset.places) if (!placeOfCountry.has(p.country)) placeOfCountry.set(p.country, p);
  found = {
    article: new Map(dataset.articles.map((a) => [a.id, a])),
    event: new Map(dataset.events.map((e) => [e.id, e])),
    person: new Map(dataset.people.map((p) => [p.id, p])),
    place: new Map(dataset.places.map((p) => [p.id, p])),
    eventsOfArticle,
    placeOfCountry,
  };
  cache.set(dataset, found);
  return found;
}
