/**
 * The pure layout of a node-link chart (countries or people): a seeded d3-force simulation run to
 * a fixed number of ticks, then fitted into the plot box. Same input, same model, on every load.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg } from 'd3';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import type { Tone } from '../../../shared/vocab';
import { frameBox } from './frame-box';
import { collidePairwise, manyBodyPairwise, PAIRWISE_MAX_NODES } from './forces';
import type { FrameBox } from './frame-box';
// Code-unit order, not localeCompare: the link order feeds the simulation (see shared/order.ts).
import { codeOrder } from '../../../shared/order';

export interface NetNodeInput {
  id: string;
  label: string;
  /** Meetings the node took part in; the circle's area follows it. */
  value: number;
  /** Cluster key (a person's country); null when unknown. */
  group: string | null;
}

export interface NetLinkInput {
  source: string;
  target: string;
  /** Meetings between the two; the edge width follows it. */
  value: number;
  /** Meetings weighted 1/(n-1) for multilaterals (src/shared/relations.ts). */
  weight: number;
  tone: Tone;
  events: string[];
}

export interface NetNode extends NetNodeInput {
  x: number;
  y: number;
  r: number;
}

export interface NetLink extends NetLinkInput {
  width: number;
}

export interface NetworkModel extends FrameBox {
  width: number;
  height: number;
  nodes: NetNode[];
  links: NetLink[];
}

/** What the force layout reads of a node and a link: enough to post to a worker cheaply. */
export type PositionNode = Pick<NetNodeInput, 'id' | 'value' | 'group'>;
export type PositionLink = Pick<NetLinkInput, 'source' | 'target' | 'value' | 'weight'>;

export interface LayoutSize {
  width: number;
  height: number;
  seed?: number;
  /** Link strength from the multilateral weight instead of the meeting count. */
  useWeight?: boolean;
}

/** A link's key and `data-link`: "source|target". */
export const linkKey = (l: { source: string; target: string }) => `${l.source}|${l.target}`;

/** Node centres in px inside the chart, by id. */
export type Positions = Record<string, [number, number]>;

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  group: string | null;
}

/** Ticks from a seeded scatter, and from an earlier layout's positions (a warm start). */
const TICKS = 300;
const WARM_TICKS = 24;
/**
 * A warm start of only known nodes begins at this alpha and cools to about 0.01 in WARM_TICKS
 * ticks; new nodes add heat and ticks.
 */
const WARM_ALPHA = 0.25;
/** Passes that place new nodes beside placed neighbours, each reaching one link further. */
const PLACE_PASSES = 6;

const round = (v: number) => Math.round(v * 10) / 10;
const byIdOrder = (p: { id: string }, q: { id: string }) => codeOrder(p.id, q.id);

/** Circle radii for the chart's size and the nodes' values. */
function sizing(nodes: readonly PositionNode[], box: FrameBox) {
  const { plot, fontSize } = box;
  const maxValue = Math.max(1, ...nodes.map((n) => n.value));
  const crowd = Math.sqrt(Math.max(1, nodes.length));
  const rMax = Math.max(
    fontSize * 0.8,
    Math.min(fontSize * 2.6, Math.min(plot.width, plot.height) / (crowd * 2.2)),
  );
  const rMin = Math.max(4, rMax * 0.28);
  const radius = (v: number) => rMin + (rMax - rMin) * Math.sqrt(Math.max(0, v) / maxValue);
  return { rMax, rMin, radius };
}

/** Links between distinct known nodes, in code-unit order of "source|target". */
function validLinks<L extends PositionLink>(links: readonly L[], ids: ReadonlySet<string>): L[] {
  return links
    .filter((l) => ids.has(l.source) && ids.has(l.target) && l.source !== l.target)
    .map((l) => ({ l, key: linkKey(l) }))
    .sort((p, q) => codeOrder(p.key, q.key))
    .map(({ l }) => l);
}

