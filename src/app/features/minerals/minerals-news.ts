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

/** Articles naming each mineral, by id. */
export function mineralArticleCounts(articles: readonly Article[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of articles) for (const m of new Set(a.minerals)) counts.set(m, (counts.get(m) ?? 0) + 1);
  return counts;
}

/** Dated export-control events from the news, for the timeline's second row. */
export function exportControlEvents(events: readonly DiploEvent[]): TimelineEvent[] {
  return events
    .filter((e): e is DiploEvent & { date: string } => e.type === 'export-control' && e.date !== null)
    .map((e) => ({ id: e.id, date: e.date, label: e.summary }));
}
