/**
 * The network layout for a graph and size: computed inline for small graphs, in a Web Worker
 * above WORKER_NODES nodes or WORKER_LINKS links. A filtered graph starts from the layout of the
 * unfiltered one (`base`, see `networkPositions`), which is laid out once per dataset and size.
 *
 * Measured on a 2-core machine: a fresh layout (300 ticks) takes about 20 ms for the seed data's
 * 20 countries, 200 ms for 150 nodes with 1,500 links and 6 s for 2,000 people, enough to freeze
 * input; a warm start (24 to 100 ticks, more the more nodes are new) a twelfth to a third of
 * that. The result is the same pure model either way.
 * While the worker runs, the previous model stays on screen and `pending` is true; a newer
 * request ends the older one.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Graph } from './graphs';
import { layoutNetwork } from './layout-network';
import type { LayoutSize, NetworkModel, Positions } from './layout-network';
import { layoutRequest, networkPositions, runLayout, sameGraph } from './layout-request';
import type { LayoutRequest } from './layout-request';

export const WORKER_NODES = 100;
export const WORKER_LINKS = 400;

/** True when a graph this big is laid out in the worker. */
export const needsWorker = (graph: Graph) =>
  graph.nodes.length > WORKER_NODES || graph.links.length > WORKER_LINKS;

/** One worker kept between requests; a request made while another runs ends that one. */
class LayoutWorker {
  private worker: Worker | null = null;
  private busy = false;

  run(request: LayoutRequest): Promise<Positions> {
    if (this.busy) this.stop();
    const worker = (this.worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), {
      type: 'module',
    }));
    this.busy = true;
    return new Promise((resolve) => {
      worker.onmessage = (event: MessageEvent<Positions>) => {
        this.busy = false;
        resolve(event.data);
      };
      // Should the worker fail to start, lay out here: slow, but the chart still appears.
      worker.onerror = () => {
        this.stop();
        resolve(runLayout(request));
      };
      worker.postMessage(request);
    });
  }

  stop() {
    this.worker?.terminate();
    this.worker = null;
    this.busy = false;
  }
}

const sameSize = (a: LayoutSize, b: LayoutSize) =>
  a.width === b.width && a.height === b.height && a.seed === b.seed && a.useWeight === b.useWeight;

interface Job {
  graph: Graph;
  base: Graph;
  size: LayoutSize;
}

export function useNetworkLayout(
  graph: Graph,
  base: Graph,
  size: LayoutSize,
): { model: NetworkModel | null; pending: boolean } {
  const { width, height, seed, useWeight } = size;
  const job = useMemo<Job>(
    () => ({ graph, base, size: { width, height, seed, useWeight } }),
    [graph, base, width, height, seed, useWeight],
  );
  const offThread = (needsWorker(graph) || needsWorker(base)) && typeof Worker !== 'undefined';
  const inline = useMemo(
    () => (offThread ? null : networkPositions(job.graph, job.base, job.size)),
    [offThread, job],
  );
  const [done, setDone] = useState<{ job: Job; positions: Positions } | null>(null);
  const worker = useRef<LayoutWorker | null>(null);
  /** The base layout last computed, kept while only the filtered graph changes. */
  const baseLayout = useRef<{ base: Graph; size: LayoutSize; positions: Positions } | null>(null);

  // A layout effect: the request is posted as soon as React commits, not a frame later.
  useLayoutEffect(() => {
    if (!offThread) return;
    let live = true;
    const pool = (worker.current ??= new LayoutWorker());
    void (async () => {
      const { graph, base, size } = job;
      const cached = baseLayout.current;
      let start = cached && cached.base === base && sameSize(cached.size, size) ? cached.positions : null;
      if (!start) {
        start = await pool.run(layoutRequest(base, size, null));
        if (!live) return;
        baseLayout.current = { base, size, positions: start };
      }
      const positions = sameGraph(graph, base) ? start : await pool.run(layoutRequest(graph, size, start));
      if (live) setDone({ job, positions });
    })();
    return () => {
      live = false;
    };
  }, [offThread, job]);
  useEffect(() => () => worker.current?.stop(), []);

  const positions = offThread ? done?.positions : inline;
  const shown = offThread ? done?.job : job;
  const model = useMemo(
    () =>
      positions && shown ? layoutNetwork(shown.graph.nodes, shown.graph.links, shown.size, positions) : null,
    [positions, shown],
  );
  return { model, pending: offThread && done?.job !== job };
}
