/** The source line under a chart drawn from events: how many events, from how many articles. */
import type { DiploEvent } from '../../shared/schema';
import { fill } from '../i18n/fill';
import { formatNumber } from '../i18n/format';
import type { UiLocale } from '../state/store';

/** How many distinct articles report the events (data/article-count.ts counts a dataset's lists faster). */
export function articleCount(events: readonly DiploEvent[]): number {
  const ids = new Set<string>();
  for (const e of events) for (const s of e.sources) ids.add(s.articleId);
  return ids.size;
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
