import { describe, expect, it } from 'vitest';
import type { MeetingMarker } from '../../../src/app/charts/map/aggregate';
import { clusterMarkers } from '../../../src/app/charts/map/cluster';

const marker = (key: string, lat: number, lon: number, count: number): MeetingMarker => ({
  key,
  lat,
  lon,
  name: key,
  placeId: key,
  country: 'US',
  approximate: false,
  eventIds: Array.from({ length: count }, (_, i) => `${key}-${i}`),
  count,
  category: 'bilateral',
});

const whiteHouse = marker('white-house', 38.8977, -77.0365, 2);
const blairHouse = marker('blair-house', 38.8985, -77.0386, 1);
const delhi = marker('new-delhi', 28.61, 77.21, 3);

describe('clusterMarkers(markers, zoom)', () => {
  it('joins markers that would overlap at world zoom, keeping every meeting', () => {
    const out = clusterMarkers([whiteHouse, blairHouse, delhi], 2);
    expect(out).toHaveLength(2);
    const cluster = out.find((m) => m.key.startsWith('cluster:'))!;
    expect(cluster.count).toBe(3);
    expect(cluster.eventIds.sort()).toEqual([...whiteHouse.eventIds, ...blairHouse.eventIds].sort());
    expect(cluster.placeId).toBeNull();
  });

  it('keeps a cluster’s key while its busiest marker leads it, whatever the other members', () => {
    const key = (markers: MeetingMarker[]) =>
      clusterMarkers(markers, 2).find((m) => m.key.startsWith('cluster:'))?.key;
    const nearby = marker('lafayette-square', 38.8996, -77.0366, 1);
    expect(key([whiteHouse, blairHouse, delhi])).toBe('cluster:white-house');
    expect(key([whiteHouse, nearby, delhi])).toBe(key([whiteHouse, blairHouse, nearby]));
  });

  it('draws them apart when zoomed in far enough', () => {
    expect(clusterMarkers([whiteHouse, blairHouse, delhi], 18)).toHaveLength(3);
  });

  it('gives the same clusters for the same markers in any order', () => {
    expect(clusterMarkers([delhi, blairHouse, whiteHouse], 2)).toEqual(
      clusterMarkers([whiteHouse, blairHouse, delhi], 2),
    );
  });
});
