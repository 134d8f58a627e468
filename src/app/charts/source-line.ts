/** The source line under a chart drawn from events: how many events, from how many articles. */
import type { DiploEvent } from '../../shared/schema';
import { fill } from '../i18n/fill';
import { formatNumber } from '../i18n/format';
import type { UiLocale } from '../state/store';

/** How many distinct articles report the events. */
export function articleCount(events: readonly DiploEvent[]): number {
  const ids = new Set<string>();
  for (const e of events) for (const s of e.sources) ids.add(s.articleId);
  return ids.size;
}

/** `template` ("… {events} events reported by {articles} articles") filled in for the events. */
export function sourceLine(template: string, events: readonly DiploEvent[], locale: UiLocale): string {
  return fill(template, {
    events: formatNumber(events.length, locale),
    articles: formatNumber(articleCount(events), locale),
  });
}
