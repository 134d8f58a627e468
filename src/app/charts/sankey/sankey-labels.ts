/**
 * English labels for the Sankey, the default when a caller passes none (tests, export).
 * The minerals view builds the same object in the interface language from its strings.
 */
import type { SankeyLabels } from './sankey-types';

const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region' });
const numbers = new Intl.NumberFormat('en-GB');
const percents = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export const ENGLISH_SANKEY_LABELS: SankeyLabels = {
  country: (code) => {
    try {
      return regionNames.of(code) ?? code;
    } catch {
      return code;
    }
  },
  other: 'Other',
  stage: (stage) => (stage === 'mine' ? 'Mining' : 'Refining'),
  endUse: (name) => name.charAt(0).toUpperCase() + name.slice(1),
  mineral: (_id, name) => name,
  producers: 'Producers',
  endUses: 'End uses',
  unallocated: 'Not allocated',
  qualitative: 'qualitative, no shares',
  leading: 'leading',
  noEndUses: 'No end-use figures in the reference',
  estimate: 'estimate',
  source: 'Source',
  inTheNews: 'Articles in the news',
  eventType: (type) => type.replace('-', ' '),
  number: (value) => numbers.format(value),
  percent: (value) => `${percents.format(value)}%`,
};

/** Cuts a label to about `max` characters with an ellipsis; the full text stays in tooltips. */
export function shorten(label: string, max: number): string {
  if (max < 2) return '';
  return label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Rough width of a label in px: Noto Sans averages ~0.56 em per Latin glyph, Indic ~0.62. */
export function textWidth(label: string, fontSize: number): number {
  const factor = /[\u0900-\u09ff]/.test(label) ? 0.62 : 0.56;
  return label.length * fontSize * factor;
}
