/** Details of a country, person, place, mineral or article: its name and what involves it. */
import type { Dataset } from '../../shared/schema';
import { lookup } from '../data/lookup';
import { formatPartialDate } from '../i18n/format';
import { useStore } from '../state/store';
import type { Selection } from '../state/store';
import { useShellStrings, useVocab } from '../shell/use-strings';
import { openArticle } from './evidence-list';
import { articlesInvolving, eventsInvolving } from './involving';
import { EventLinks } from './event-links';
import { entityName } from './names';
import { PersonDetails } from './person-details';

export function EntityDetails({ dataset, selection }: { dataset: Dataset; selection: Selection }) {
  const t = useShellStrings();
  const vocab = useVocab();
  const locale = useStore((s) => s.locale);
  const events = eventsInvolving(dataset, selection);
  const articles = articlesInvolving(dataset, selection);
  return (
    <article className="entity-details">
      <p className="muted">{vocab(`sel.${selection.kind}`)}</p>
      <h2>{entityName(dataset, selection.kind, selection.id, locale)}</h2>
      {selection.kind === 'article' && (
        <p>
          <a
            href={`#/sources?sel=article:${encodeURIComponent(selection.id)}`}
            onClick={(e) => {
              e.preventDefault();
              openArticle(selection.id);
            }}
          >
            {t.openArticle}
          </a>
        </p>
      )}
      {selection.kind === 'person' ? (
        <PersonDetails dataset={dataset} person={lookup(dataset).person.get(selection.id)} events={events} />
      ) : (
        <>
          <h3>
            {t.events} ({events.length})
          </h3>
          <EventLinks events={events} />
        </>
      )}
      {selection.kind !== 'article' && (
        <>
          <h3>
            {t.articles} ({articles.length})
          </h3>
          <ul className="link-list">
            {articles.map((a) => (
              <li key={a.id}>
                <button type="button" className="link" lang={a.language} onClick={() => openArticle(a.id)}>
                  {a.title}
                </button>{' '}
                <span className="muted">{formatPartialDate(a.published, locale)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
