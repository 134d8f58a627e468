/**
 * Runs a network's force layout off the main thread, so a graph of thousands of nodes does not
 * freeze the page (see use-network-layout.ts). Same pure function as inline: same positions.
 */
import { runLayout } from './layout-request';
import type { LayoutRequest } from './layout-request';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  self.postMessage(runLayout(event.data));
};
