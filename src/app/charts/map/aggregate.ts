/**
 * Meetings -> what the map draws. Pure and deterministic, so it is tested without Leaflet:
 * one marker per place (meetings at the same spot combine, with a count), the meetings that
 * cannot be placed (calls, unknown place) kept in a list, and meetings per country for shading.
 */
import type { DiploEvent } from '../../../shared/schema';
import { codeOrder, inIdOrder } from '../../../shared/order';

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

const ORDER: MarkerCategory[] = ['bilateral', 'multilateral', 'planned'];

/**
 * What aggregation reads of a meeting, worked out once per event object: its place and countries
 * as small integers (interned below) and its category. A filter change regroups thousands of the
 * same meetings; counting into arrays by integer costs a fraction of string-keyed maps.
 */
interface MeetingFacts {
  /** Index into placeKeys, or -1 when the meeting has no place. */
  place: number;
  category: number;
  /** Indexes into countryCodes, each country once. */
  countries: number[];
}

const facts = new WeakMap<DiploEvent, MeetingFacts>();
const placeKeys: string[] = [];
const placeIndex = new Map<string, number>();
const countryCodes: string[] = [];
const countryIndex = new Map<string, number>();

function intern(value: string, index: Map<string, number>, values: string[]): number {
  let i = index.get(value);
  if (i === undefined) {
    index.set(value, (i = values.length));
    values.push(value);
  }
  return i;
}

function factsOf(e: DiploEvent): MeetingFacts {
  let f = facts.get(e);
  if (!f) {
    const p = e.place;
    // Stable key: the rounded position plus the approximate flag.
    const key = p && `${p.lat.toFixed(2)},${p.lon.toFixed(2)}${p.approximate ? ',approx' : ''}`;
    const countries: number[] = [];
    for (const c of e.countries) {
      const i = intern(c, countryIndex, countryCodes);
      if (!countries.includes(i)) countries.push(i);
    }
    f = {
      place: key ? intern(key, placeIndex, placeKeys) : -1,
      category: ORDER.indexOf(categoryOf(e)),
      countries,
    };
    facts.set(e, f);
  }
  return f;
}

export function aggregateMeetings(events: readonly DiploEvent[]): MapAggregate {
  const meetings: DiploEvent[] = [];
  const of: MeetingFacts[] = [];
  for (const e of events) {
    if (e.type !== 'meeting') continue;
    meetings.push(e);
    of.push(factsOf(e));
  }
  // Every place and country the meetings name is interned by now.
  const perCountry = new Int32Array(countryCodes.length);
  // Sized up front: arrays filled at scattered indexes would fall back to slow dictionary storage.
  const groups = new Array<DiploEvent[] | undefined>(placeKeys.length).fill(undefined);
  const tally = new Int32Array(placeKeys.length * ORDER.length);
  const unplaced: DiploEvent[] = [];
  meetings.forEach((e, i) => {
    const f = of[i]!;
    for (const c of f.countries) perCountry[c]!++;
    if (f.place < 0) {
      unplaced.push(e);
      return;
    }
    (groups[f.place] ??= []).push(e);
    tally[f.place * ORDER.length + f.category]!++;
  });
  const countryCounts = new Map<string, number>();
  perCountry.forEach((n, c) => n > 0 && countryCounts.set(countryCodes[c]!, n));
  const markers: MeetingMarker[] = [];
  groups.forEach((group, i) => {
    if (!group) return;
    const place = group[0]!.place!;
    const t = i * ORDER.length;
    // The most frequent category colours the marker; ties go to the first in ORDER.
    let best = 0;
    for (let c = 1; c < ORDER.length; c++) if (tally[t + c]! > tally[t + best]!) best = c;
    const eventIds = group.map((e) => e.id);
    markers.push({
      key: placeKeys[i]!,
      lat: place.lat,
      lon: place.lon,
      name: place.name,
      placeId: place.id,
      country: place.country,
      approximate: place.approximate,
      // The dataset's events, and so any filtered list, are in id order already.
      eventIds: inIdOrder(group) ? eventIds : eventIds.sort(),
      count: group.length,
      category: ORDER[best]!,
    });
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
