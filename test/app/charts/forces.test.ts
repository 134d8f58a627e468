import { forceCollide, forceManyBody, forceSimulation, randomLcg } from 'd3';
import type { Force, SimulationNodeDatum } from 'd3';
import { describe, expect, it } from 'vitest';
import { collidePairwise, manyBodyPairwise } from '../../../src/app/charts/network/forces';

interface Node extends SimulationNodeDatum {
  r: number;
}

/** Velocities after one tick of `force` alone, from the same seeded positions. */
function velocities(force: Force<Node, undefined>, nodes: Node[]): number[] {
  const copy = nodes.map((n) => ({ ...n, vx: 0, vy: 0 }));
  forceSimulation(copy).randomSource(randomLcg(3)).velocityDecay(0).force('f', force).stop().tick(1);
  // Positions moved by the velocities; the velocities are what the force set.
  return copy.flatMap((n) => [n.vx!, n.vy!]);
}

function scatter(count: number, spread: number, seed: number): Node[] {
  const random = randomLcg(seed);
  return Array.from({ length: count }, () => ({
    x: random() * spread,
    y: random() * spread,
    r: 3 + random() * 6,
  }));
}

describe('manyBodyPairwise(strength)', () => {
  it('pushes nodes as d3’s forceManyBody does when that one visits every node (theta 0)', () => {
    const nodes = scatter(60, 400, 1);
    const ours = velocities(manyBodyPairwise<Node>(-80), nodes);
    const d3s = velocities(forceManyBody<Node>().strength(-80).theta(0), nodes);
    ours.forEach((v, i) => expect(v).toBeCloseTo(d3s[i]!, 9));
  });

  it('separates two nodes at the same spot without NaN, the same way on every run', () => {
    const nodes = [
      { x: 5, y: 5, r: 1 },
      { x: 5, y: 5, r: 1 },
    ];
    const first = velocities(manyBodyPairwise<Node>(-10), nodes);
    expect(first.every(Number.isFinite)).toBe(true);
    expect(first.some((v) => v !== 0)).toBe(true);
    expect(velocities(manyBodyPairwise<Node>(-10), nodes)).toEqual(first);
  });
});

describe('collidePairwise(radius)', () => {
  it('moves overlapping circles apart as d3’s forceCollide does', () => {
    // Pairs that overlap only each other, so the order the pairs are visited in does not matter.
    const nodes: Node[] = [
      { x: 0, y: 0, r: 10 },
      { x: 12, y: 3, r: 6 },
      { x: 200, y: 200, r: 8 },
      { x: 205, y: 190, r: 8 },
      { x: 400, y: 0, r: 5 },
    ];
    const ours = velocities(
      collidePairwise<Node>((d) => d.r),
      nodes,
    );
    const d3s = velocities(
      forceCollide<Node>((d) => d.r),
      nodes,
    );
    ours.forEach((v, i) => expect(v).toBeCloseTo(d3s[i]!, 9));
    expect(ours.slice(8)).toEqual([0, 0]);
  });
});
