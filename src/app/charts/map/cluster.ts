/**
 * Markers that would overlap at the current zoom are drawn as one cluster marker: the sum of their
 * meetings at their weighted centre. Pure (Web Mercator at 256 px per tile, as Leaflet draws), so
 * the same markers and zoom always give the same clusters.
 */
import type { MeetingMarker } from './aggregate';
import { worldPixel } from './mercator';

/** Groups markers closer than `minPx` on screen; a group of one is the marker itself. */
export function clusterMarkers(markers: readonly MeetingMarker[], zoom: number, minPx = 26): MeetingMarker[] {
  const ordered = [...markers].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  const groups: { members: MeetingMarker[]; x: number; y: number }[] = [];
  for (const m of ordered) {
    const [x, y] = worldPixel(m.lat, m.lon, zoom);
    const near = groups.find((g) => Math.hypot(g.x - x, g.y - y) < minPx);
    if (near) near.members.push(m);
    else groups.push({ members: [m], x, y });
  }
  return groups.map(({ members }) => {
    if (members.length === 1) return members[0]!;
    const count = members.reduce((n, m) => n + m.count, 0);
    const [first] = members;
    return {
      // Named by its leader (the busiest marker), not by all its members: a filter change that
      // adds or drops a small member keeps the cluster, and the map updates it in place.
      key: `cluster:${first!.key}`,
      lat: members.reduce((s, m) => s + m.lat * m.count, 0) / count,
      lon: members.reduce((s, m) => s + m.lon * m.count, 0) / count,
      name: `${first!.name} +${members.length - 1}`,
      placeId: null,
      country: first!.country,
      approximate: members.every((m) => m.approximate),
      eventIds: members.flatMap((m) => m.eventIds),
      count,
      category: first!.category,
    };
  });
}
