/**
 * How many distinct articles report a list of events, from an index built once per dataset: each
 * event's sources as article numbers. The source lines under the relations and timeline charts
 * ask on every filter change; counting the ids of ten thousand events in a set of strings took
 * several ms, marking numbers in an array takes a fraction of one.
 */
import type { Dataset, DiploEvent } from '../../shared/schema';
import { articleCount } from '../charts/source-line';
import { eventPositions } from './filter';

interface SourceIndex {
  /** The article numbers of event i: articles[start[i]] up to articles[start[i + 1]]. */
  start: Int32Array;
  articles: Int32Array;
  /** Distinct article ids the sources name (the dataset's articles, and any other id named). */
  size: number;
}

const indexes = new WeakMap<Dataset, SourceIndex>();

function sourceIndex(dataset: Dataset): SourceIndex {
  let found = indexes.get(dataset);
  if (!found) {
    const number = new Map(dataset.articles.map((a, i) => [a.id, i]));
    const start = new Int32Array(dataset.events.length + 1);
    const articles: number[] = [];
    dataset.events.forEach((e, i) => {
      for (const s of e.sources) {
        let n = number.get(s.articleId);
        if (n === undefined) number.set(s.articleId, (n = number.size));
        articles.push(n);
      }
      start[i + 1] = articles.length;
    });
    indexes.set(dataset, (found = { start, articles: Int32Array.from(articles), size: number.size }));
  }
  return found;
}

const counts = new WeakMap<readonly DiploEvent[], number>();

/** articleCount(events), from the dataset's index when it can place `events`; kept per list. */
export function articleCountOf(dataset: Dataset, events: readonly DiploEvent[]): number {
  let count = counts.get(events);
  if (count !== undefined) return count;
  const at = eventPositions(dataset, events);
  if (!at) return articleCount(events);
  const ix = sourceIndex(dataset);
  const seen = new Uint8Array(ix.size);
  count = 0;
  for (const i of at) {
    for (let k = ix.start[i]!; k < ix.start[i + 1]!; k++) {
      const a = ix.articles[k]!;
      if (!seen[a]) {
        seen[a] = 1;
        count++;
      }
    }
  }
  counts.set(events, count);
  return count;
}

/** A dataset's source index, as a step for a moment when the page is idle (see provideDataset). */
export function articleCountSteps(dataset: Dataset): (() => void)[] {
  return [() => sourceIndex(dataset)];
}
