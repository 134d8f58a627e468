/**
 * What the details panel adds for a person: their roles from the dataset (title, country, dates),
 * then their meetings (with whom, and the evidence of each), then their other events.
 */
import type { Dataset, DiploEvent, Person } from '../../shared/schema';
import { fill } from '../i18n/fill';
import { countryName, formatPartialDate, localName } from '../i18n/format';
import { useStore } from '../state/store';
import { useShellStrings } from '../shell/use-strings';
import { EventEvidenceItem } from './event-evidence-item';
import { RELATION_DETAIL_STRINGS } from './relation-strings';
import { lookup } from '../data/lookup';

export function PersonDetails(props: { dataset: Dataset; person: Person | undefined; events: DiploEvent[] }) {
  const { dataset, person, events } = props;
  const locale = useStore((s) => s.locale);
  const select = useStore((s) => s.select);
  const shell = useShellStrings();
  const t = RELATION_DETAIL_STRINGS[locale];
  const meetings = events.filter((e) => e.type === 'meeting');
  const others = events.filter((e) => e.type !== 'meeting');
  const partners = [...new Set(meetings.flatMap((e) => e.people).filter((id) => id !== person?.id))].sort();
  const byId = lookup(dataset).person;
  return (
    <>
      {person && (
        <section className="person-roles" data-roles={person.id}>
          <h3>{t.roles}</h3>
          {person.country && <p>{fill(t.represents, { country: countryName(person.country, locale) })}</p>}
          {person.roles.length === 0 && <p className="muted">{t.noRoles}</p>}
          <ul className="link-list">
            {person.roles.map((r) => (
              <li key={`${r.title}|${r.from ?? ''}`} data-role={r.title}>
                <strong>{r.title}</strong>
                {r.country ? `, ${countryName(r.country, locale)}` : ''}
                {r.from ? ` · ${fill(t.since, { from: formatPartialDate(r.from, locale) })}` : ''}
                {r.to ? ` · ${fill(t.until, { to: formatPartialDate(r.to, locale) })}` : ''}
              </li>
            ))}
          </ul>
          {!person.verified && <p className="muted">{t.unverified}</p>}
        </section>
      )}
      {partners.length > 0 && (
        <p>
          {t.with}:{' '}
          {partners.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <button type="button" className="link" onClick={() => select({ kind: 'person', id })}>
                {byId.has(id) ? localName(byId.get(id)!.names, locale) : id}
              </button>
            </span>
          ))}
        </p>
      )}
      <h3>
        {t.meetings} ({meetings.length})
      </h3>
      <ul className="link-list" data-meetings="">
        {meetings.map((e) => (
          <EventEvidenceItem key={e.id} dataset={dataset} event={e} />
        ))}
      </ul>
      {others.length > 0 && (
        <>
          <h3>
            {t.otherEvents} ({others.length})
          </h3>
          <ul className="link-list">
            {others.map((e) => (
              <EventEvidenceItem key={e.id} dataset={dataset} event={e} />
            ))}
          </ul>
        </>
      )}
      {events.length === 0 && <p className="muted">{shell.noData}</p>}
    </>
  );
}
