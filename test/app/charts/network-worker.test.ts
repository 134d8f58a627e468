import { afterEach, describe, expect, it, vi } from 'vitest';
import { capGraph } from '../../../src/app/charts/network/cap-graph';
import { peopleGraph } from '../../../src/app/charts/network/graphs';
import type { Graph } from '../../../src/app/charts/network/graphs';
import { layoutNetwork, nodePositions } from '../../../src/app/charts/network/layout-network';
import type { Positions } from '../../../src/app/charts/network/layout-network';
import { layoutRequest, networkPositions } from '../../../src/app/charts/network/layout-request';
import { needsWorker } from '../../../src/app/charts/network/use-network-layout';
import { generateScaleDataset } from '../../fixtures/scale-dataset';

const { dataset: data } = generateScaleDataset({ articles: 1000, meetings: 1500, people: 400 });
const graph = peopleGraph(data.events, data.people, (p) => p.name);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('layout.worker.ts', () => {
  it('posts the same positions as the inline layout for the same request, through structured clone', async () => {
    const capped = capGraph(graph, 200, 1200);
    const size = { width: 900, height: 560, seed: 1 };
    const request = layoutRequest(capped, size, null);
    expect(needsWorker(capped)).toBe(true);
    // Only what the simulation reads is posted.
    expect(Object.keys(request.nodes[0]!).sort()).toEqual(['group', 'id', 'value']);
    expect(Object.keys(request.links[0]!).sort()).toEqual(['source', 'target', 'value', 'weight']);
    const posted: Positions[] = [];
    const fakeSelf: {
      onmessage: ((e: MessageEvent) => void) | null;
      postMessage: (m: Positions) => void;
    } = {
      onmessage: null,
      postMessage: (m) => posted.push(structuredClone(m)),
    };
    vi.stubGlobal('self', fakeSelf);
    await import('../../../src/app/charts/network/layout.worker');
    fakeSelf.onmessage!({ data: structuredClone(request) } as MessageEvent);

    const inline = layoutNetwork(capped.nodes, capped.links, size);
    expect(posted).toHaveLength(1);
    expect(layoutNetwork(capped.nodes, capped.links, size, posted[0]!)).toEqual(inline);
  });
});

