/**
 * One network (countries or people) as drawn: the graph capped to what an SVG can show (the
 * most connected nodes first; "Show all" lifts the cap), laid out inline or in a worker, and the
 * chart, whose source line says what the cap left out so an exported picture says it too.
 */
import { useMemo, useState } from 'react';
import { capGraph, LINK_CAP, LINK_CAP_ALL, NODE_CAP } from '../../charts/network/cap-graph';
import type { LegendItem } from '../../charts/network/chart-frame';
import type { Graph } from '../../charts/network/graphs';
import type { NetLink, NetNode } from '../../charts/network/layout-network';
import { NetworkChart } from '../../charts/network/network-chart';
import { useNetworkLayout } from '../../charts/network/use-network-layout';
import { fill } from '../../i18n/fill';
import { formatNumber } from '../../i18n/format';
import type { UiLocale } from '../../state/store';
import { groupColours, groupLegend, OTHER_GROUP } from './relations-legends';
import { STRINGS } from './strings';
import { PALETTE } from '../../charts/palette';

export interface NetworkPanelProps {
  name: 'network' | 'people';
  graph: Graph;
  /** The same network from every event, unfiltered: the layout a filtered graph starts from. */
  base: Graph;
  width: number;
  height: number;
  locale: UiLocale;
  title: string;
  legend: LegendItem[];
  source: string;
  selectedIds: ReadonlySet<string>;
  /** One colour for every node, or `groups`: a colour per group (country) among the nodes drawn. */
  nodeColour?: (node: NetNode) => string;
  groups?: { label: (code: string) => string; other: string };
  nodeLabel: (node: NetNode) => string;
  linkLabel: (link: NetLink) => string;
  onNode: (node: NetNode) => void;
  onLink: (link: NetLink) => void;
}

export function NetworkPanel(props: NetworkPanelProps) {
  const { graph, base, width, height, locale } = props;
  const t = STRINGS[locale];
  const n = (v: number) => formatNumber(v, locale);
  const [all, setAll] = useState(false);
  const cappedBase = useMemo(
    () => capGraph(base, all ? Infinity : NODE_CAP, all ? LINK_CAP_ALL : LINK_CAP),
    [base, all],
  );
  // With no filter the graph is the base: capped once, and the same object, so the layout knows it.
  const capped = useMemo(
    () =>
      graph === base ? cappedBase : capGraph(graph, all ? Infinity : NODE_CAP, all ? LINK_CAP_ALL : LINK_CAP),
    [graph, base, cappedBase, all],
  );
  const { model, pending } = useNetworkLayout(capped, cappedBase, { width, height, seed: 1 });
  const notes = [
    capped.nodes.length < capped.totalNodes &&
      fill(t.capNote, { n: n(capped.nodes.length), total: n(capped.totalNodes) }),
    capped.links.length < capped.totalLinks &&
      fill(t.linksNote, { n: n(capped.links.length), total: n(capped.totalLinks) }),
  ].filter((x): x is string => Boolean(x));
  const canToggle = all || capped.nodes.length < capped.totalNodes;
  // Group colours go to the groups with most nodes on screen, not in the whole network: the 150
  // drawn can all be from countries the other 2,000 outnumber.
  const drawn = model?.nodes;
  const colours = useMemo(() => (props.groups ? groupColours(drawn ?? []) : null), [props.groups, drawn]);
  const legend =
    colours && props.groups
      ? [...props.legend, ...groupLegend(colours, drawn ?? [], props.groups.label, props.groups.other)]
      : props.legend;
  const nodeColour = colours
    ? (node: NetNode) => (node.group && colours.get(node.group)) || OTHER_GROUP
    : (props.nodeColour ?? (() => PALETTE.blue));
  return (
    <>
      {canToggle && (
        <button type="button" className="cap-toggle" aria-pressed={all} onClick={() => setAll(!all)}>
          {all ? fill(t.showFewer, { n: n(NODE_CAP) }) : fill(t.showAll, { total: n(capped.totalNodes) })}
        </button>
      )}
      {pending && (
        <p className="layout-pending" role="status">
          {fill(t.layingOut, { n: n(capped.nodes.length) })}
        </p>
      )}
      {model && (
        <NetworkChart
          {...props}
          legend={legend}
          nodeColour={nodeColour}
          model={model}
          source={notes.length ? `${props.source} · ${notes.join(', ')}` : props.source}
        />
      )}
    </>
  );
}
