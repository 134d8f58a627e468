/**
 * Colours shared by every chart. Okabe–Ito hues: distinguishable with the common forms of
 * colour-blindness and still apart on a washed-out projector.
 */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  sky: '#56B4E9',
  yellow: '#F0E442',
  black: '#000000',
  grey: '#7f7f7f',
} as const;

/** Meeting kinds and statuses on the map and timeline. */
export const MEETING_COLOURS = {
  bilateral: PALETTE.blue,
  multilateral: PALETTE.orange,
  planned: PALETTE.purple,
} as const;

/** Event types on the timeline and supply chain. */
export const EVENT_TYPE_COLOURS = {
  meeting: PALETTE.blue,
  'export-control': PALETTE.vermillion,
  tariff: PALETTE.orange,
  agreement: PALETTE.green,
  'military-incident': PALETTE.black,
} as const;

/**
 * Tone of a relation. Bluish green and vermillion stay apart for the common colour-blindnesses but
 * have about the same lightness, so grey projectors and monochrome prints lose them: tone is also
 * drawn as a dash pattern (solid cooperation, dashed conflict, dotted mixed), wherever it shows.
 */
export const TONE_COLOURS = {
  cooperation: PALETTE.green,
  conflict: PALETTE.vermillion,
  neutral: PALETTE.grey,
} as const;

/** SVG stroke-dasharray of a tone's line `width` px thick (butt caps); undefined is solid. */
export function toneDash(tone: keyof typeof TONE_COLOURS, width: number): string | undefined {
  const r = (v: number) => Math.round(v * 10) / 10;
  if (tone === 'conflict') return `${r(Math.max(6, width * 2.2))} ${r(Math.max(4, width * 1.2))}`;
  if (tone === 'neutral') return `${r(Math.max(2, width * 0.7))} ${r(Math.max(3, width))}`;
  return undefined;
}

/** Sequential ramp for choropleths (light to dark blue), 5 steps. */
export const SEQUENTIAL_BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;
