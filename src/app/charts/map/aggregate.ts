/**
 * Meetings -> what the map draws. Pure and deterministic, so it is tested without Leaflet:
 * one marker per place (meetings at the same spot combine, with a count), the meetings that
 * cannot be placed (calls, unknown place) kept in a list, and meetings per country for shading.
 */
import type { DiploEvent } from '../../../shared/schema';
import { codeOrder } from '../../../shared/order';

export type MarkerCategory = 'bilateral' | 'multilateral' | 'planned';

export interface MeetingMarker {
  /** Stable key: rounded position plus the approximate flag. */
  key: string;
  lat: number;
  lon: number;
  /** Place name as the data gives it (English). */
  name: string;
  placeId: string | null;
  country: string;
  /** True when the place is only the country's capital, standing in for an unknown city. */
  approximate: boolean;
  eventIds: string[];
  count: number;
  category: MarkerCategory;
}

export interface MapAggregate {
  markers: MeetingMarker[];
  /** Meetings with no place, never dropped: listed beside the map. */
  unplaced: DiploEvent[];
  /** Number of meetings each country took part in. */
  countryCounts: Map<string, number>;
}

/** The colour class of one meeting: planned first, then multilateral (incl. summits), else bilateral. */
export function categoryOf(e: DiploEvent): MarkerCategory {
  if (e.status === 'planned') return 'planned';
  return e.kind === 'multilateral' || e.kind === 'summit' ? 'multilateral' : 'bilateral';
}

/** Marker keys by place object: a filter change regroups the same places. */
const placeKeys = new WeakMap<object, string>();

function placeKey(p: NonNullable<DiploEvent['place']>): string {
  let key = placeKeys.get(p);
  if (key === undefined) {
    key = `${p.lat.toFixed(2)},${p.lon.toFixed(2)}${p.approximate ? ',approx' : ''}`;
    placeKeys.set(p, key);
  }
  return key;
}

const ORDER: MarkerCategory[] = ['bilateral', 'multilateral', 'planned'];

export function aggregateMeetings(events: readonly DiploEvent[]): MapAggregate {
  const meetings = events.filter((e) => e.type === 'meeting');
  const byKey = new Map<string, { events: DiploEvent[] }>();
  const unplaced: DiploEvent[] = [];
  const countryCounts = new Map<string, number>();
  for (const e of meetings) {
    for (const c of new Set(e.countries)) countryCounts.set(c, (countryCounts.get(c) ?? 0) + 1);
    if (!e.place) {
      unplaced.push(e);
      continue;
    }
    const key = placeKey(e.place);
    const group = byKey.get(key) ?? { events: [] };
    group.events.push(e);
    byKey.set(key, group);
  }
  const markers = [...byKey.entries()].map(([key, g]): MeetingMarker => {
    const first = g.events[0]!;
    const place = first.place!;
    const tally = new Map<MarkerCategory, number>();
    for (const e of g.events) {
      const c = categoryOf(e);
      tally.set(c, (tally.get(c) ?? 0) + 1);
    }
    // The most frequent category colours the marker; ties go to the first in ORDER.
    const category = ORDER.reduce((best, c) => ((tally.get(c) ?? 0) > (tally.get(best) ?? 0) ? c : best));
    return {
      key,
      lat: place.lat,
      lon: place.lon,
      name: place.name,
      placeId: place.id,
      country: place.country,
      approximate: place.approximate,
      eventIds: g.events.map((e) => e.id).sort(),
      count: g.events.length,
      category,
    };
  });
  // Big markers first, so small ones are drawn on top and stay clickable.
  markers.sort((a, b) => b.count - a.count || codeOrder(a.key, b.key));
  return { markers, unplaced, countryCounts };
}

/** Marker radius in px: area grows with the number of meetings (sqrt scale). */
export function markerRadius(count: number, maxCount: number): number {
  const min = 7;
  const max = 24;
  if (maxCount <= 1) return min;
  return Math.round((min + (max - min) * Math.sqrt((count - 1) / (maxCount - 1))) * 10) / 10;
}

/** Index into a 5-step sequential ramp for a count (0 = no meetings -> null). */
export function shadeStep(count: number, maxCount: number, steps = 5): number | null {
  if (count <= 0 || maxCount <= 0) return null;
  return Math.min(steps - 1, Math.floor((count / maxCount) * (steps - 1) + 0.5));
}
