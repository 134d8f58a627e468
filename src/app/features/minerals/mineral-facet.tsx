/**
 * One mineral's card: its name and news count, concentration at a glance, and its own Sankey
 * (own unit, own year) or, with "Table", the same figures as a table.
 */
import { useMemo, useState } from 'react';
import type { MineralRef } from '../../../shared/reference/reference-schema';
import { layoutSankey } from '../../charts/sankey/sankey-layout';
import { KeyedCache } from '../../data/keyed-cache';
import { SankeySvg } from '../../charts/sankey/sankey-svg';
import type { SankeyHighlight } from '../../charts/sankey/sankey-svg';
import type { MarkerModel, SankeyModel, SankeyNews, SankeyNodeModel } from '../../charts/sankey/sankey-types';
import { formatNumber } from '../../i18n/format';
import type { UiLocale } from '../../state/store';
import { sankeyLabels } from './chart-labels';
import { ConcentrationLine } from './concentration-line';
import { mineralName } from './mineral-names';
import { MineralTable } from './mineral-table';
import { countText, MINERALS_STRINGS } from './strings';

export interface MineralFacetProps {
  mineral: MineralRef;
  news: SankeyNews;
  width: number;
  height: number;
  locale: UiLocale;
  highlight: SankeyHighlight;
  onNode: (node: SankeyNodeModel) => void;
  onMarker: (marker: MarkerModel) => void;
}

/** Layouts per news object (newsByMineral keeps the unfiltered news), size, language and selection. */
const layouts = new KeyedCache<SankeyNews, SankeyModel>();

export function MineralFacet({
  mineral: m,
  news,
  width,
  height,
  locale,
  highlight,
  onNode,
  onMarker,
}: MineralFacetProps) {
  const t = MINERALS_STRINGS[locale];
  const [table, setTable] = useState(false);
  const country = highlight.country ?? null;
  const model = useMemo(
    () =>
      layouts.get(news, [m.id, width, height, locale, country].join('|'), () =>
        layoutSankey(m, news, {
          width,
          height,
          labels: sankeyLabels(locale),
          // The selected country keeps its own node even when small, so it can be highlighted.
          keep: country ? [country] : [],
        }),
      ),
    [m, news, width, height, locale, country],
  );
  const headingId = `mn-h-${m.id}`;
  return (
    <section
      className={`mn-facet${highlight.mineral ? ' mn-selected' : ''}`}
      aria-labelledby={headingId}
      data-facet={m.id}
    >
      <header className="mn-facet-head">
        <h3 id={headingId}>
          {mineralName(m.id, locale)}
          {news.articles > 0 && (
            <span className="mn-news-badge">
              {' ● '}
              {countText(t.namedIn, t.namedInOne, news.articles, formatNumber(news.articles, locale))}
            </span>
          )}
        </h3>
        <button type="button" aria-pressed={table} onClick={() => setTable(!table)}>
          {table ? t.showChart : t.showTable}
        </button>
      </header>
      <ConcentrationLine
        values={m.production}
        world={m.world_production}
        stage={m.stage}
        unit={m.unit}
        year={m.year}
        locale={locale}
      />
      {m.mine_production && (
        <ConcentrationLine
          values={m.mine_production.values}
          world={m.mine_production.world}
          stage="mine"
          unit={m.mine_production.unit}
          year={m.mine_production.year}
          locale={locale}
        />
      )}
      {table ? (
        <MineralTable mineral={m} news={news} locale={locale} />
      ) : (
        <SankeySvg model={model} highlight={highlight} onNode={onNode} onMarker={onMarker} />
      )}
    </section>
  );
}
