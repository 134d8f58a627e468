/** The details of one event: what, when, where, who, and every source sentence. */
import type { Dataset, DiploEvent } from '../../shared/schema';
import { countryName, formatPartialDate, localName } from '../i18n/format';
import { useStore } from '../state/store';
import { useShellStrings, useVocab } from '../shell/use-strings';
import { EvidenceList } from './evidence-list';

export function EventDetails({ dataset, event }: { dataset: Dataset; event: DiploEvent }) {
  const t = useShellStrings();
  const vocab = useVocab();
  const locale = useStore((s) => s.locale);
  const select = useStore((s) => s.select);
  const place = event.place;
  return (
    <article className="event-details" data-event-id={event.id}>
      <h2>{event.summary}</h2>
      <dl className="facts">
        <dt>{t.kind}</dt>
        <dd>
          {vocab(event.type)}
          {event.kind ? ` · ${vocab(event.kind)}` : ''}
        </dd>
        <dt>{t.status}</dt>
        <dd>{vocab(event.status)}</dd>
        <dt>{t.date}</dt>
        <dd>{formatPartialDate(event.date, locale)}</dd>
        <dt>{t.place}</dt>
        <dd>
          {place ? (
            <>
              {place.id ? (
                <button
                  type="button"
                  className="link"
                  onClick={() => select({ kind: 'place', id: place.id! })}
                >
                  {localName(
                    dataset.places.find((p) => p.id === place.id)?.names ?? { en: place.name },
                    locale,
                  )}
                </button>
              ) : (
                place.name
              )}
              {', '}
              {countryName(place.country, locale)}
              {place.approximate ? ` (${t.approximate})` : ''}
            </>
          ) : (
            t.unknown
          )}
        </dd>
        <dt>{t.parties}</dt>
        <dd>
          <ul className="inline-list">
            {event.countries.map((c) => (
              <li key={c}>
                <button type="button" className="link" onClick={() => select({ kind: 'country', id: c })}>
                  {countryName(c, locale)}
                  {event.visitor === c ? ' →' : ''}
                </button>
              </li>
            ))}
            {event.people.map((id) => {
              const p = dataset.people.find((x) => x.id === id);
              return (
                <li key={id}>
                  <button type="button" className="link" onClick={() => select({ kind: 'person', id })}>
                    {p ? localName(p.names, locale) : id}
                  </button>
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
      <h3>{t.evidence}</h3>
      <EvidenceList dataset={dataset} event={event} />
    </article>
  );
}
