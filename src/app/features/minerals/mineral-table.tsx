/**
 * The text alternative of one mineral's chart: the same figures as tables, each row with its
 * unit, year (estimate) and source, plus the end-use shares and the news counts.
 */
import type { MineralRef } from '../../../shared/reference/reference-schema';
import { isEstimate } from '../../../shared/reference/reference-schema';
import { sourceOf } from '../../../shared/reference/reference';
import { countryName, formatNumber } from '../../i18n/format';
import type { UiLocale } from '../../state/store';
import type { SankeyNews } from '../../charts/sankey/sankey-types';
import { MINERALS_STRINGS } from './strings';
import { codeOrder } from '../../../shared/order';

export interface MineralTableProps {
  mineral: MineralRef;
  news: SankeyNews;
  locale: UiLocale;
}

function FiguresTable(props: {
  caption: string;
  values: Record<string, number>;
  world: number;
  unit: string;
  year: string;
  source: string;
  news: SankeyNews;
  locale: UiLocale;
}) {
  const { values, world, unit, year, locale, news } = props;
  const t = MINERALS_STRINGS[locale];
  const yearText = `${year.replace(/e$/, '')}${isEstimate(year) ? ` (${t.estimate})` : ''}`;
  const rows = Object.entries(values).sort((a, b) => b[1] - a[1] || codeOrder(a[0], b[0]));
  const total = Math.max(
    world,
    rows.reduce((a, [, v]) => a + v, 0),
  );
  return (
    <table className="mn-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.country}</th>
          <th scope="col" className="num">
            {t.value}
          </th>
          <th scope="col">{t.unit}</th>
          <th scope="col" className="num">
            {t.share}
          </th>
          <th scope="col">{t.year}</th>
          <th scope="col" className="num">
            {t.articles}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([code, v]) => (
          <tr key={code} data-country={code}>
            <th scope="row">{code === 'other' ? t.other : countryName(code, locale)}</th>
            <td className="num">{formatNumber(v, locale)}</td>
            <td>{unit}</td>
            <td className="num">{formatNumber((v / total) * 100, locale, { maximumFractionDigits: 1 })}%</td>
            <td>{yearText}</td>
            <td className="num">{formatNumber(news.countryArticles[code] ?? 0, locale)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={6}>
            {t.source}: {props.source}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

export function MineralTable({ mineral: m, news, locale }: MineralTableProps) {
  const t = MINERALS_STRINGS[locale];
  const source = sourceOf(m.source)?.title ?? m.source;
  const stage = (s: 'mine' | 'refinery') => (s === 'mine' ? t.mining : t.refining);
  const shares = Object.entries(m.end_uses?.shares ?? {}).sort((a, b) => b[1] - a[1]);
  const named = [m.end_uses?.leading, ...(m.end_uses?.others ?? [])].filter((x): x is string => !!x);
  return (
    <div className="mn-tables" data-table={m.id}>
      <FiguresTable
        caption={`${stage(m.stage)} — ${m.unit}`}
        values={m.production}
        world={m.world_production}
        unit={m.unit}
        year={m.year}
        source={source}
        news={news}
        locale={locale}
      />
      {m.mine_production && (
        <FiguresTable
          caption={`${t.mining} — ${m.mine_production.unit}`}
          values={m.mine_production.values}
          world={m.mine_production.world}
          unit={m.mine_production.unit}
          year={m.mine_production.year}
          source={source}
          news={news}
          locale={locale}
        />
      )}
      {shares.length > 0 && (
        <table className="mn-table">
          <caption>{`${t.endUses} — ${m.end_uses?.scope ?? ''}`}</caption>
          <thead>
            <tr>
              <th scope="col">{t.endUse}</th>
              <th scope="col" className="num">
                {t.share}
              </th>
            </tr>
          </thead>
          <tbody>
            {shares.map(([name, s]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td className="num">{formatNumber(s, locale)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shares.length === 0 && named.length > 0 && (
        <p>
          {t.endUses} ({t.qualitative}): {named.join(', ')}
        </p>
      )}
      {m.notes && m.notes.length > 0 && (
        <p className="mn-notes">
          {t.notes}: {m.notes.join(' ')}
        </p>
      )}
    </div>
  );
}