describe('networkPositions(graph, base, size)', () => {
  const size = { width: 900, height: 560, seed: 1 };
  const base = capGraph(graph, 150, 1500);
  const basePositions = nodePositions(base.nodes, base.links, size);
  // A filtered graph: the meetings of the first half of the events.
  const half = capGraph(
    peopleGraph(data.events.slice(0, Math.floor(data.events.length / 2)), data.people, (p) => p.name),
    150,
    1500,
  );

  it('draws the unfiltered graph at the base layout', () => {
    expect(networkPositions(base, base, size)).toEqual(basePositions);
    const copy = { nodes: base.nodes.map((n) => ({ ...n })), links: base.links.map((l) => ({ ...l })) };
    expect(networkPositions(copy, base, size, basePositions)).toBe(basePositions);
  });

  it('starts a filtered graph from the base layout: the nodes move less than in a fresh layout', () => {
    const warm = networkPositions(half, base, size, basePositions);
    const cold = nodePositions(half.nodes, half.links, size);
    const shared = half.nodes.map((n) => n.id).filter((id) => basePositions[id]);
    expect(shared.length * 2).toBeGreaterThanOrEqual(half.nodes.length);
    const moved = (p: Positions) =>
      shared.reduce(
        (s, id) => s + Math.hypot(p[id]![0] - basePositions[id]![0], p[id]![1] - basePositions[id]![1]),
        0,
      ) / shared.length;
    expect(moved(warm)).toBeLessThan(moved(cold) / 2);
    // Every node is placed inside the chart.
    for (const n of half.nodes) {
      const [x, y] = warm[n.id]!;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(size.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(size.height);
    }
  });

  it('is a pure function of the two graphs and the size', () => {
    const a = networkPositions(half, base, size);
    const b = networkPositions(
      { nodes: [...half.nodes].reverse(), links: [...half.links].reverse() },
      base,
      size,
    );
    expect(b).toEqual(a);
  });

  it('places mostly new people beside the known people they met, quicker than afresh', () => {
    // The people of one country's meetings, the first country (in code order) whose graph has
    // between a quarter and a half of its people among the base's 150.
    const countries = [...new Set(data.events.flatMap((e) => e.countries))].sort();
    const graphs = countries.map((country) =>
      capGraph(
        peopleGraph(
          data.events.filter((e) => e.countries.includes(country)),
          data.people,
          (p) => p.name,
        ),
        150,
        1500,
      ),
    );
    const share = (g: Graph) => g.nodes.filter((n) => basePositions[n.id]).length / g.nodes.length;
    const own = graphs.find((g) => g.nodes.length >= 40 && share(g) >= 0.25 && share(g) < 0.5)!;
    expect(own).toBeDefined();
    const warm = networkPositions(own, base, size, basePositions);
    const cold = nodePositions(own.nodes, own.links, size);
    const ids = own.nodes.map((n) => n.id).filter((id) => basePositions[id]);
    const moved = (p: Positions) =>
      ids.reduce(
        (s, id) => s + Math.hypot(p[id]![0] - basePositions[id]![0], p[id]![1] - basePositions[id]![1]),
        0,
      ) / ids.length;
    expect(moved(warm)).toBeLessThan(moved(cold));
    // No two circles on top of each other.
    const at = Object.values(warm);
    for (let i = 0; i < at.length; i++)
      for (let j = i + 1; j < at.length; j++)
        expect(Math.hypot(at[i]![0] - at[j]![0], at[i]![1] - at[j]![1])).toBeGreaterThan(4);
  });

  it('lays a graph out afresh when fewer than a quarter of its nodes are in the base', () => {
    const small = capGraph(graph, 10, 100);
    const other = { nodes: half.nodes.filter((n) => !small.nodes.some((m) => m.id === n.id)), links: [] };
    const few = { nodes: [...other.nodes.slice(0, 12), ...small.nodes.slice(0, 2)], links: [] };
    const start = nodePositions(small.nodes, small.links, size);
    expect(nodePositions(few.nodes, few.links, size, start)).toEqual(
      nodePositions(few.nodes, few.links, size),
    );
  });
});

describe('capGraph(graph, maxNodes, maxLinks)', () => {
  it('keeps the nodes with most meetings and only links between them, whatever the input order', () => {
    const capped = capGraph(graph, 150, 100_000);
    expect(capped.totalNodes).toBe(graph.nodes.length);
    expect(capped.nodes).toHaveLength(150);
    const least = Math.min(...capped.nodes.map((n) => n.value));
    const kept = new Set(capped.nodes.map((n) => n.id));
    for (const n of graph.nodes) if (!kept.has(n.id)) expect(n.value).toBeLessThanOrEqual(least);
    for (const l of capped.links) expect(kept.has(l.source) && kept.has(l.target)).toBe(true);
    expect(capped.links).toHaveLength(
      graph.links.filter((l) => kept.has(l.source) && kept.has(l.target)).length,
    );
    const reversed = capGraph(
      { nodes: [...graph.nodes].reverse(), links: [...graph.links].reverse() },
      150,
      100_000,
    );
    expect(reversed.nodes).toEqual(capped.nodes);
  });

  it('draws at most maxLinks links, the strongest first', () => {
    const capped = capGraph(graph, Infinity, 300);
    expect(capped.nodes).toHaveLength(graph.nodes.length);
    expect(capped.links).toHaveLength(300);
    const weakestKept = Math.min(...capped.links.map((l) => l.value));
    const strongerLeft = graph.links.filter((l) => l.value > weakestKept && !capped.links.includes(l));
    expect(strongerLeft).toEqual([]);
  });

  it('leaves a small graph as it is and lays it out inline', () => {
    const small = { nodes: graph.nodes.slice(0, 20), links: [] };
    const capped = capGraph(small, 150, 1500);
    expect(capped.nodes.map((n) => n.id).sort()).toEqual(small.nodes.map((n) => n.id).sort());
    expect(needsWorker(capped)).toBe(false);
  });
});