/**
 * Where each node goes: a seeded d3-force simulation run to a fixed number of ticks, then fitted
 * into the plot box. With `start` (the positions of an earlier layout of the same size, such as
 * the unfiltered graph's) and at least a quarter of the nodes in it, the simulation starts from
 * there and runs a few cool ticks, so a filtered graph keeps the shape the reader knows and
 * costs a twelfth to a third of a fresh layout (more ticks the more nodes are new); new nodes
 * start beside their placed neighbours. Pure.
 */
export function nodePositions(
  nodesIn: readonly PositionNode[],
  linksIn: readonly PositionLink[],
  size: LayoutSize,
  start?: Positions | null,
): Positions {
  const box = frameBox(size.width, size.height);
  const { plot, fontSize } = box;
  // Sorted copies: d3-force mutates its input, and input order must not change the result.
  const inputs = [...nodesIn].sort(byIdOrder);
  const linksSorted = validLinks(linksIn, new Set(inputs.map((n) => n.id)));
  const { rMax, radius } = sizing(inputs, box);
  const known = start ? inputs.filter((n) => start[n.id]).length : 0;
  const warm = start && known > 0 && known * 4 >= inputs.length ? start : null;
  // The more nodes are new, the hotter and longer the warm start (up to a third of a fresh one).
  const fresh = warm ? 1 - known / inputs.length : 1;

  // Start positions from the seeded generator, not d3's phyllotaxis: that one uses Math.cos and
  // Math.sin, whose last bits differ between JavaScript engines (Node 20 and current Chromium
  // disagree for a few hundred nodes), and the simulation turns those bits into visible moves.
  const place = randomLcg((size.seed ?? 42) + 1);
  const jitter = inputs.map(() => [place() - 0.5, place() - 0.5] as const);
  const spread = 10 * Math.sqrt(inputs.length + 1);
  const [cx, cy] = [plot.x + plot.width / 2, plot.y + plot.height / 2];
  const sim: SimNode[] = inputs.map((n, i) => {
    const at = warm?.[n.id];
    const [jx, jy] = jitter[i]!;
    const [x, y] = at ? [at[0] - cx, at[1] - cy] : [jx * 2 * spread, jy * 2 * spread];
    return { id: n.id, r: radius(n.value), group: n.group, x, y };
  });
  if (warm) {
    // A node the earlier layout did not have starts beside the mean of its placed neighbours;
    // pass after pass, so a new node linked only to new nodes follows them.
    const index = new Map(inputs.map((n, i) => [n.id, i]));
    const placed = inputs.map((n) => Boolean(warm[n.id]));
    const neighbours = inputs.map((): number[] => []);
    for (const l of linksSorted) {
      const [i, j] = [index.get(l.source)!, index.get(l.target)!];
      neighbours[i]!.push(j);
      neighbours[j]!.push(i);
    }
    for (let pass = 0; pass < PLACE_PASSES; pass++) {
      const now = sim.map((_, i) => {
        if (placed[i]) return null;
        const from = neighbours[i]!.filter((j) => placed[j]);
        if (!from.length) return null;
        const [jx, jy] = jitter[i]!;
        const mean = (axis: 'x' | 'y') => from.reduce((s, j) => s + sim[j]![axis]!, 0) / from.length;
        return [mean('x') + jx * rMax * 2, mean('y') + jy * rMax * 2] as const;
      });
      if (now.every((p) => p === null)) break;
      now.forEach((p, i) => {
        if (!p) return;
        [sim[i]!.x, sim[i]!.y] = p;
        placed[i] = true;
      });
    }
  }
  const simLinks: SimulationLinkDatum<SimNode>[] = linksSorted.map((l) => ({
    source: l.source,
    target: l.target,
  }));
  const maxW = Math.max(1e-9, ...linksSorted.map((l) => (size.useWeight ? l.weight : l.value)));
  const aspect = plot.width / plot.height;
  const pairwise = sim.length <= PAIRWISE_MAX_NODES;
  const collideRadius = (d: SimNode) => d.r + fontSize * 0.8;

  const simulation = forceSimulation(sim)
    .randomSource(randomLcg(size.seed ?? 42))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(simLinks)
        .id((d) => d.id)
        .distance(rMax * 3)
        .strength((_, i) => {
          const l = linksSorted[i]!;
          return 0.15 + 0.6 * ((size.useWeight ? l.weight : l.value) / maxW);
        }),
    )
    .force(
      'charge',
      pairwise ? manyBodyPairwise<SimNode>(-rMax * 8) : forceManyBody<SimNode>().strength(-rMax * 8),
    )
    .force(
      'collide',
      pairwise ? collidePairwise<SimNode>(collideRadius) : forceCollide<SimNode>(collideRadius),
    )
    // Pull harder along the short side so the cloud takes the plot's shape.
    .force('x', forceX<SimNode>(0).strength(0.05 / Math.max(1, aspect)))
    .force('y', forceY<SimNode>(0).strength(0.05 * Math.max(1, aspect)))
    .stop();
  const ticks = warm ? Math.round(WARM_TICKS + (TICKS / 3 - WARM_TICKS) * fresh) : TICKS;
  const alpha = WARM_ALPHA + (1 - WARM_ALPHA) * 0.5 * fresh;
  if (warm) simulation.alpha(alpha).alphaDecay(1 - Math.pow(0.01 / alpha, 1 / ticks));
  simulation.tick(ticks);

  // Fit the cloud into the plot box, leaving room for the largest circle and its label.
  const xs = sim.map((d) => d.x ?? 0);
  const ys = sim.map((d) => d.y ?? 0);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const padX = rMax + fontSize * 3;
  const padY = rMax + fontSize * 1.4;
  const fit = (v: number, lo: number, hi: number, from: number, span: number) =>
    hi - lo < 1e-6 ? from + span / 2 : from + ((v - lo) / (hi - lo)) * span;
  const out: Positions = {};
  inputs.forEach((n, i) => {
    out[n.id] = [
      round(fit(xs[i]!, x0, x1, plot.x + padX, Math.max(0, plot.width - 2 * padX))),
      round(fit(ys[i]!, y0, y1, plot.y + padY, Math.max(0, plot.height - 2 * padY))),
    ];
  });
  return out;
}

