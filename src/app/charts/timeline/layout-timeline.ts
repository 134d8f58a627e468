/**
 * The pure layout of the events timeline: lanes (per event type or per country), one mark per
 * event and lane, partial dates as spans of their real extent (a month is a bar across the
 * month, a year a faint bar across the year), undated events in a strip below the axis.
 */
import { scaleUtc } from 'd3';
import type { DiploEvent } from '../../../shared/schema';
import type { DatePrecision, EventStatus, EventType } from '../../../shared/vocab';
import { dateBounds } from '../../data/filter';
import { EVENT_TYPE_COLOURS } from '../palette';
import { frameBox } from '../network/chart-frame';
import type { FrameBox } from '../network/chart-frame';

export interface TimelineLane {
  id: string;
  label: string;
  /** Which events the lane holds. */
  match: (event: DiploEvent) => boolean;
}

export interface TimelineMark {
  id: string;
  lane: string;
  shape: 'point' | 'span';
  /** Left edge (span) or centre (point), width, top, height, in px. */
  x: number;
  w: number;
  y: number;
  h: number;
  precision: DatePrecision;
  status: EventStatus;
  type: EventType;
  colour: string;
  /** Year-precision spans are drawn faint: the day is not known at all. */
  faint: boolean;
  /** Inside the shared date filter (always true when the filter is open). */
  inRange: boolean;
  label: string;
}

