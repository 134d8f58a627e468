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

/** Distinct colours for countries in the people network, by a stable hash of the code. */
const GROUP_COLOURS = [
  PALETTE.blue,
  PALETTE.vermillion,
  PALETTE.green,
  PALETTE.orange,
  PALETTE.purple,
  PALETTE.sky,
];

export const groupColour = (group: string | null) =>
  group ? GROUP_COLOURS[[...group].reduce((h, c) => h + c.charCodeAt(0), 0) % GROUP_COLOURS.length]! : '#999';
