import { describe, expect, it } from 'vitest';
import { linkGroups, nearestLink } from '../../../src/app/charts/network/link-paths';
import type { NetLink } from '../../../src/app/charts/network/layout-network';

const link = (source: string, target: string, over: Partial<NetLink> = {}): NetLink => ({
  source,
  target,
  value: 1,
  weight: 1,
  tone: 'cooperation',
  events: [],
  width: 2,
  ...over,
});
const points: Record<string, { x: number; y: number }> = {
  A: { x: 0, y: 0 },
  B: { x: 100, y: 0 },
  C: { x: 100, y: 100 },
  D: { x: 0, y: 100 },
};
const at = (id: string) => points[id]!;

describe('linkGroups(links, at, selected)', () => {
  it('draws every link once, in one path per tone, width and selection', () => {
    const links = [
      link('A', 'B'),
      link('B', 'C'),
      link('C', 'D', { tone: 'conflict' }),
      link('A', 'D', { width: 4.1 }),
    ];
    const groups = linkGroups(links, at, new Set(['A', 'D']));
    expect(groups.reduce((s, g) => s + g.count, 0)).toBe(links.length);
    const segments = groups.flatMap((g) => g.d.match(/M[^M]+/g) ?? []);
    expect(segments.sort()).toEqual(['M0,0L0,100', 'M0,0L100,0', 'M100,0L100,100', 'M100,100L0,100'].sort());
    // A–D is selected: drawn 2 px wider and last, on top.
    expect(groups.at(-1)).toMatchObject({ selected: true, width: 6, count: 1, d: 'M0,0L0,100' });
    expect(groups.find((g) => g.tone === 'conflict')).toMatchObject({ count: 1, d: 'M100,100L0,100' });
    expect(groups.find((g) => g.tone === 'cooperation' && !g.selected)).toMatchObject({ count: 2, width: 2 });
  });
});

describe('nearestLink(links, at, point, tolerance)', () => {
  const links = [link('A', 'B'), link('B', 'C', { width: 8 }), link('A', 'C')];

  it('finds the line passing nearest the point, within the tolerance of its edge', () => {
    expect(nearestLink(links, at, { x: 50, y: 3 }, 5)?.target).toBe('B');
    expect(nearestLink(links, at, { x: 106, y: 50 }, 5)).toMatchObject({ source: 'B', target: 'C' });
    expect(nearestLink(links, at, { x: 52, y: 50 }, 5)).toMatchObject({ source: 'A', target: 'C' });
  });

  it('finds nothing away from every line, and measures to the segment, not the infinite line', () => {
    expect(nearestLink(links, at, { x: 20, y: 60 }, 5)).toBeUndefined();
    expect(nearestLink(links, at, { x: 130, y: 0 }, 5)).toBeUndefined();
  });
});
