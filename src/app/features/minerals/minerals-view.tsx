/**
 * The critical-minerals supply-chain view (`#/minerals`): a picker, one Sankey per mineral (each
 * with its own unit), concentration at a glance, China's export-control timeline, and the news
 * placed on the chain. It connects the store to the pure charts; the charts never read the store.
 */
import { useMemo, useState } from 'react';
import { REFERENCE } from '../../../shared/reference/reference';
import { useFilteredArticles, useFilteredEvents } from '../../data/use-dataset';
import { useStore } from '../../state/store';
import type { MarkerModel, SankeyNodeModel } from '../../charts/sankey/sankey-types';
import { formatNumber } from '../../i18n/format';
import { MineralFacet } from './mineral-facet';
import { MineralPicker } from './mineral-picker';
import { ControlsStrip } from './controls-strip';
import { exportControlEvents, mineralArticleCounts, newsByMineral } from './minerals-news';
import { mineralName } from './mineral-names';
import { SelectionBar } from './selection-bar';
import { countText, MINERALS_STRINGS } from './strings';
import { useWidth } from './use-width';
import './minerals.css';

const REFERENCE_IDS: string[] = REFERENCE.minerals.map((m) => m.id);
const GAP = 16;

function onNode(node: SankeyNodeModel) {
  const { select } = useStore.getState();
  if (node.kind === 'country') select({ kind: 'country', id: node.key });
  if (node.kind === 'stage') select({ kind: 'mineral', id: node.key });
}
function onMarker(marker: MarkerModel) {
  useStore.getState().select({ kind: 'event', id: marker.eventId });
}

export default function MineralsView() {
  const locale = useStore((s) => s.locale);
  const selection = useStore((s) => s.selection);
  const filterMinerals = useStore((s) => s.filters.minerals);
  const t = MINERALS_STRINGS[locale];
  const articles = useFilteredArticles();
  const events = useFilteredEvents();
  const counts = useMemo(() => mineralArticleCounts(articles), [articles]);
  const newsOnly = useMemo(
    () => [...counts.keys()].filter((id) => !REFERENCE_IDS.includes(id)).sort(),
    [counts],
  );

  // The shared minerals filter preselects the picker; a pick made here holds until the filter changes.
  const filterKey = filterMinerals.join(',');
  const [pick, setPick] = useState<{ key: string; ids: string[] } | null>(null);
  const shown =
    pick && pick.key === filterKey ? pick.ids : filterMinerals.length ? filterMinerals : REFERENCE_IDS;
  const shownRefs = REFERENCE.minerals.filter((m) => shown.includes(m.id));
  const allShown = REFERENCE_IDS.every((id) => shown.includes(id));
  // With "all", the news-only minerals show as cards too; otherwise only those picked.
  const shownNewsOnly = newsOnly.filter((id) => shown.includes(id) || allShown);

  const newsById = useMemo(() => newsByMineral(REFERENCE_IDS, articles, events), [articles, events]);
  const controlEvents = useMemo(() => exportControlEvents(events), [events]);

  const [gridRef, width] = useWidth<HTMLDivElement>();
  const columns = shownRefs.length > 1 && width >= 1400 ? 2 : 1;
  const facetWidth = Math.floor((width - GAP * (columns - 1)) / columns);
  const ratio = shownRefs.length === 1 ? 0.48 : 0.56;
  const facetHeight = Math.round(Math.min(1000, Math.max(340, facetWidth * ratio)));
  const selCountry = selection?.kind === 'country' ? selection.id : null;
  const selEvent = selection?.kind === 'event' ? selection.id : null;

  return (
    <div className="mn-view" ref={gridRef}>
      <h2>{t.title}</h2>
      <p className="mn-intro">{t.intro}</p>
      <MineralPicker
        referenceIds={REFERENCE_IDS}
        newsOnlyIds={newsOnly}
        shown={shown}
        counts={counts}
        onChange={(ids) => setPick({ key: filterKey, ids })}
      />
      <SelectionBar locale={locale} />
      {shownRefs.length === 0 && shownNewsOnly.length === 0 && <p className="muted">{t.nothing}</p>}
      <div
        className="mn-grid"
        style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gap: GAP }}
      >
        {shownRefs.map((m) => (
          <MineralFacet
            key={m.id}
            mineral={m}
            news={newsById.get(m.id)!}
            width={facetWidth}
            height={facetHeight}
            locale={locale}
            highlight={{
              country: selCountry,
              mineral: selection?.kind === 'mineral' && selection.id === m.id,
              eventId: selEvent,
            }}
            onNode={onNode}
            onMarker={onMarker}
          />
        ))}
      </div>
      {shownNewsOnly.length > 0 && (
        <div className="mn-news-only">
          {shownNewsOnly.map((id) => (
            <button
              type="button"
              key={id}
              className="mn-card"
              data-news-only={id}
              aria-pressed={selection?.kind === 'mineral' && selection.id === id}
              onClick={() => useStore.getState().select({ kind: 'mineral', id })}
            >
              <strong>{mineralName(id, locale)}</strong>
              <span>
                {countText(
                  t.newsOnly,
                  t.newsOnlyOne,
                  counts.get(id) ?? 0,
                  formatNumber(counts.get(id) ?? 0, locale),
                )}
              </span>
            </button>
          ))}
        </div>
      )}
      <ControlsStrip
        controls={REFERENCE.export_controls}
        events={controlEvents}
        width={width}
        locale={locale}
        selectedEvent={selEvent}
      />
      <aside className="mn-iea">
        <h3>{t.iea}</h3>
        {REFERENCE.refining_concentration.facts.map((f) => (
          <p key={f}>{f}</p>
        ))}
        <p className="muted">
          {t.source}: {REFERENCE.sources[REFERENCE.refining_concentration.source]?.title}
        </p>
      </aside>
    </div>
  );
}
