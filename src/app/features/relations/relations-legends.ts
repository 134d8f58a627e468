/**
 * Legends and colours of the relations charts: tone as colour and dash, the matrix's shades and
 * tone marks, and a stable colour per country for the people network.
 */
import type { LegendItem } from '../../charts/network/chart-frame';
import { PALETTE, SEQUENTIAL_BLUES, TONE_COLOURS, toneDash } from '../../charts/palette';
import type { RelationsStrings } from './strings';

/** Tone as colour and dash; `thin` adds the thin line of pairs with no meeting, when there is one. */
export function toneLegend(t: RelationsStrings, thin: boolean, fontSize = 14): LegendItem[] {
  const w = fontSize * 0.25;
  const items: LegendItem[] = (['cooperation', 'conflict', 'neutral'] as const).map((tone) => ({
    label: t[tone],
    colour: TONE_COLOURS[tone],
    shape: 'line',
    dash: toneDash(tone, w),
  }));
  if (thin) items.push({ label: t.thinNote, colour: '#555', shape: 'line', width: 1.2 });
  return items;
}

export function matrixLegend(t: RelationsStrings): LegendItem[] {
  return [
    { label: t.fewer, colour: SEQUENTIAL_BLUES[1], shape: 'bar' },
    { label: t.more, colour: SEQUENTIAL_BLUES[4], shape: 'bar' },
    { label: t.cooperation, colour: TONE_COLOURS.cooperation, shape: 'corner' },
    { label: t.conflict, colour: TONE_COLOURS.conflict, shape: 'box', dash: '4 2' },
  ];
}

/** Colours for the countries people represent in the people network. */
const GROUP_COLOURS = [
  PALETTE.blue,
  PALETTE.vermillion,
  PALETTE.green,
  PALETTE.orange,
  PALETTE.purple,
  PALETTE.sky,
];
/** People of any other country, or of none known. */
export const OTHER_GROUP = '#999';

/**
 * A colour for each of the countries with most people in the network (ties by code), as many as
 * there are distinct colours; the others share grey. A colour then always means one country, and
 * the legend can say which.
 */
export function groupColours(nodes: readonly { group: string | null }[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const n of nodes) if (n.group) count.set(n.group, (count.get(n.group) ?? 0) + 1);
  const top = [...count]
    .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0))
    .slice(0, GROUP_COLOURS.length);
  return new Map(top.map(([code], i) => [code, GROUP_COLOURS[i]!]));
}

/** The people network's legend: each coloured country, then "Other" when some are grey. */
export function groupLegend(
  colours: ReadonlyMap<string, string>,
  nodes: readonly { group: string | null }[],
  label: (code: string) => string,
  other: string,
): LegendItem[] {
  const items: LegendItem[] = [...colours].map(([code, colour]) => ({
    label: label(code),
    colour,
    shape: 'dot',
  }));
  if (nodes.some((n) => !n.group || !colours.has(n.group)))
    items.push({ label: other, colour: OTHER_GROUP, shape: 'dot' });
  return items;
}
