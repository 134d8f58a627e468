/**
 * The relationship charts (`#/relations`): a country network, a people network and a country ×
 * country matrix, all from the filtered events, each with a "Table" text alternative. The view
 * connects the store to the pure layouts and charts; a click on a node, a line, a cell or a row
 * selects in every view, and the details panel shows the evidence.
 */
import { useMemo, useRef, useState } from 'react';
import type { PairStats } from '../../../shared/relations';
import { layoutMatrix } from '../../charts/matrix/layout-matrix';
import { MatrixChart } from '../../charts/matrix/matrix-chart';
import { countryGraph, peopleGraph } from '../../charts/network/graphs';
import type { Graph } from '../../charts/network/graphs';
import type { NetLink } from '../../charts/network/layout-network';
import { useContainerSize } from '../../charts/network/use-container-size';
import { sourceLine } from '../../charts/source-line';
import { articleCountOf } from '../../data/article-count';
import { useDataset, useFilteredEvents } from '../../data/use-dataset';
import { fill } from '../../i18n/fill';
import { countryName, formatNumber, localName } from '../../i18n/format';
import { useStore } from '../../state/store';
import { NetworkPanel } from './network-panel';
import { PairTable, PeopleTable } from './relation-tables';
import { matrixLegend, toneLegend } from './relations-legends';
import { STRINGS } from './strings';
import './relations.css';
import { lookup } from '../../data/lookup';
import { pairStatsOf, peopleLinksOf } from '../../data/pair-index';

type Tab = 'network' | 'people' | 'matrix';
const NO_GRAPH: Graph = { nodes: [], links: [] };
const TABS: Tab[] = ['network', 'people', 'matrix'];

