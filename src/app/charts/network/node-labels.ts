/**
 * Which nodes of a network get a label: the most connected first, each label (centred under its
 * circle, drawn above every circle with a white halo that keeps it readable) kept only where it
 * overlaps no label already kept. In a dense network the busiest nodes in the middle used to
 * print their names over each other; now a name is either readable or left to the node's
 * tooltip, hover and the table. Pure.
 */
import { textWidth } from '../text-metrics';

export interface LabelNode {
  id: string;
  label: string;
  value: number;
  x: number;
  y: number;
  r: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Where a node's label sits at font size `fs` (as the chart draws it: 0.9 em, under the circle). */
export function labelBox(n: LabelNode, fs: number): Box {
  const size = fs * 0.9;
  const w = textWidth(n.label, size) + 4;
  const base = n.y + n.r + fs * 1.05;
  return { x0: n.x - w / 2, y0: base - size, x1: n.x + w / 2, y1: base + size * 0.3 };
}

/**
 * The ids to label: at most `max` nodes, by value (then id), whose labels collide with nothing
 * kept before them.
 */
export function labelledNodes(nodes: readonly LabelNode[], fs: number, max: number): Set<string> {
  const kept: Box[] = [];
  const out = new Set<string>();
  const ordered = [...nodes].sort((p, q) => q.value - p.value || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  for (const n of ordered) {
    if (out.size >= max) break;
    const box = labelBox(n, fs);
    if (kept.some((k) => overlaps(k, box))) continue;
    kept.push(box);
    out.add(n.id);
  }
  return out;
}
