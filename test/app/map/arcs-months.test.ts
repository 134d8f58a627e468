import { describe, expect, it } from 'vitest';
import { greatCircle } from '../../../src/app/charts/map/arcs';
import { meetingMonths, monthRange } from '../../../src/app/features/map/months';

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
