/**
 * File names that say what is inside: `diplomap-<view>-<chart>-<filters>-<YYYY-MM-DD>.<ext>`,
 * short and ASCII-safe. Pure.
 */
import type { Filters } from '../../state/store';

const safe = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '');
const MAX_FILTERS = 48;

/**
 * The active filters in a few ASCII words: "IN-US-lithium-held-from2025-01", or "" for none.
 * Ids the chart's name already says (`sankey-lithium`) are not repeated.
 */
export function filtersSummary(f: Filters, chart = ''): string {
  const lists = [f.countries, f.people, f.minerals, f.types, f.statuses, f.languages];
  const said = (id: string) => `-${chart}-`.includes(`-${id}-`);
  const parts = lists.flatMap((list) => {
    const words = list
      .filter((id) => !said(id))
      .map(safe)
      .filter(Boolean);
    // A long list would crowd the name: the first two and how many more.
    return words.length > 3 ? [...words.slice(0, 2), `and${words.length - 2}more`] : words;
  });
  if (f.from) parts.push(`from${f.from.replace(/[^0-9-]/g, '')}`);
  if (f.to) parts.push(`to${f.to.replace(/[^0-9-]/g, '')}`);
  let out = parts.join('-');
  if (out.length > MAX_FILTERS) out = `${out.slice(0, MAX_FILTERS).replace(/-[^-]*$/, '')}-etc`;
  return out;
}

export interface FileNameParts {
  view: string;
  /** The chart inside the view ("network", "sankey-lithium"); dropped when it repeats the view. */
  chart: string | null;
  filters: Filters;
  /** Day of the export, "YYYY-MM-DD". */
  date: string;
  /** Anything else that tells files apart, e.g. "2x" for a PNG scale. */
  suffix?: string;
  ext: string;
}

export function exportFileName(p: FileNameParts): string {
  const chart = p.chart && p.chart !== p.view ? p.chart : null;
  const parts = ['diplomap', p.view, chart, filtersSummary(p.filters, chart ?? ''), p.date, p.suffix]
    .map((x) => (x ? x.replace(/[^A-Za-z0-9-]+/g, '').replace(/^-+|-+$/g, '') : ''))
    .filter(Boolean);
  return `${parts.join('-')}.${safe(p.ext)}`;
}
