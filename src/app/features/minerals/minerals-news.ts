/**
 * What the (filtered) news says about each mineral: article counts, articles per country, and the
 * events that belong on its supply chain. Pure, so the view and tests share it.
 */
import type { Article, DiploEvent } from '../../../shared/schema';
import type { ChainEvent, SankeyNews } from '../../charts/sankey/sankey-types';
import type { TimelineEvent } from '../../charts/sankey/controls-timeline';

/** Event types that act on a supply chain; meetings count only when they name the mineral. */
const CHAIN_TYPES = new Set<DiploEvent['type']>(['export-control', 'tariff', 'agreement']);

export function isChainEvent(e: DiploEvent, mineral: string): boolean {
  return (
    e.minerals.includes(mineral as DiploEvent['minerals'][number]) &&
    (CHAIN_TYPES.has(e.type) || e.type === 'meeting')
  );
}

function toChainEvent(e: DiploEvent): ChainEvent {
  return { id: e.id, type: e.type, date: e.date, countries: e.countries, stages: e.stages, label: e.summary };
}

/** The news on one mineral's chain. */
export function newsFor(
  mineral: string,
  articles: readonly Article[],
  events: readonly DiploEvent[],
): SankeyNews {
  const countryArticles: Record<string, number> = {};
  let count = 0;
  for (const a of articles) {
    if (!(a.minerals as string[]).includes(mineral)) continue;
    count++;
    for (const c of a.countries) countryArticles[c] = (countryArticles[c] ?? 0) + 1;
  }
  return {
    articles: count,
    countryArticles,
    events: events.filter((e) => isChainEvent(e, mineral)).map(toChainEvent),
  };
}

/** Results already worked out, by article list, event list and minerals asked for. */
const newsCache = new WeakMap<
  readonly Article[],
  WeakMap<readonly DiploEvent[], Map<string, Map<string, SankeyNews>>>
>();

/**
 * newsFor of every mineral in `minerals` (each once), in one pass over the articles and events
 * instead of one per mineral: tens of thousands of each on a large corpus. The result for the
 * same lists is kept (the unfiltered lists come back each time a filter is cleared).
 */
export function newsByMineral(
  minerals: readonly string[],
  articles: readonly Article[],
  events: readonly DiploEvent[],
): Map<string, SankeyNews> {
  let byEvents = newsCache.get(articles);
  if (!byEvents) newsCache.set(articles, (byEvents = new WeakMap()));
  let byMinerals = byEvents.get(events);
  if (!byMinerals) byEvents.set(events, (byMinerals = new Map()));
  const key = minerals.join(',');
  let out = byMinerals.get(key);
  if (out) return out;
  out = new Map(minerals.map((m) => [m, { articles: 0, countryArticles: {}, events: [] }]));
  for (const a of articles) {
    a.minerals.forEach((m, i) => {
      const news = out.get(m);
      // Each mineral of an article once, however often the article lists it.
      if (!news || a.minerals.indexOf(m) !== i) return;
      news.articles++;
      for (const c of a.countries) news.countryArticles[c] = (news.countryArticles[c] ?? 0) + 1;
    });
  }
  for (const e of events) {
    if (!CHAIN_TYPES.has(e.type) && e.type !== 'meeting') continue;
    let chain: ChainEvent | null = null;
    e.minerals.forEach((m, i) => {
      const news = out.get(m);
      if (news && e.minerals.indexOf(m) === i) news.events.push((chain ??= toChainEvent(e)));
    });
  }
  byMinerals.set(key, out);
  return out;
}

/** Articles naming each mineral, by id. */
export function mineralArticleCounts(articles: readonly Article[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of articles) {
    a.minerals.forEach((m, i) => {
      if (a.minerals.indexOf(m) === i) counts.set(m, (counts.get(m) ?? 0) + 1);
    });
  }
  return counts;
}

const controlLists = new WeakMap<readonly DiploEvent[], TimelineEvent[]>();

/** Dated export-control events from the news, for the timeline's second row; the same list per event list. */
export function exportControlEvents(events: readonly DiploEvent[]): TimelineEvent[] {
  let list = controlLists.get(events);
  if (!list) {
    list = events
      .filter((e): e is DiploEvent & { date: string } => e.type === 'export-control' && e.date !== null)
      .map((e) => ({ id: e.id, date: e.date, label: e.summary }));
    controlLists.set(events, list);
  }
  return list;
}
