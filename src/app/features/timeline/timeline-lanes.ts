/**
 * Which lanes the timeline draws. By kind: one lane per event type. By country: one lane per
 * country in the country filter; with none filtered, the selected country (or pair) and the
 * countries it shares most events with; with nothing selected either, the busiest countries.
 * `basis` says which rule chose the lanes, so the view can tell the reader. Pure.
 */
import type { DiploEvent } from '../../../shared/schema';
import { EVENT_TYPES } from '../../../shared/vocab';
import type { TimelineLane } from '../../charts/timeline/layout-timeline';

/** More country lanes than this leave too little height for each at 720 px. */
export const MAX_COUNTRY_LANES = 8;

export type LaneBasis = 'kind' | 'filter' | 'filter-capped' | 'selection' | 'busiest';

export interface LaneChoice {
  lanes: TimelineLane[];
  basis: LaneBasis;
  /** Countries the rule could have given lanes (before the cap). */
  total: number;
}

export function kindLanes(label: (type: string) => string): LaneChoice {
  const lanes = EVENT_TYPES.map((type) => ({
    id: type,
    label: label(type),
    match: (e: DiploEvent) => e.type === type,
  }));
  return { lanes, basis: 'kind', total: lanes.length };
}

const byCountThenCode = (counts: Map<string, number>) => (p: string, q: string) =>
  (counts.get(q) ?? 0) - (counts.get(p) ?? 0) || (p < q ? -1 : p > q ? 1 : 0);

export function countryLanes(
  events: readonly DiploEvent[],
  filtered: readonly string[],
  selected: readonly string[],
  label: (code: string) => string,
): LaneChoice {
  const counts = new Map<string, number>();
  for (const e of events) for (const c of new Set(e.countries)) counts.set(c, (counts.get(c) ?? 0) + 1);
  let codes: string[];
  let basis: LaneBasis;
  let total: number;
  if (filtered.length) {
    const distinct = [...new Set(filtered)].sort(byCountThenCode(counts));
    total = distinct.length;
    codes = distinct.slice(0, MAX_COUNTRY_LANES);
    basis = total > MAX_COUNTRY_LANES ? 'filter-capped' : 'filter';
  } else if (selected.length) {
    const partners = new Map<string, number>();
    for (const e of events) {
      if (!selected.some((s) => e.countries.includes(s))) continue;
      for (const c of new Set(e.countries))
        if (!selected.includes(c)) partners.set(c, (partners.get(c) ?? 0) + 1);
    }
    const ranked = [...partners.keys()].sort(byCountThenCode(partners));
    codes = [...selected, ...ranked].slice(0, MAX_COUNTRY_LANES);
    total = selected.length + ranked.length;
    basis = 'selection';
  } else {
    const ranked = [...counts.keys()].sort(byCountThenCode(counts));
    codes = ranked.slice(0, MAX_COUNTRY_LANES);
    total = ranked.length;
    basis = 'busiest';
  }
  const lanes = codes.map((code) => ({
    id: code,
    label: label(code),
    match: (e: DiploEvent) => e.countries.includes(code),
  }));
  return { lanes, basis, total };
}