export interface TimelineModel extends FrameBox {
  width: number;
  height: number;
  lanes: { id: string; label: string; y: number; height: number }[];
  marks: TimelineMark[];
  /** Axis ticks: ISO date and its precision for the label. */
  ticks: { x: number; date: string; unit: 'year' | 'month' | 'day' }[];
  axisY: number;
  /** Left and right edge of the time axis, px. */
  x0: number;
  x1: number;
  /** Shown and whole extent of the data, ms since the epoch. */
  domain: [number, number];
  fullDomain: [number, number];
  /** The shared date filter in px, clipped to the axis; null when open. */
  range: { x0: number; x1: number } | null;
  undated: {
    id: string;
    x: number;
    y: number;
    size: number;
    status: EventStatus;
    colour: string;
    label: string;
  }[];
  undatedY: number;
}

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The days an event's date covers, [start, end) in ms, from the date's own precision. */
export function eventExtent(event: Pick<DiploEvent, 'date' | 'datePrecision'>): [number, number] | null {
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

function precisionOf(event: DiploEvent): DatePrecision {
  if (event.datePrecision) return event.datePrecision;
  return event.date?.length === 10 ? 'day' : event.date?.length === 7 ? 'month' : 'year';
}

export interface TimelineOptions {
  width: number;
  height: number;
  /** The zoomed domain in ms; the whole data extent when absent. */
  domain?: [number, number] | null;
  /** The shared date filter. */
  from?: string | null;
  to?: string | null;
}

export function layoutTimeline(
  events: readonly DiploEvent[],
  lanesIn: readonly TimelineLane[],
  opts: TimelineOptions,
): TimelineModel {
  const { width, height } = opts;
  const box = frameBox(width, height);
  const { plot, fontSize: fs } = box;
  const sorted = [...events].sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  const dated = sorted
    .map((e) => ({ e, ext: eventExtent(e) }))
    .filter((d): d is { e: DiploEvent; ext: [number, number] } => d.ext !== null)
    .sort((p, q) => p.ext[0] - q.ext[0] || (p.e.id < q.e.id ? -1 : 1));
  const undatedEvents = sorted.filter((e) => !e.date);

  let lo = Math.min(...dated.map((d) => d.ext[0]));
  let hi = Math.max(...dated.map((d) => d.ext[1]));
  if (!Number.isFinite(lo)) [lo, hi] = [ms('2025-01-01'), ms('2026-01-01')];
  const pad = Math.max(15 * DAY, (hi - lo) * 0.03);
  const fullDomain: [number, number] = [lo - pad, hi + pad];
  const domain = opts.domain ?? fullDomain;

  const labelWidth = Math.min(
    plot.width * 0.25,
    Math.max(...lanesIn.map((l) => l.label.length), 4) * fs * 0.55 + fs,
  );
  const x0 = Math.round(plot.x + labelWidth);
  const x1 = Math.round(plot.x + plot.width - fs * 0.5);
  const x = scaleUtc().domain(domain).range([x0, x1]);

  // The undated strip: small squares in rows under the axis.
  const size = Math.round(fs * 0.9);
  const perRow = Math.max(1, Math.floor((x1 - x0) / (size * 1.6)));
  const undatedRows = undatedEvents.length ? Math.min(4, Math.ceil(undatedEvents.length / perRow)) : 0;
  const undatedHeight = undatedRows ? fs * 1.6 + undatedRows * size * 1.6 : 0;
  const axisY = Math.round(plot.y + plot.height - fs * 2.2 - undatedHeight);
  const laneHeight = (axisY - plot.y) / Math.max(1, lanesIn.length);
  const lanes = lanesIn.map((l, i) => ({
    id: l.id,
    label: l.label,
    y: Math.round(plot.y + i * laneHeight),
    height: Math.round(laneHeight),
  }));

  const marks: TimelineMark[] = [];
  const rangeStart = opts.from ? ms(dateBounds(opts.from)[0]) : -Infinity;
  const rangeEnd = opts.to ? ms(dateBounds(opts.to)[1]) + DAY : Infinity;
  lanesIn.forEach((lane, li) => {
    const inLane = dated.filter((d) => lane.match(d.e));
    // Greedy packing into rows so marks on the same days do not cover each other.
    const rowEnds: number[] = [];
    const placed = inLane.map(({ e, ext }) => {
      const precision = precisionOf(e);
      const point = precision === 'day';
      const left = x(ext[0]);
      const right = x(ext[1]);
      const w = point ? 0 : Math.max(3, right - left);
      const cx = point ? (left + right) / 2 : left;
      const minW = fs * 0.9;
      const a = point ? cx - minW / 2 : left;
      const b = point ? cx + minW / 2 : left + Math.max(w, 3);
      let row = rowEnds.findIndex((end) => end <= a);
      if (row < 0) row = rowEnds.push(b) - 1;
      else rowEnds[row] = b;
      return { e, ext, precision, point, cx, w, row };
    });
    const rows = Math.max(1, rowEnds.length);
    const rowH = (laneHeight - fs * 0.4) / rows;
    const h = Math.max(3, Math.min(fs * 1.1, rowH * 0.8));
    for (const p of placed) {
      if (p.ext[1] < domain[0] || p.ext[0] > domain[1]) continue;
      marks.push({
        id: p.e.id,
        lane: lane.id,
        shape: p.point ? 'point' : 'span',
        x: Math.round(p.cx * 10) / 10,
        w: Math.round(p.w * 10) / 10,
        y: Math.round(plot.y + li * laneHeight + fs * 0.2 + p.row * rowH + (rowH - h) / 2),
        h: Math.round(h * 10) / 10,
        precision: p.precision,
        status: p.e.status,
        type: p.e.type,
        colour: EVENT_TYPE_COLOURS[p.e.type],
        faint: p.precision === 'year',
        inRange: p.ext[1] > rangeStart && p.ext[0] < rangeEnd,
        label: p.e.summary,
      });
    }
  });

  const tickCount = Math.max(2, Math.floor((x1 - x0) / (fs * 8)));
  const span = domain[1] - domain[0];
  const unit = span > 2.5 * 365 * DAY ? 'year' : span > 75 * DAY ? 'month' : 'day';
  const ticks = x.ticks(tickCount).map((d) => ({
    x: Math.round(x(d)),
    date: d.toISOString().slice(0, unit === 'year' ? 4 : unit === 'month' ? 7 : 10),
    unit: unit as 'year' | 'month' | 'day',
  }));

  const clamp = (v: number) => Math.max(x0, Math.min(x1, v));
  const range =
    opts.from || opts.to
      ? {
          x0: clamp(Number.isFinite(rangeStart) ? x(rangeStart) : x0),
          x1: clamp(Number.isFinite(rangeEnd) ? x(rangeEnd) : x1),
        }
      : null;
  const undatedY = Math.round(axisY + fs * 2.4);
  const undated = undatedEvents.map((e, i) => ({
    id: e.id,
    x: Math.round(x0 + (i % perRow) * size * 1.6),
    y: Math.round(undatedY + fs * 0.6 + Math.min(undatedRows - 1, Math.floor(i / perRow)) * size * 1.6),
    size,
    status: e.status,
    colour: EVENT_TYPE_COLOURS[e.type],
    label: e.summary,
  }));
  return {
    ...box,
    width,
    height,
    lanes,
    marks,
    ticks,
    axisY,
    x0,
    x1,
    domain,
    fullDomain,
    range,
    undated,
    undatedY,
  };
}
