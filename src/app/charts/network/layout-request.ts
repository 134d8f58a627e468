/**
 * The message a network layout travels in between the page and the layout worker, and the one
 * function both sides run on it, so the worker's model is the inline model (structured clone
 * keeps every number as it is).
 */
import { layoutNetwork } from './layout-network';
import type { NetLinkInput, NetNodeInput, NetworkModel } from './layout-network';

export interface LayoutRequest {
  nodes: NetNodeInput[];
  links: NetLinkInput[];
  size: { width: number; height: number; seed?: number; useWeight?: boolean };
}

export function runLayout(request: LayoutRequest): NetworkModel {
  return layoutNetwork(request.nodes, request.links, request.size);
}
