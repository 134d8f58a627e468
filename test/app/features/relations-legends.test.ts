import { describe, expect, it } from 'vitest';
import {
  OTHER_GROUP,
  groupColours,
  groupLegend,
} from '../../../src/app/features/relations/relations-legends';

const people = (counts: Record<string, number>, unknown = 0) => [
  ...Object.entries(counts).flatMap(([group, n]) => Array.from({ length: n }, () => ({ group }))),
  ...Array.from({ length: unknown }, () => ({ group: null })),
];

describe('groupColours(nodes) and groupLegend', () => {
  it('gives the countries with most people one distinct colour each, the rest grey', () => {
    const nodes = people({ IN: 9, BD: 7, US: 7, CN: 5, JP: 4, FR: 3, DE: 3, NP: 1 }, 2);
    const colours = groupColours(nodes);
    // Six colours: IN, then BD and US (tied, by code), CN, JP, then DE before FR.
    expect([...colours.keys()]).toEqual(['IN', 'BD', 'US', 'CN', 'JP', 'DE']);
    expect(new Set(colours.values()).size).toBe(6);
    expect([...colours.values()]).not.toContain(OTHER_GROUP);
    const legend = groupLegend(colours, nodes, (c) => `name:${c}`, 'Other or unknown country');
    expect(legend.map((i) => i.label)).toEqual([
      'name:IN',
      'name:BD',
      'name:US',
      'name:CN',
      'name:JP',
      'name:DE',
      'Other or unknown country',
    ]);
    expect(legend.at(-1)!.colour).toBe(OTHER_GROUP);
  });

  it('says nothing of "other" when every person is of a coloured country', () => {
    const nodes = people({ IN: 2, BD: 1 });
    const legend = groupLegend(groupColours(nodes), nodes, (c) => c, 'Other');
    expect(legend.map((i) => i.label)).toEqual(['IN', 'BD']);
  });
});
