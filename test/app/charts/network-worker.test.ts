import { afterEach, describe, expect, it, vi } from 'vitest';
import { capGraph } from '../../../src/app/charts/network/cap-graph';
import { peopleGraph } from '../../../src/app/charts/network/graphs';
import { layoutNetwork } from '../../../src/app/charts/network/layout-network';
import type { NetworkModel } from '../../../src/app/charts/network/layout-network';
import type { LayoutRequest } from '../../../src/app/charts/network/layout-request';
import { needsWorker } from '../../../src/app/charts/network/use-network-layout';
import { generateScaleDataset } from '../../fixtures/scale-dataset';

const { dataset: data } = generateScaleDataset({ articles: 1000, meetings: 1500, people: 400 });
const graph = peopleGraph(data.events, data.people, (p) => p.name);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('layout.worker.ts', () => {
  it('posts the same model as the inline layout for the same request, through structured clone', async () => {
    const capped = capGraph(graph, 200, 1200);
    const request: LayoutRequest = {
      nodes: capped.nodes,
      links: capped.links,
      size: { width: 900, height: 560, seed: 1 },
    };
    expect(needsWorker(capped)).toBe(true);
    const posted: NetworkModel[] = [];
    const fakeSelf: {
      onmessage: ((e: MessageEvent) => void) | null;
      postMessage: (m: NetworkModel) => void;
    } = {
      onmessage: null,
      postMessage: (m) => posted.push(structuredClone(m)),
    };
    vi.stubGlobal('self', fakeSelf);
    await import('../../../src/app/charts/network/layout.worker');
    fakeSelf.onmessage!({ data: structuredClone(request) } as MessageEvent);

    const inline = layoutNetwork(request.nodes, request.links, request.size);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.nodes.map((n) => [n.id, n.x, n.y, n.r])).toEqual(
      inline.nodes.map((n) => [n.id, n.x, n.y, n.r]),
    );
    expect(posted[0]).toEqual(inline);
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