/**
 * The network model: nodes at `positions` (a fresh `nodePositions` layout when absent), circles
 * sized by meetings, edges by meetings or weight. Pure; input order does not matter.
 */
export function layoutNetwork(
  nodesIn: readonly NetNodeInput[],
  linksIn: readonly NetLinkInput[],
  size: LayoutSize,
  positions: Positions = nodePositions(nodesIn, linksIn, size),
): NetworkModel {
  const { width, height } = size;
  const box = frameBox(width, height);
  const { fontSize } = box;
  const inputs = [...nodesIn].sort(byIdOrder);
  const linksSorted = validLinks(linksIn, new Set(inputs.map((n) => n.id)));
  const { rMin, radius } = sizing(inputs, box);
  const nodes: NetNode[] = inputs.map((n) => {
    const [x, y] = positions[n.id] ?? [box.plot.x + box.plot.width / 2, box.plot.y + box.plot.height / 2];
    return { ...n, x, y, r: round(radius(n.value)) };
  });
  const maxW = Math.max(1e-9, ...linksSorted.map((l) => (size.useWeight ? l.weight : l.value)));
  const wMax = Math.max(fontSize * 0.6, Math.min(fontSize * 1.1, rMin * 1.6));
  const links: NetLink[] = linksSorted.map((l) => {
    const v = size.useWeight ? l.weight : l.value;
    // The event list is shared, not copied: a busy pair has hundreds, and the model is read-only.
    return { ...l, width: round(v > 0 ? 1.5 + (wMax - 1.5) * Math.sqrt(v / maxW) : 1.2) };
  });
  return { ...box, width, height, nodes, links };
}