export default function RelationsView() {
  const locale = useStore((s) => s.locale);
  const selection = useStore((s) => s.selection);
  const t = STRINGS[locale];
  const dataset = useDataset();
  const events = useFilteredEvents();
  const [tab, setTab] = useState<Tab>('network');
  const [table, setTable] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const size = useContainerSize(box);
  const width = Math.max(480, size.width);
  const height = Math.max(360, size.height);

  const n = (v: number) => formatNumber(v, locale);
  const label = (code: string) => countryName(code, locale);
  // Only what the current tab draws is derived: 10,000 events take tens of ms per graph. The
  // unfiltered graphs are derived once: a filtered network starts from their layout, and with no
  // filter they are what is drawn.
  const unfiltered = events === dataset.events;
  const allPairs = useMemo(
    () => (tab === 'people' ? [] : pairStatsOf(dataset, dataset.events)),
    [dataset, tab],
  );
  const pairs = useMemo(
    () => (unfiltered ? allPairs : tab === 'people' ? [] : pairStatsOf(dataset, events)),
    [dataset, events, tab, unfiltered, allPairs],
  );
  const allCountries = useMemo(
    () =>
      tab === 'network' ? countryGraph(dataset.events, (c) => countryName(c, locale), allPairs) : NO_GRAPH,
    [dataset, tab, allPairs, locale],
  );
  const countries = useMemo(
    () =>
      tab !== 'network' || table
        ? NO_GRAPH
        : unfiltered
          ? allCountries
          : countryGraph(events, (c) => countryName(c, locale), pairs),
    [events, locale, tab, table, pairs, unfiltered, allCountries],
  );
  const allPeople = useMemo(
    () =>
      tab === 'people'
        ? peopleGraph(
            dataset.events,
            dataset.people,
            (p) => localName(p.names, locale),
            peopleLinksOf(dataset, dataset.events),
          )
        : NO_GRAPH,
    [dataset, tab, locale],
  );
  const people = useMemo(
    () =>
      tab !== 'people'
        ? NO_GRAPH
        : unfiltered
          ? allPeople
          : peopleGraph(
              events,
              dataset.people,
              (p) => localName(p.names, locale),
              peopleLinksOf(dataset, events),
            ),
    [events, dataset, locale, tab, unfiltered, allPeople],
  );
  // A pair's counts for a link's label, looked up only when a label is asked for (on hover, or
  // for the few links of a small network).
  const pairOf = useMemo(() => {
    let byKey: Map<string, PairStats> | null = null;
    return (a: string, b: string) =>
      (byKey ??= new Map(pairs.map((p) => [`${p.a}|${p.b}`, p]))).get(`${a}|${b}`);
  }, [pairs]);
  const source = useMemo(
    () => sourceLine(t.source, events, locale, articleCountOf(dataset, events)),
    [dataset, events, t, locale],
  );
  const selectedIds = useMemo(() => {
    if (!selection) return new Set<string>();
    if (selection.kind === 'event') return new Set(lookup(dataset).event.get(selection.id)?.countries ?? []);
    if (selection.kind === 'pair') return new Set(selection.id.split(','));
    return new Set([selection.id]);
  }, [selection, dataset]);
  const select = useStore.getState().select;
  const onLink = (l: NetLink) => select({ kind: 'pair', id: [l.source, l.target].sort().join(',') });
  const groups = useMemo(
    () => ({ label: (code: string) => countryName(code, locale), other: t.other }),
    [locale, t],
  );
  const personName = new Map(people.nodes.map((p) => [p.id, p.label]));
  const common = { width, height, locale, source, selectedIds, onLink };
  const tableProps = { locale, selection, onSelect: select };

  let content: React.ReactNode;
  if (tab === 'network') {
    content = table ? (
      <PairTable {...tableProps} pairs={pairs} caption={fill(t.tableNetwork, { n: n(pairs.length) })} />
    ) : countries.nodes.length ? (
      <NetworkPanel
        {...common}
        name="network"
        graph={countries}
        base={allCountries}
        title={t.titleNetwork}
        legend={toneLegend(
          t,
          countries.links.some((l) => l.value === 0),
        )}
        nodeLabel={(node) => fill(t.nodeAria, { name: node.label, n: n(node.value) })}
        linkLabel={(l) => {
          const r = pairOf(l.source, l.target);
          return fill(t.linkAria, {
            a: label(l.source),
            b: label(l.target),
            n: n(l.value),
            c: n(r?.cooperation ?? 0),
            d: n(r?.conflict ?? 0),
          });
        }}
        onNode={(node) => select({ kind: 'country', id: node.id })}
      />
    ) : (
      <p className="placeholder">{t.empty}</p>
    );
  } else if (tab === 'people') {
    content = table ? (
      <PeopleTable
        {...tableProps}
        graph={people}
        people={dataset.people}
        caption={fill(t.tablePeople, { n: n(people.nodes.length) })}
      />
    ) : people.nodes.length ? (
      <NetworkPanel
        {...common}
        name="people"
        graph={people}
        base={allPeople}
        title={t.titlePeople}
        legend={[]}
        groups={groups}
        nodeLabel={(node) =>
          `${fill(t.nodeAria, { name: node.label, n: n(node.value) })}${node.group ? ` (${label(node.group)})` : ''}`
        }
        linkLabel={(l) =>
          fill(t.cellAria, {
            a: personName.get(l.source) ?? l.source,
            b: personName.get(l.target) ?? l.target,
            n: n(l.value),
          })
        }
        onNode={(node) => select({ kind: 'person', id: node.id })}
      />
    ) : (
      <p className="placeholder">{t.emptyPeople}</p>
    );
  } else {
    const met = pairs.filter((p) => p.meetings > 0);
    const model = layoutMatrix(met, label, { width, height });
    content = table ? (
      <PairTable {...tableProps} pairs={met} caption={fill(t.tableMatrix, { n: n(met.length) })} />
    ) : model.rows.length ? (
      <MatrixChart
        model={model}
        title={t.titleMatrix}
        legend={matrixLegend(t)}
        source={model.hidden ? `${source} · ${fill(t.hiddenNote, { n: n(model.rows.length) })}` : source}
        selectedIds={selectedIds}
        cellLabel={(c) => fill(t.cellAria, { a: label(c.row), b: label(c.col), n: n(c.meetings) })}
        rowLabel={label}
        onCell={(c) => select({ kind: 'pair', id: [c.row, c.col].sort().join(',') })}
        onRow={(id) => select({ kind: 'country', id })}
        formatCount={n}
      />
    ) : (
      <p className="placeholder">{t.empty}</p>
    );
  }

  return (
    <section className="chart-view relations-view" aria-label={t.tabs}>
      <div className="subtabs">
        <div role="tablist" aria-label={t.tabs} className="rel-tabs">
          {TABS.map((id) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
              {t[id]}
            </button>
          ))}
        </div>
        <button type="button" aria-pressed={table} onClick={() => setTable(!table)}>
          {table ? t.showChart : t.showTable}
        </button>
      </div>
      {!table && tab !== 'matrix' && <p className="hint">{t.hint}</p>}
      <div ref={box} className={table ? 'chart-box table-mode' : 'chart-box'}>
        {content}
      </div>
    </section>
  );
}
