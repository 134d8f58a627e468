/**
 * The details of a pair (an edge of a relations chart, a matrix cell): the two parties, their
 * meetings and tone counts, and every event linking them with its evidence.
 */
import { derivePairStats } from '../../shared/relations';
import type { Dataset } from '../../shared/schema';
import { formatNumber, formatPartialDate } from '../i18n/format';
import { useStore } from '../state/store';
import type { Selection } from '../state/store';
import { useVocab } from '../shell/use-strings';
import { EventEvidenceItem } from './event-evidence-item';
import { eventsInvolving } from './involving';
import { entityName } from './names';
import { RELATION_DETAIL_STRINGS } from './relation-strings';

export function PairDetails({ dataset, selection }: { dataset: Dataset; selection: Selection }) {
  const vocab = useVocab();
  const locale = useStore((s) => s.locale);
  const select = useStore((s) => s.select);
  const t = RELATION_DETAIL_STRINGS[locale];
  const events = eventsInvolving(dataset, selection);
  const ids = selection.id.split(',');
  const countries = ids.every((id) => /^[A-Z]{2}$/.test(id));
  const stats = countries
    ? derivePairStats(events).find((r) => `${r.a},${r.b}` === [...ids].sort().join(','))
    : undefined;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <article className="pair-details" data-pair={selection.id}>
      <p className="muted">{vocab('sel.pair')}</p>
      <h2>
        {ids.map((id, i) => (
          <span key={id}>
            {i > 0 && ' – '}
            <button
              type="button"
              className="link"
              onClick={() => select({ kind: countries ? 'country' : 'person', id })}
            >
              {entityName(dataset, countries ? 'country' : 'person', id, locale)}
            </button>
          </span>
        ))}
      </h2>
      {stats && (
        <dl className="facts">
          <dt>{t.meetings}</dt>
          <dd>{n(stats.meetings)}</dd>
          <dt>{t.cooperation}</dt>
          <dd>{n(stats.cooperation)}</dd>
          <dt>{t.conflict}</dt>
          <dd>{n(stats.conflict)}</dd>
          <dt>{t.first}</dt>
          <dd>{formatPartialDate(stats.first, locale)}</dd>
          <dt>{t.last}</dt>
          <dd>{formatPartialDate(stats.last, locale)}</dd>
        </dl>
      )}
      <h3>
        {vocab('sel.event')} ({n(events.length)})
      </h3>
      {events.length === 0 && <p className="muted">{t.none}</p>}
      <ul className="link-list">
        {events.map((e) => (
          <EventEvidenceItem key={e.id} dataset={dataset} event={e} />
        ))}
      </ul>
    </article>
  );
}
