import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { labelBox, labelledNodes } from '../../../src/app/charts/network/node-labels';
import type { LabelNode } from '../../../src/app/charts/network/node-labels';

const node = (id: string, x: number, y: number, value: number): LabelNode => ({
  id,
  label: `Country ${id}`,
  value,
  x,
  y,
  r: 8,
});

describe('labelledNodes(nodes, fontSize, max)', () => {
  it('labels the busier of two nodes whose labels would overlap, and both when apart', () => {
    expect([...labelledNodes([node('a', 100, 100, 1), node('b', 110, 104, 5)], 14, Infinity)]).toEqual(['b']);
    expect(labelledNodes([node('a', 100, 100, 1), node('b', 400, 100, 5)], 14, Infinity).size).toBe(2);
  });

  it('keeps no two labels overlapping in a crowd, labels the busiest, and stops at max', () => {
    const random = randomLcg(5);
    const crowd = Array.from({ length: 200 }, (_, i) => node(`n${i}`, random() * 600, random() * 400, i));
    const kept = [...labelledNodes(crowd, 14, 25)];
    expect(kept.length).toBeLessThanOrEqual(25);
    expect(kept[0]).toBe('n199');
    const boxes = kept.map((id) =>
      labelBox(
        crowd.find((n) => n.id === id)!,
        14,
      ),
    );
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
    expect([...labelledNodes([...crowd].reverse(), 14, 25)]).toEqual(kept);
  });
});
