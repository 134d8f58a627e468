/**
 * The relations charts' text alternative (issue 7): the country network and the matrix as a table
 * of pairs (meetings, cooperation, conflict, tone, first and last date), the people network as a
 * table of people (country, meetings, whom they met). A row's name selects the pair or the
 * person, so the details panel shows the events and their evidence.
 */
import { relationTone } from '../../../shared/relations';
import type { PairStats } from '../../../shared/relations';
import type { Person } from '../../../shared/schema';
import type { Graph } from '../../charts/network/graphs';
import { countryName, formatNumber, formatPartialDate, localName } from '../../i18n/format';
import { TABLE_MAX_ROWS, TableCap } from '../../shell/table-cap';
import type { Selection, UiLocale } from '../../state/store';
import { STRINGS } from './strings';

interface TableProps {
  locale: UiLocale;
  caption: string;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
}

export function PairTable(props: TableProps & { pairs: readonly PairStats[] }) {
  const { locale } = props;
  const t = STRINGS[locale];
  const n = (v: number) => formatNumber(v, locale);
  const sorted = [...props.pairs].sort(
    (p, q) => q.meetings - p.meetings || q.events.length - p.events.length,
  );
  const rows = sorted.slice(0, TABLE_MAX_ROWS);
  const selected = props.selection?.kind === 'pair' ? props.selection.id : null;
  return (
    <div className="data-table-box">
      <table className="data-table" data-table="pairs">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.pair}</th>
            <th scope="col" className="num">
              {t.meetings}
            </th>
            <th scope="col" className="num">
              {t.cooperation}
            </th>
            <th scope="col" className="num">
              {t.conflict}
            </th>
            <th scope="col">{t.tone}</th>
            <th scope="col">{t.first}</th>
            <th scope="col">{t.last}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const id = `${r.a},${r.b}`;
            const tone = relationTone(r);
            return (
              <tr key={id} data-row={id} data-selected={selected === id || undefined}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => props.onSelect({ kind: 'pair', id })}>
                    {countryName(r.a, locale)} – {countryName(r.b, locale)}
                  </button>
                </th>
                <td className="num">{n(r.meetings)}</td>
                <td className="num">{n(r.cooperation)}</td>
                <td className="num">{n(r.conflict)}</td>
                <td data-tone={tone}>{t[tone]}</td>
                <td>{formatPartialDate(r.first, locale)}</td>
                <td>{formatPartialDate(r.last, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <TableCap shown={rows.length} total={sorted.length} template={t.tableCapped} locale={locale} />
    </div>
  );
}

export function PeopleTable(props: TableProps & { graph: Graph; people: readonly Person[] }) {
  const { locale, graph } = props;
  const t = STRINGS[locale];
  const byId = new Map(props.people.map((p) => [p.id, p]));
  const name = (id: string) => (byId.has(id) ? localName(byId.get(id)!.names, locale) : id);
  const partners = new Map<string, string[]>();
  for (const l of graph.links) {
    for (const [from, to] of [
      [l.source, l.target],
      [l.target, l.source],
    ] as const) {
      const list = partners.get(from);
      if (list) list.push(to);
      else partners.set(from, [to]);
    }
  }
  const sorted = [...graph.nodes].sort((p, q) => q.value - p.value || (p.id < q.id ? -1 : 1));
  const rows = sorted.slice(0, TABLE_MAX_ROWS);
  const selected = props.selection?.kind === 'person' ? props.selection.id : null;
  return (
    <div className="data-table-box">
      <table className="data-table" data-table="people">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.person}</th>
            <th scope="col">{t.country}</th>
            <th scope="col" className="num">
              {t.meetings}
            </th>
            <th scope="col">{t.metWith}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((node) => (
            <tr key={node.id} data-row={node.id} data-selected={selected === node.id || undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  onClick={() => props.onSelect({ kind: 'person', id: node.id })}
                >
                  {node.label}
                </button>
              </th>
              <td>{node.group ? countryName(node.group, locale) : t.unknownCountry}</td>
              <td className="num">{formatNumber(node.value, locale)}</td>
              <td>{(partners.get(node.id) ?? []).map(name).sort().join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TableCap shown={rows.length} total={sorted.length} template={t.tableCapped} locale={locale} />
    </div>
  );
}
