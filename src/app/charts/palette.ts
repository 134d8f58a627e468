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

/** Tone of a relation. */
export const TONE_COLOURS = {
  cooperation: PALETTE.green,
  conflict: PALETTE.vermillion,
  neutral: PALETTE.grey,
} as const;

/** Sequential ramp for choropleths (light to dark blue), 5 steps. */
export const SEQUENTIAL_BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;
