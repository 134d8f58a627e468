/**
 * The pure layout of a node-link chart (countries or people): a seeded d3-force simulation run to
 * a fixed number of ticks, then fitted into the plot box. Same input, same model, on every load.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg } from 'd3';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import type { Tone } from '../../../shared/vocab';
import { frameBox } from './frame-box';
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

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  group: string | null;
}

const TICKS = 300;

const round = (v: number) => Math.round(v * 10) / 10;

export function layoutNetwork(
  nodesIn: readonly NetNodeInput[],
  linksIn: readonly NetLinkInput[],
  size: { width: number; height: number; seed?: number; useWeight?: boolean },
): NetworkModel {
  const { width, height } = size;
  const box = frameBox(width, height);
  const { plot, fontSize } = box;
  // Sorted copies: d3-force mutates its input, and input order must not change the result.
  const inputs = [...nodesIn].sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  const ids = new Set(inputs.map((n) => n.id));
  const linksSorted = linksIn
    .filter((l) => ids.has(l.source) && ids.has(l.target) && l.source !== l.target)
    .map((l) => ({ ...l, events: [...l.events] }))
    .sort((p, q) => codeOrder(`${p.source}|${p.target}`, `${q.source}|${q.target}`));

  const maxValue = Math.max(1, ...inputs.map((n) => n.value));
  const crowd = Math.sqrt(Math.max(1, inputs.length));
  const rMax = Math.max(
    fontSize * 0.8,
    Math.min(fontSize * 2.6, Math.min(plot.width, plot.height) / (crowd * 2.2)),
  );
  const rMin = Math.max(4, rMax * 0.28);
  const radius = (v: number) => rMin + (rMax - rMin) * Math.sqrt(Math.max(0, v) / maxValue);

  // Start positions from the seeded generator, not d3's phyllotaxis: that one uses Math.cos and
  // Math.sin, whose last bits differ between JavaScript engines (Node 20 and current Chromium
  // disagree for a few hundred nodes), and the simulation turns those bits into visible moves.
  const place = randomLcg((size.seed ?? 42) + 1);
  const spread = 10 * Math.sqrt(inputs.length + 1);
  const sim: SimNode[] = inputs.map((n) => ({
    id: n.id,
    r: radius(n.value),
    group: n.group,
    x: (place() - 0.5) * 2 * spread,
    y: (place() - 0.5) * 2 * spread,
  }));
  const simLinks: SimulationLinkDatum<SimNode>[] = linksSorted.map((l) => ({
    source: l.source,
    target: l.target,
  }));
  const maxW = Math.max(1e-9, ...linksSorted.map((l) => (size.useWeight ? l.weight : l.value)));
  const aspect = plot.width / plot.height;

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
    .force('charge', forceManyBody<SimNode>().strength(-rMax * 8))
    .force(
      'collide',
      forceCollide<SimNode>((d) => d.r + fontSize * 0.8),
    )
    // Pull harder along the short side so the cloud takes the plot's shape.
    .force('x', forceX<SimNode>(0).strength(0.05 / Math.max(1, aspect)))
    .force('y', forceY<SimNode>(0).strength(0.05 * Math.max(1, aspect)))
    .stop();
  simulation.tick(TICKS);

  // Fit the cloud into the plot box, leaving room for the largest circle and its label.
  const xs = sim.map((d) => d.x ?? 0);
  const ys = sim.map((d) => d.y ?? 0);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const padX = rMax + fontSize * 3;
  const padY = rMax + fontSize * 1.4;
  const fit = (v: number, lo: number, hi: number, start: number, span: number) =>
    hi - lo < 1e-6 ? start + span / 2 : start + ((v - lo) / (hi - lo)) * span;
  const nodes: NetNode[] = inputs.map((n, i) => ({
    ...n,
    x: round(fit(xs[i]!, x0, x1, plot.x + padX, Math.max(0, plot.width - 2 * padX))),
    y: round(fit(ys[i]!, y0, y1, plot.y + padY, Math.max(0, plot.height - 2 * padY))),
    r: round(sim[i]!.r),
  }));

  const wMax = Math.max(fontSize * 0.6, Math.min(fontSize * 1.1, rMin * 1.6));
  const links: NetLink[] = linksSorted.map((l) => {
    const v = size.useWeight ? l.weight : l.value;
    return { ...l, width: round(v > 0 ? 1.5 + (wMax - 1.5) * Math.sqrt(v / maxW) : 1.2) };
  });
  return { ...box, width, height, nodes, links };
}
