/** What a click (or Enter) on a marker selects, shared by the map and the list beside it. */
import { useStore } from '../../state/store';
import type { MeetingMarker } from '../../charts/map/aggregate';

/** Its meeting, or the place when several meetings share it (the details list them all). */
export function selectMarker(m: MeetingMarker): void {
  const select = useStore.getState().select;
  if (m.count === 1 || !m.placeId) select({ kind: 'event', id: m.eventIds[m.eventIds.length - 1]! });
  else select({ kind: 'place', id: m.placeId });
}
