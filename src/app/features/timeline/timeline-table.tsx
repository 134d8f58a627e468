/**
 * The timeline's text alternative: the same events as a table (date, kind, parties, status,
 * place, summary), sorted by date with undated events last. A row's summary selects the event, so
 * the details panel shows its evidence. Long lists are cut, and the table says so.
 */
import type { Dataset, DiploEvent } from '../../../shared/schema';
import { lookup } from '../../data/lookup';
import { countryName, formatPartialDate, localName } from '../../i18n/format';
import { TABLE_MAX_ROWS, TableCap } from '../../shell/table-cap';
import type { UiLocale } from '../../state/store';
import { TIMELINE_STRINGS } from './strings';

export interface TimelineTableProps {
  dataset: Dataset;
  events: readonly DiploEvent[];
  caption: string;
  locale: UiLocale;
  vocab: (id: string) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const byDate = (p: DiploEvent, q: DiploEvent) =>
  p.date === q.date
    ? p.id < q.id
      ? -1
      : 1
    : p.date === null
      ? 1
      : q.date === null
        ? -1
        : p.date < q.date
          ? -1
          : 1;

/** "Place, Country", or the country alone when the place is the country itself. */
function placeText(e: DiploEvent, locale: UiLocale): string {
  if (!e.place) return '—';
  const country = countryName(e.place.country, locale);
  return e.place.name === countryName(e.place.country, 'en') ? country : `${e.place.name}, ${country}`;
}

export function TimelineTable(props: TimelineTableProps) {
  const { dataset, locale, vocab } = props;
  const t = TIMELINE_STRINGS[locale];
  const people = lookup(dataset).person;
  const sorted = [...props.events].sort(byDate);
  const rows = sorted.slice(0, TABLE_MAX_ROWS);
  return (
    <div className="data-table-box">
      <table className="data-table" data-table="timeline">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.date}</th>
            <th scope="col">{t.kind}</th>
            <th scope="col">{t.parties}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.place}</th>
            <th scope="col">{t.summary}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id} data-row={e.id} data-selected={e.id === props.selectedId || undefined}>
              <td>{formatPartialDate(e.date, locale)}</td>
              <td>
                {vocab(e.type)}
                {e.kind ? ` · ${vocab(e.kind)}` : ''}
              </td>
              <td>
                {[
                  e.countries.map((c) => countryName(c, locale)).join(', '),
                  e.people
                    .map((id) => (people.has(id) ? localName(people.get(id)!.names, locale) : id))
                    .join(', '),
                ]
                  .filter(Boolean)
                  .join('; ')}
              </td>
              <td>{vocab(e.status)}</td>
              <td>{placeText(e, locale)}</td>
              <td>
                <button type="button" className="link" onClick={() => props.onSelect(e.id)}>
                  {e.summary}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <TableCap shown={rows.length} total={sorted.length} template={t.tableCapped} locale={locale} />
    </div>
  );
}
