/**
 * The network layout for a graph and size: computed inline for small graphs, in a Web Worker
 * above WORKER_NODES nodes or WORKER_LINKS links. Measured on this 2-core machine: 300 ticks take
 * about 20 ms for the seed data's 20 countries, 250 ms for 150 people with 1,500 links and 6 s for
 * 2,000 people, enough to freeze input. The result is the same pure `layoutNetwork` model either
 * way. While the worker runs, the previous model stays on screen and `pending` is true; a newer
 * request ends the older worker.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Graph } from './graphs';
import type { NetworkModel } from './layout-network';
import { runLayout } from './layout-request';
import type { LayoutRequest } from './layout-request';

export const WORKER_NODES = 100;
export const WORKER_LINKS = 400;

/** True when a graph this big is laid out in the worker. */
export const needsWorker = (graph: Graph) =>
  graph.nodes.length > WORKER_NODES || graph.links.length > WORKER_LINKS;

export function useNetworkLayout(
  graph: Graph,
  size: LayoutRequest['size'],
): { model: NetworkModel | null; pending: boolean } {
  const { width, height, seed, useWeight } = size;
  const request = useMemo<LayoutRequest>(
    () => ({ nodes: graph.nodes, links: graph.links, size: { width, height, seed, useWeight } }),
    [graph, width, height, seed, useWeight],
  );
  const offThread = needsWorker(graph) && typeof Worker !== 'undefined';
  const inline = useMemo(() => (offThread ? null : runLayout(request)), [offThread, request]);
  const [done, setDone] = useState<{ request: LayoutRequest; model: NetworkModel } | null>(null);

  useEffect(() => {
    if (!offThread) return;
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<NetworkModel>) => {
      setDone({ request, model: event.data });
      worker.terminate();
    };
    // Should the worker fail to start, lay out here: slow, but the chart still appears.
    worker.onerror = () => {
      setDone({ request, model: runLayout(request) });
      worker.terminate();
    };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [offThread, request]);

  if (!offThread) return { model: inline, pending: false };
  return { model: done?.model ?? null, pending: done?.request !== request };
}
