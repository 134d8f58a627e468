/**
 * Keeps a network drawable: the `maxNodes` nodes with most meetings (ties by id) and, among the
 * links between them, the `maxLinks` strongest. An SVG of 2,000 circles and 20,000 lines is
 * neither usable nor fast; the chart says what it left out. Pure; input order does not matter.
 */
import type { Graph } from './graphs';
import { codeOrder } from '../../../shared/order';
import { linkKey } from './layout-network';

/**
 * Nodes drawn by default, and links drawn at most by default and with "Show all". More than a
 * few hundred links between 150 nodes read as one solid mass, and cost more to paint than the
 * rest of a filter change.
 */
export const NODE_CAP = 150;
export const LINK_CAP = 400;
export const LINK_CAP_ALL = 5000;

export interface CappedGraph extends Graph {
  /** Nodes and links before the cap. */
  totalNodes: number;
  totalLinks: number;
}

const byId = (p: { id: string }, q: { id: string }) => codeOrder(p.id, q.id);

export function capGraph(graph: Graph, maxNodes: number, maxLinks: number): CappedGraph {
  const nodes = [...graph.nodes].sort((p, q) => q.value - p.value || byId(p, q)).slice(0, maxNodes);
  const kept = new Set(nodes.map((n) => n.id));
  const between = graph.links.filter((l) => kept.has(l.source) && kept.has(l.target));
  const links =
    between.length <= maxLinks
      ? between
      : between
          .map((l) => ({ l, key: linkKey(l) }))
          .sort((p, q) => q.l.value - p.l.value || q.l.weight - p.l.weight || codeOrder(p.key, q.key))
          .slice(0, maxLinks)
          .map(({ l }) => l);
  return {
    nodes: nodes.sort(byId),
    links,
    totalNodes: graph.nodes.length,
    totalLinks: graph.links.length,
  };
}
