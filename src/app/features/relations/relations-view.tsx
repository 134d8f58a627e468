/**
 * The relationship charts (`#/relations`): a country network, a people network and a country ×
 * country matrix, all from the filtered events. The view connects the store to the pure layouts
 * and charts; a click selects in every view, and the details panel shows the evidence.
 */
import { useMemo, useRef, useState } from 'react';
import { deriveRelations } from '../../../shared/relations';
import { layoutMatrix } from '../../charts/matrix/layout-matrix';
import { MatrixChart } from '../../charts/matrix/matrix-chart';
import type { LegendItem } from '../../charts/network/chart-frame';
import { countryGraph, peopleGraph } from '../../charts/network/graphs';
import { layoutNetwork } from '../../charts/network/layout-network';
import type { NetLink, NetNode } from '../../charts/network/layout-network';
import { NetworkChart } from '../../charts/network/network-chart';
import { useContainerSize } from '../../charts/network/use-container-size';
import { PALETTE, TONE_COLOURS } from '../../charts/palette';
import { useDataset, useFilteredEvents } from '../../data/use-dataset';
import { countryName, formatNumber, localName } from '../../i18n/format';
import { useStore } from '../../state/store';
import { fill, STRINGS } from './strings';
import './relations.css';

type Tab = 'network' | 'people' | 'matrix';
const TABS: Tab[] = ['network', 'people', 'matrix'];

/** Distinct colours for countries in the people network, by a stable hash of the code. */
const GROUP_COLOURS = [
  PALETTE.blue,
  PALETTE.vermillion,
  PALETTE.green,
  PALETTE.orange,
  PALETTE.purple,
  PALETTE.sky,
];
const groupColour = (group: string | null) =>
  group ? GROUP_COLOURS[[...group].reduce((h, c) => h + c.charCodeAt(0), 0) % GROUP_COLOURS.length]! : '#999';

export default function RelationsView() {
  const locale = useStore((s) => s.locale);
  const selection = useStore((s) => s.selection);
  const t = STRINGS[locale];
  const dataset = useDataset();
  const events = useFilteredEvents();
  const [tab, setTab] = useState<Tab>('network');
  const box = useRef<HTMLDivElement>(null);
  const size = useContainerSize(box);
  const width = Math.max(480, size.width);
  const height = Math.max(360, size.height);

  const meetings = useMemo(() => events.filter((e) => e.type === 'meeting'), [events]);
  const label = (code: string) => countryName(code, locale);
  const source = fill(t.source, {
    events: formatNumber(events.length, locale),
    articles: formatNumber(new Set(events.flatMap((e) => e.sources.map((s) => s.articleId))).size, locale),
  });
  const selectedIds = useMemo(() => {
    if (!selection) return new Set<string>();
    if (selection.kind === 'event')
      return new Set(dataset.events.find((e) => e.id === selection.id)?.countries ?? []);
    return new Set([selection.id]);
  }, [selection, dataset]);
  const toneLegend: LegendItem[] = [
    { label: t.cooperation, colour: TONE_COLOURS.cooperation, shape: 'line' },
    { label: t.conflict, colour: TONE_COLOURS.conflict, shape: 'line' },
    { label: t.neutral, colour: TONE_COLOURS.neutral, shape: 'line' },
  ];
  const select = useStore.getState().select;
  const onLink = (link: NetLink) => {
    const first = link.events[0];
    if (first) select({ kind: 'event', id: first });
  };

  let chart: React.ReactNode = null;
  if (tab === 'network') {
    const graph = countryGraph(events, label);
    const model = layoutNetwork(graph.nodes, graph.links, { width, height, seed: 1 });
    chart = graph.nodes.length ? (
      <NetworkChart
        model={model}
        name="network"
        title={t.titleNetwork}
        legend={toneLegend}
        source={source}
        nodeColour={() => PALETTE.blue}
        selectedIds={selectedIds}
        nodeLabel={(n: NetNode) => fill(t.nodeAria, { name: n.label, n: formatNumber(n.value, locale) })}
        linkLabel={(l: NetLink) =>
          fill(t.cellAria, { a: label(l.source), b: label(l.target), n: formatNumber(l.value, locale) })
        }
        onNode={(n) => select({ kind: 'country', id: n.id })}
        onLink={onLink}
      />
    ) : (
      <p className="placeholder">{t.empty}</p>
    );
  } else if (tab === 'people') {
    const graph = peopleGraph(meetings, dataset.people, (p) => localName(p.names, locale));
    const model = layoutNetwork(graph.nodes, graph.links, { width, height, seed: 1 });
    chart = graph.nodes.length ? (
      <NetworkChart
        model={model}
        name="people"
        title={t.titlePeople}
        legend={[]}
        source={source}
        nodeColour={(n) => groupColour(n.group)}
        selectedIds={selectedIds}
        nodeLabel={(n) => fill(t.nodeAria, { name: n.label, n: formatNumber(n.value, locale) })}
        linkLabel={(l) => `${l.source} – ${l.target}`}
        onNode={(n) => select({ kind: 'person', id: n.id })}
        onLink={onLink}
      />
    ) : (
      <p className="placeholder">{t.emptyPeople}</p>
    );
  } else {
    const model = layoutMatrix(deriveRelations(events), label, { width, height });
    chart = model.rows.length ? (
      <MatrixChart
        model={model}
        title={t.titleMatrix}
        legend={[]}
        source={source}
        selectedIds={selectedIds}
        cellLabel={(c) =>
          fill(t.cellAria, { a: label(c.row), b: label(c.col), n: formatNumber(c.meetings, locale) })
        }
        rowLabel={label}
        onCell={(c) => {
          const first = c.events[0];
          if (first) select({ kind: 'event', id: first });
        }}
        onRow={(id) => select({ kind: 'country', id })}
        onHover={() => undefined}
        formatCount={(n) => formatNumber(n, locale)}
      />
    ) : (
      <p className="placeholder">{t.empty}</p>
    );
  }

  return (
    <section className="relations-view" aria-label={t.tabs}>
      <div role="tablist" aria-label={t.tabs} className="subtabs">
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {t[id]}
          </button>
        ))}
      </div>
      {tab !== 'matrix' && <p className="hint">{t.hint}</p>}
      <div ref={box} className="chart-box">
        {chart}
      </div>
    </section>
  );
}
