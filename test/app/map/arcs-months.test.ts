import { describe, expect, it } from 'vitest';
import { greatCircle, visitArcs } from '../../../src/app/charts/map/arcs';
import type { LatLon } from '../../../src/app/charts/map/arcs';
import { meetingMonths, monthRange } from '../../../src/app/features/map/months';
import type { DiploEvent } from '../../../src/shared/schema';
import { fixtureDataset } from '../../fixtures/app/fixture';

describe('greatCircle(from, to)', () => {
  it('starts and ends at the two points', () => {
    const path = greatCircle([28.6, 77.2], [38.9, -77.0]);
    expect(path[0]).toEqual([28.6, 77.2]);
    expect(path[path.length - 1]![0]).toBeCloseTo(38.9, 3);
  });
  it('unwraps longitudes across the antimeridian so the line does not jump', () => {
    const path = greatCircle([35.7, 139.7], [21.3, -157.9]);
    for (let i = 1; i < path.length; i++) expect(Math.abs(path[i]![1] - path[i - 1]![1])).toBeLessThan(20);
  });
});

describe('monthRange(first, last) and meetingMonths(dates)', () => {
  it('lists every month across a year end', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
  it('ignores undated and year-only dates', () => {
    expect(meetingMonths([null, '2026', '2026-03-04', '2025-12'])).toEqual(['2025-12', '2026-03']);
  });
});

describe('visitArcs(events, anchor)', () => {
  const centres: Record<string, LatLon> = { IN: [22, 79], US: [39, -98], CN: [35, 103], BD: [24, 90] };
  const anchor = (c: string) => centres[c] ?? null;
  const visit = (id: string, visitor: string | null, host: string | null): DiploEvent => ({
    ...fixtureDataset.events.find((e) => e.type === 'meeting')!,
    id,
    visitor,
    host,
    place: null,
  });
  const events = [
    visit('v1', 'IN', 'US'),
    visit('v2', 'BD', 'CN'),
    visit('none', null, null),
    visit('self', 'IN', 'IN'),
  ];

  it('draws one arc per visit from the visitor to the host, none for meetings that are not visits', () => {
    const arcs = visitArcs(events, anchor);
    expect(arcs.map((a) => [a.eventId, a.visitor, a.host])).toEqual([
      ['v1', 'IN', 'US'],
      ['v2', 'BD', 'CN'],
    ]);
    expect(arcs[0]!.path[0]).toEqual(centres.IN);
    expect(arcs[0]!.routeKey).toBe('IN>US@39.0,-98.0');
  });

  it('gives the same arc for the same event and anchor again, and new arcs for another anchor', () => {
    const first = visitArcs(events, anchor);
    expect(visitArcs(events.slice(1), anchor)[0]).toBe(first[1]);
    const moved = visitArcs(events, (c) => (c === 'IN' ? [0, 0] : anchor(c)));
    expect(moved[0]!.path[0]).toEqual([0, 0]);
  });
});
