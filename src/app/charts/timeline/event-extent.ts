/**
 * What time an event's (partial) date covers on the timeline: a day, a week, a month, a season
 * or a year, from the date and its precision. Pure.
 */
import type { DiploEvent } from '../../../shared/schema';
import type { DatePrecision } from '../../../shared/vocab';
import { dateBounds } from '../../data/filter';

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Extents already worked out, by event object (events are never changed once loaded). */
const known = new WeakMap<object, [number, number] | null>();

/** The days an event's date covers, [start, end) in ms, from the date's own precision. */
export function eventExtent(event: Pick<DiploEvent, 'date' | 'datePrecision'>): [number, number] | null {
  let extent = known.get(event);
  if (extent === undefined) known.set(event, (extent = computeExtent(event)));
  return extent;
}

function computeExtent(event: Pick<DiploEvent, 'date' | 'datePrecision'>): [number, number] | null {
  if (!event.date) return null;
  const [first, last] = dateBounds(event.date);
  const start = ms(first);
  let end = ms(last) + DAY;
  if (event.datePrecision === 'week' && event.date.length === 10) end = start + 7 * DAY;
  if (event.datePrecision === 'season' && event.date.length >= 7) {
    end = Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth() + 3, 1);
  }
  return [start, end];
}

export function precisionOf(event: DiploEvent): DatePrecision {
  if (event.datePrecision) return event.datePrecision;
  return event.date?.length === 10 ? 'day' : event.date?.length === 7 ? 'month' : 'year';
}
