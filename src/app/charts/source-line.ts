/** The source line under a chart drawn from events: how many events, from how many articles. */
import type { DiploEvent } from '../../shared/schema';
import { fill } from '../i18n/fill';
import { formatNumber } from '../i18n/format';
import type { UiLocale } from '../state/store';

/** Counts already made, by list: every chart of a view, and the unfiltered list each time a filter is cleared, ask again. */
const counts = new WeakMap<readonly DiploEvent[], number>();

/** How many distinct articles report the events. */
export function articleCount(events: readonly DiploEvent[]): number {
  let n = counts.get(events);
  if (n === undefined) {
    const ids = new Set<string>();
    for (const e of events) for (const s of e.sources) ids.add(s.articleId);
    counts.set(events, (n = ids.size));
  }
  return n;
}

/**
 * `template` ("… {events} events reported by {articles} articles") filled in for the events;
 * `articles` is their article count when the caller has it (see data/article-count.ts).
 */
export function sourceLine(
  template: string,
  events: readonly DiploEvent[],
  locale: UiLocale,
  articles = articleCount(events),
): string {
  return fill(template, {
    events: formatNumber(events.length, locale),
    articles: formatNumber(articles, locale),
  });
}
