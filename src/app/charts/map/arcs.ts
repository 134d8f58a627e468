/**
 * Great-circle arcs for visits (visitor -> host) with an arrowhead. Pure: positions in, lat/lon
 * paths out. Longitudes are unwrapped so an arc across the antimeridian stays one line.
 */
import { geoInterpolate } from 'd3';
import type { DiploEvent } from '../../../shared/schema';

export type LatLon = [number, number];

export interface VisitArc {
  eventId: string;
  visitor: string;
  host: string;
  path: readonly LatLon[];
  /** Three points of the arrowhead, pointing towards the host: left wing, tip, right wing. */
  arrow: LatLon[];
  /** Visits with the same key share a route (./routes.ts): visitor, host and where the arc ends. */
  routeKey: string;
}

/**
 * Arcs already computed, by end points: thousands of visits run between a few hundred capitals,
 * and every filter change asks for them again. Cleared when it grows past CACHE_MAX.
 */
const circles = new Map<string, readonly LatLon[]>();
const CACHE_MAX = 20_000;

/** The great circle from `from` to `to` in steps + 1 points. The result is shared: do not change it. */
export function greatCircle(from: LatLon, to: LatLon, steps = 48): readonly LatLon[] {
  const key = `${from[0]},${from[1]}|${to[0]},${to[1]}|${steps}`;
  let path = circles.get(key);
  if (!path) {
    if (circles.size >= CACHE_MAX) circles.clear();
    circles.set(key, (path = computeCircle(from, to, steps)));
  }
  return path;
}

function computeCircle(from: LatLon, to: LatLon, steps: number): LatLon[] {
  const interp = geoInterpolate([from[1], from[0]], [to[1], to[0]]);
  const out: LatLon[] = [];
  let prevLon: number | null = null;
  for (let i = 0; i <= steps; i++) {
    const [lon0, lat] = interp(i / steps);
    let lon = lon0;
    if (prevLon !== null) {
      while (lon - prevLon > 180) lon -= 360;
      while (lon - prevLon < -180) lon += 360;
    }
    prevLon = lon;
    out.push([Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4]);
  }
  return out;
}

/** The arrowhead sits past the middle of the arc, where the host's marker does not hide it. */
function arrowHead(path: readonly LatLon[]): LatLon[] {
  const at = Math.max(1, Math.round(path.length * 0.6));
  const tip = path[Math.min(at, path.length - 1)]!;
  const back = path[Math.max(0, at - 3)]!;
  const dy = tip[0] - back[0];
  const dx = tip[1] - back[1];
  const len = Math.hypot(dx, dy) || 1;
  const size = 1.6; // degrees: visible at world zoom, small once zoomed in
  const ux = dx / len;
  const uy = dy / len;
  const bx = tip[1] - ux * size;
  const by = tip[0] - uy * size;
  return [[by + ux * size * 0.5, bx - uy * size * 0.5], tip, [by - ux * size * 0.5, bx + uy * size * 0.5]];
}

function arcOf(e: DiploEvent, anchor: (country: string) => LatLon | null): VisitArc | null {
  if (e.type !== 'meeting' || !e.visitor || !e.host || e.visitor === e.host) return null;
  const from = anchor(e.visitor);
  const to: LatLon | null = e.place ? [e.place.lat, e.place.lon] : anchor(e.host);
  if (!from || !to) return null;
  const path = greatCircle(from, to);
  const routeKey = routeKeyOf(e.visitor, e.host, to);
  return { eventId: e.id, visitor: e.visitor, host: e.host, path, arrow: arrowHead(path), routeKey };
}

/** Visits from one country to one host that end within a tenth of a degree share a route. */
export function routeKeyOf(visitor: string, host: string, to: LatLon): string {
  return `${visitor}>${host}@${to[0].toFixed(1)},${to[1].toFixed(1)}`;
}

/**
 * Each event's arc (or null), per anchor function: a filter change asks again for the arcs of
 * thousands of the same events. Pass the same anchor (anchorWithPlaces caches it per dataset).
 */
const arcsByAnchor = new WeakMap<object, WeakMap<DiploEvent, VisitArc | null>>();

/** Arcs for the visits among `events`; `anchor` gives a country's position (e.g. its centroid). */
export function visitArcs(
  events: readonly DiploEvent[],
  anchor: (country: string) => LatLon | null,
): VisitArc[] {
  let known = arcsByAnchor.get(anchor);
  if (!known) arcsByAnchor.set(anchor, (known = new WeakMap()));
  const out: VisitArc[] = [];
  for (const e of events) {
    let arc = known.get(e);
    if (arc === undefined) known.set(e, (arc = arcOf(e, anchor)));
    if (arc) out.push(arc);
  }
  return out;
}
