/**
 * The links of a large network as a few <path>s, one per tone, width (to a quarter px) and
 * selection, instead of an element per link: a thousand elements cost a filter change most of
 * its time, and the SVG still exports as drawn. `nearestLink` finds the link under the pointer,
 * so hover and click work without an element to hit. Pure apart from the memoised component.
 */
import { memo } from 'react';
import { TONE_COLOURS, toneDash } from '../palette';
import type { NetLink } from './layout-network';

export type Point = { x: number; y: number };
export type PointOf = (id: string) => Point;

/** How a link of a tone is stroked at a width: colour, dash pattern (from `dashWidth`), caps. */
export function linkStroke(tone: NetLink['tone'], width: number, dashWidth = width) {
  return {
    stroke: TONE_COLOURS[tone],
    strokeWidth: width,
    strokeDasharray: toneDash(tone, dashWidth),
    strokeLinecap: tone === 'cooperation' ? ('round' as const) : ('butt' as const),
  };
}

interface Group {
  key: string;
  tone: NetLink['tone'];
  width: number;
  selected: boolean;
  count: number;
  d: string;
}

const quarter = (v: number) => Math.round(v * 4) / 4;

/** The links grouped into paths, in a fixed order (tone, then width, then selection). */
export function linkGroups(
  links: readonly NetLink[],
  at: PointOf,
  selectedIds: ReadonlySet<string>,
): Group[] {
  const groups = new Map<string, Omit<Group, 'count' | 'd'> & { segments: string[] }>();
  for (const l of links) {
    const selected = selectedIds.has(l.source) && selectedIds.has(l.target);
    const width = quarter(selected ? l.width + 2 : l.width);
    const key = `${l.tone}|${width}|${selected ? 1 : 0}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, tone: l.tone, width, selected, segments: [] }));
    const [s, t] = [at(l.source), at(l.target)];
    group.segments.push(`M${s.x},${s.y}L${t.x},${t.y}`);
  }
  const out = [...groups.values()].map(({ segments, ...g }) => ({
    ...g,
    count: segments.length,
    d: segments.join(''),
  }));
  // Selected links drawn last, so they lie on top.
  return out.sort(
    (p, q) =>
      Number(p.selected) - Number(q.selected) ||
      (p.tone < q.tone ? -1 : p.tone > q.tone ? 1 : 0) ||
      p.width - q.width,
  );
}

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const u = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  const [x, y] = [a.x + u * dx - p.x, a.y + u * dy - p.y];
  return x * x + y * y;
}

/**
 * The link whose line passes nearest `p`, if within `tolerance` of its edge (chart units); on a
 * tie the first in the list. Thin lines get the same reach as thick ones.
 */
export function nearestLink(
  links: readonly NetLink[],
  at: PointOf,
  p: Point,
  tolerance: number,
): NetLink | undefined {
  let best: NetLink | undefined;
  let bestD = Infinity;
  for (const l of links) {
    const reach = l.width / 2 + tolerance;
    const d2 = segmentDistance2(p, at(l.source), at(l.target));
    if (d2 <= reach * reach) {
      const d = Math.sqrt(d2) - l.width / 2;
      if (d < bestD) [best, bestD] = [l, d];
    }
  }
  return best;
}

export const LinkPaths = memo(function LinkPaths(props: {
  links: readonly NetLink[];
  at: PointOf;
  selectedIds: ReadonlySet<string>;
  /** Drawn faint, behind highlighted links (while a node or link is hovered). */
  faded: boolean;
}) {
  const groups = linkGroups(props.links, props.at, props.selectedIds);
  return groups.map((g) => (
    <path
      key={g.key}
      data-links={g.count}
      data-tone={g.tone}
      d={g.d}
      strokeOpacity={props.faded ? 0.08 : 0.85}
      {...linkStroke(g.tone, g.width)}
    />
  ));
});
