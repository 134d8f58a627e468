import { describe, expect, it } from 'vitest';
import type { VisitArc } from '../../../src/app/charts/map/arcs';
import { greatCircle, routeKeyOf } from '../../../src/app/charts/map/arcs';
import { routeWeight, visitRoutes } from '../../../src/app/charts/map/routes';

const arc = (eventId: string, visitor: string, host: string, to: [number, number]): VisitArc => {
  const path = greatCircle([28.6, 77.2], to);
  return { eventId, visitor, host, path, arrow: path.slice(-3), routeKey: routeKeyOf(visitor, host, to) };
};

describe('visitRoutes(arcs, max)', () => {
  it('joins visits from one country to the same place into one route, busiest first', () => {
    const routes = visitRoutes([
      arc('a', 'IN', 'US', [38.9, -77.0]),
      arc('b', 'IN', 'JP', [35.7, 139.7]),
      arc('c', 'IN', 'US', [38.9, -77.0]),
      arc('d', 'IN', 'US', [40.7, -74.0]),
    ]);
    // Ties keep a stable order by route.
    expect(routes.map((r) => r.eventIds)).toEqual([['a', 'c'], ['b'], ['d']]);
  });

  it('keeps at most `max` routes', () => {
    const arcs = Array.from({ length: 20 }, (_, i) => arc(`e${i}`, 'IN', 'US', [i, i]));
    expect(visitRoutes(arcs, 5)).toHaveLength(5);
  });
});

describe('routeWeight(visits)', () => {
  it('is 1.8 px for one visit and grows with the count, slower than linearly', () => {
    expect(routeWeight(1)).toBe(1.8);
    expect(routeWeight(4)).toBeGreaterThan(routeWeight(2));
    expect(routeWeight(100)).toBeLessThan(20);
  });
});
