/**
 * Many-body repulsion and collision for the force layout, computed pair by pair. d3's
 * forceManyBody and forceCollide build a quadtree on every tick, which pays off for thousands of
 * nodes; for the at most few hundred a chart draws by default, building it costs more than
 * visiting every pair (measured: a warm layout of 150 nodes in about half the time). The force
 * laws are d3's (forceManyBody with distanceMin 1 and no distanceMax, exact instead of
 * Barnes-Hut; forceCollide with strength 1 and one iteration), so the layouts look the same.
 * Deterministic: coincident nodes are pushed apart by the simulation's seeded random source.
 */
import type { Force, SimulationNodeDatum } from 'd3';

/** Up to this many nodes the pairwise forces replace d3's quadtree ones. */
export const PAIRWISE_MAX_NODES = 400;

/** d3's nudge for coincident nodes. */
const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;

/** An offset with a zero part made a tiny random one, as d3 does, and its squared length. */
function apart(x: number, y: number, l: number, random: () => number): [number, number, number] {
  if (x === 0) {
    x = jiggle(random);
    l += x * x;
  }
  if (y === 0) {
    y = jiggle(random);
    l += y * y;
  }
  return [x, y, l];
}

/** Repulsion of every node by every other, of `strength` (negative) per node, as forceManyBody. */
export function manyBodyPairwise<N extends SimulationNodeDatum>(strength: number): Force<N, undefined> {
  let nodes: N[] = [];
  let random: () => number = Math.random;
  const force = (alpha: number) => {
    const w = strength * alpha;
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i]!;
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j]!;
        let x = b.x! - a.x!;
        let y = b.y! - a.y!;
        let l = x * x + y * y;
        if (x === 0 || y === 0) [x, y, l] = apart(x, y, l, random);
        if (l < 1) l = Math.sqrt(l);
        const f = w / l;
        a.vx! += x * f;
        a.vy! += y * f;
        b.vx! -= x * f;
        b.vy! -= y * f;
      }
    }
  };
  force.initialize = (n: N[], r: () => number) => {
    nodes = n;
    random = r;
  };
  return force;
}

/** Keeps circles of `radius(node)` apart, as forceCollide with strength 1 and one iteration. */
export function collidePairwise<N extends SimulationNodeDatum>(
  radius: (node: N) => number,
): Force<N, undefined> {
  let nodes: N[] = [];
  let radii: number[] = [];
  let random: () => number = Math.random;
  const force = () => {
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i]!;
      const ri = radii[i]!;
      const ri2 = ri * ri;
      const xi = a.x! + a.vx!;
      const yi = a.y! + a.vy!;
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j]!;
        const rj = radii[j]!;
        const r = ri + rj;
        let x = xi - b.x! - b.vx!;
        let y = yi - b.y! - b.vy!;
        let l = x * x + y * y;
        if (l >= r * r) continue;
        if (x === 0 || y === 0) [x, y, l] = apart(x, y, l, random);
        l = Math.sqrt(l);
        l = (r - l) / l;
        x *= l;
        y *= l;
        // The smaller circle moves more, as in d3.
        const share = (rj * rj) / (ri2 + rj * rj);
        a.vx! += x * share;
        a.vy! += y * share;
        b.vx! -= x * (1 - share);
        b.vy! -= y * (1 - share);
      }
    }
  };
  force.initialize = (n: N[], r: () => number) => {
    nodes = n;
    radii = n.map(radius);
    random = r;
  };
  return force;
}
