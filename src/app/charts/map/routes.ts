/**
 * Visits drawn as routes: every visit from one country to the same destination shares one arc,
 * its width growing with their number, and at most MAX_ROUTES of the busiest are drawn. A large
 * corpus has thousands of visits; drawn one line each they cost seconds and read as a smear. Pure.
 */
import type { LatLon, VisitArc } from './arcs';

export const MAX_ROUTES = 150;

export interface VisitRoute {
  key: string;
  visitor: string;
  host: string;
  path: readonly LatLon[];
  arrow: LatLon[];
  /** The visits along this route, in input order. */
  eventIds: string[];
}

export function visitRoutes(arcs: readonly VisitArc[], max = MAX_ROUTES): VisitRoute[] {
  const byKey = new Map<string, VisitRoute>();
  for (const a of arcs) {
    const route = byKey.get(a.routeKey);
    if (route) route.eventIds.push(a.eventId);
    else
      byKey.set(a.routeKey, {
        key: a.routeKey,
        visitor: a.visitor,
        host: a.host,
        path: a.path,
        arrow: a.arrow,
        eventIds: [a.eventId],
      });
  }
  return [...byKey.values()]
    .sort((x, y) => y.eventIds.length - x.eventIds.length || (x.key < y.key ? -1 : 1))
    .slice(0, max);
}

/** Line width of a route in px: 1.8 for one visit, growing with the square root of the count. */
export function routeWeight(visits: number): number {
  return Math.round((1.8 + 1.2 * (Math.sqrt(visits) - 1)) * 10) / 10;
}
