/**
 * The message a network layout travels in between the page and the layout worker, and the one
 * function both sides run on it, so the worker's positions are the inline positions (structured
 * clone keeps every number as it is). Only what the simulation reads is posted: not the labels,
 * tones or event lists of a few thousand links.
 */
import { nodePositions } from './layout-network';
import type { LayoutSize, PositionLink, PositionNode, Positions } from './layout-network';
import type { Graph } from './graphs';

export interface LayoutRequest {
  nodes: PositionNode[];
  links: PositionLink[];
  size: LayoutSize;
  /** Positions of an earlier layout to start from (a warm start), or null. */
  start: Positions | null;
}

export function layoutRequest(graph: Graph, size: LayoutSize, start: Positions | null): LayoutRequest {
  return {
    nodes: graph.nodes.map(({ id, value, group }) => ({ id, value, group })),
    links: graph.links.map(({ source, target, value, weight }) => ({ source, target, value, weight })),
    size,
    start,
  };
}

export function runLayout(request: LayoutRequest): Positions {
  return nodePositions(request.nodes, request.links, request.size, request.start);
}

/** True when two graphs have the same nodes and links in the same order (values included). */
export function sameGraph(a: Graph, b: Graph): boolean {
  if (a === b) return true;
  if (a.nodes.length !== b.nodes.length || a.links.length !== b.links.length) return false;
  const sameNodes = a.nodes.every((n, i) => {
    const m = b.nodes[i]!;
    return n.id === m.id && n.value === m.value && n.group === m.group;
  });
  return (
    sameNodes &&
    a.links.every((l, i) => {
      const k = b.links[i]!;
      return l.source === k.source && l.target === k.target && l.value === k.value && l.weight === k.weight;
    })
  );
}

/**
 * Where a chart draws `graph`, given `base` (the same network unfiltered, capped alike): the base
 * layout when the graph is the base, otherwise a warm start from it, so filtering moves the
 * nodes the reader knows as little as the new graph allows. Pure: a function of the two graphs
 * and the size, whatever was shown before.
 */
export function networkPositions(
  graph: Graph,
  base: Graph,
  size: LayoutSize,
  basePositions: Positions = runLayout(layoutRequest(base, size, null)),
): Positions {
  return sameGraph(graph, base) ? basePositions : runLayout(layoutRequest(graph, size, basePositions));
}
