/**
 * One event in a person's or a pair's list: date, kind and summary (a click selects the event and
 * so shows all its evidence), the first source sentence in its own language, and how many
 * articles report it. Article text stays a React text node.
 */
import type { Dataset, DiploEvent } from '../../shared/schema';
import { fill } from '../i18n/fill';
import { formatNumber, formatPartialDate } from '../i18n/format';
import { useStore } from '../state/store';
import { useVocab } from '../shell/use-strings';
import { RELATION_DETAIL_STRINGS } from './relation-strings';
import { lookup } from '../data/lookup';

export function EventEvidenceItem({ dataset, event }: { dataset: Dataset; event: DiploEvent }) {
  const vocab = useVocab();
  const locale = useStore((s) => s.locale);
  const select = useStore((s) => s.select);
  const t = RELATION_DETAIL_STRINGS[locale];
  const first = event.sources[0]!;
  const language = lookup(dataset).article.get(first.articleId)?.language;
  const articles = new Set(event.sources.map((s) => s.articleId)).size;
  return (
    <li data-event-item={event.id}>
      <button type="button" className="link" onClick={() => select({ kind: 'event', id: event.id })}>
        {formatPartialDate(event.date, locale)} · {vocab(event.type)}
        {event.status === 'planned' ? ` (${vocab('planned')})` : ''} — {event.summary}
      </button>
      <blockquote className="evidence-sentence" lang={language}>
        {first.sentence}
      </blockquote>
      <p className="evidence-meta muted">
        {articles === 1 ? t.reportedByOne : fill(t.reportedBy, { n: formatNumber(articles, locale) })}
      </p>
    </li>
  );
}
