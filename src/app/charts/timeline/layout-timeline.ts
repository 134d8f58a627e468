/**
 * The pure layout of the events timeline: lanes (per event type or per country), one mark per
 * event and lane, partial dates as spans of their real extent (a month is a bar across the
 * month, a year a faint bar across the year), undated events as labelled chips below the axis.
 * A lane grows with its stack of same-day marks; past what fits, the rest becomes a "+N" badge.
 */
import { scaleUtc, utcMonth, utcYear } from 'd3';
import type { DiploEvent } from '../../../shared/schema';
import type { DatePrecision, EventStatus, EventType } from '../../../shared/vocab';
import { codeOrder, inIdOrderOnce } from '../../../shared/order';
import { dateBounds } from '../../data/filter';
import { EVENT_TYPE_COLOURS } from '../palette';
import { frameBox } from '../network/frame-box';
import type { FrameBox } from '../network/frame-box';
import { eventExtent, precisionOf } from './event-extent';
import { capLane, stackRows } from './pack-lane';
import type { PackItem } from './pack-lane';
import { layoutUndated } from './undated-strip';
import type { UndatedStrip } from './undated-strip';

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

/** Several events stacked past what the lane holds, drawn as one "+N" mark. */
export interface TimelineBadge {
  lane: string;
  x: number;
  y: number;
  w: number;
  h: number;
  ids: string[];
  /** First and last day the hidden events cover, "YYYY-MM-DD". */
  from: string;
  to: string;
}

export interface TimelineModel extends FrameBox {
  width: number;
  height: number;
  lanes: { id: string; label: string; y: number; height: number }[];
  marks: TimelineMark[];
  badges: TimelineBadge[];
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
  undated: UndatedStrip['chips'];
  undatedMore: UndatedStrip['more'];
  /** Top of the undated strip. */
  undatedY: number;
}

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const r1 = (v: number) => Math.round(v * 10) / 10;

export interface TimelineOptions {
  width: number;
  height: number;
  /** The zoomed domain in ms; the whole data extent when absent. */
  domain?: [number, number] | null;
  /** The shared date filter. */
  from?: string | null;
  to?: string | null;
  /** Marks drawn at most; MARK_BUDGET when absent. */
  markBudget?: number;
  /** Text of an undated event's chip; the summary when absent. */
  undatedText?: (event: DiploEvent) => string;
  /**
   * The list `events` was filtered from (the dataset's events), if any: its events sorted by date
   * once serve every filtered list, which then needs no sort of its own.
   */
  all?: readonly DiploEvent[];
}

/** No lane stacks more rows than this, whatever the space: past it a "+N" badge reads better. */
const MAX_STACK = 14;

/**
 * Marks drawn at most, all lanes together: past it, stacks turn into "+N" badges sooner. A few
 * thousand marks are more than a reader can tell apart at any size, and each is a focusable
 * element that a filter change has to redraw. Zooming in shows the marks a badge holds.
 */
export const MARK_BUDGET = 1000;

interface LaneStack {
  /** Rows the lane's stack needs. */
  rows: number;
  /** How many of its items sit in each row. */
  perRow: number[];
}

/** Marks a lane draws with at most maxRows rows (capLane: rows past maxRows - 2 become badges). */
function drawnWith(lane: LaneStack, maxRows: number): number {
  if (lane.rows <= maxRows) return lane.perRow.reduce((s, n) => s + n, 0);
  return lane.perRow.slice(0, maxRows - 1).reduce((s, n) => s + n, 0);
}

/**
 * Tallest stack a lane draws before the rest becomes a badge, and the row pitch, for the space
 * and the mark budget.
 */
function fitRows(
  lanes: LaneStack[],
  space: number,
  fs: number,
  budget: number,
): { maxRows: number; pitch: number } {
  const pad = fs * 0.6;
  let maxRows = Math.max(2, Math.min(MAX_STACK, Math.max(...lanes.map((l) => l.rows), 1)));
  let pitch = 0;
  for (; maxRows >= 2; maxRows--) {
    const rows = lanes.reduce((s, l) => s + Math.max(1, Math.min(l.rows, maxRows)), 0);
    pitch = (space - lanes.length * pad) / Math.max(1, rows);
    const drawn = lanes.reduce((s, l) => s + drawnWith(l, maxRows), 0);
    if (pitch >= fs * 0.9 && drawn <= budget) break;
  }
  return { maxRows: Math.max(2, maxRows), pitch: Math.max(3, Math.min(fs * 1.4, pitch)) };
}

/** The events in id order; the dataset's (and a filtered) list already is, and is not copied. */
const byId = (events: readonly DiploEvent[]): readonly DiploEvent[] =>
  inIdOrderOnce(events) ? events : [...events].sort((p, q) => codeOrder(p.id, q.id));

type Dated = { e: DiploEvent; ext: [number, number] };

/**
 * Dated events by start (then id), by event list (the app never changes a list once made): the
 * unfiltered list is sorted once.
 */
const datedLists = new WeakMap<readonly DiploEvent[], readonly Dated[]>();

function datedInOrder(sorted: readonly DiploEvent[]): readonly Dated[] {
  let dated = datedLists.get(sorted);
  if (!dated) {
    const list: Dated[] = [];
    for (const e of sorted) {
      const ext = eventExtent(e);
      if (ext) list.push({ e, ext });
    }
    // Stable sort: events with the same start stay in id order.
    list.sort((p, q) => p.ext[0] - q.ext[0]);
    datedLists.set(sorted, (dated = list));
  }
  return dated;
}

/**
 * The dated events of `sorted` by start, taken from `all`'s when `sorted` is a sublist of it: the
 * order of a stable sort by start is the order they have there.
 */
function datedOf(sorted: readonly DiploEvent[], all: readonly DiploEvent[] | undefined): readonly Dated[] {
  if (!all || sorted === all || datedLists.has(sorted) || !inIdOrderOnce(all)) return datedInOrder(sorted);
  const wanted = new Set(sorted);
  const dated = datedInOrder(all).filter((d) => wanted.has(d.e));
  // Every dated event of the list must be in `all`; otherwise sort the list itself.
  const datedCount = sorted.reduce((n, e) => (e.date ? n + 1 : n), 0);
  return dated.length === datedCount ? dated : datedInOrder(sorted);
}

export function layoutTimeline(
  events: readonly DiploEvent[],
  lanesIn: readonly TimelineLane[],
  opts: TimelineOptions,
): TimelineModel {
  const { width, height } = opts;
  const box = frameBox(width, height);
  const { plot, fontSize: fs } = box;
  const sorted = byId(events);
  const dated = datedOf(sorted, opts.all);

  let lo = Math.min(...dated.map((d) => d.ext[0]));
  let hi = Math.max(...dated.map((d) => d.ext[1]));
  if (!Number.isFinite(lo)) [lo, hi] = [ms('2025-01-01'), ms('2026-01-01')];
  const pad = Math.max(15 * DAY, (hi - lo) * 0.03);
  const fullDomain: [number, number] = [lo - pad, hi + pad];
  const domain = opts.domain ?? fullDomain;

  const labelWidth = Math.min(
    plot.width * 0.25,
    Math.max(...lanesIn.map((l) => l.label.length), 7) * fs * 0.55 + fs,
  );
  const x0 = Math.round(plot.x + labelWidth);
  const x1 = Math.round(plot.x + plot.width - fs * 0.5);
  const x = scaleUtc().domain(domain).range([x0, x1]);

  const strip = layoutUndated(
    sorted.filter((e) => !e.date),
    opts.undatedText ?? ((e) => e.summary),
    { x0, x1, fontSize: fs, maxRows: 2 },
  );
  const undatedHeight = strip.rows ? fs * 0.8 + strip.rows * strip.rowHeight : 0;
  const axisY = Math.round(plot.y + plot.height - fs * 2.2 - undatedHeight);

  // Each lane's marks inside the visible domain, stacked into rows.
  const minW = fs * 0.9;
  // The scale as a line (a UTC scale is one): ten thousand calls of d3's scale cost ~10 ms.
  const k = (x1 - x0) / (domain[1] - domain[0]);
  const px = (t: number) => x0 + (t - domain[0]) * k;
  // The events inside the shown domain, each placed on the axis once whatever its lanes.
  const visible = dated
    .filter((d) => d.ext[1] >= domain[0] && d.ext[0] <= domain[1])
    .map(({ e, ext }) => {
      const precision = precisionOf(e);
      const point = precision === 'day';
      const left = px(ext[0]);
      const right = px(ext[1]);
      const cx = (left + right) / 2;
      const item: PackItem = {
        id: e.id,
        a: point ? cx - minW / 2 : left,
        b: point ? cx + minW / 2 : Math.max(right, left + 3),
        start: ext[0],
        end: ext[1],
      };
      return { e, ext, precision, point, left, right, item };
    });
  const perLane = lanesIn.map((lane) => {
    const inLane = visible.filter((d) => lane.match(d.e));
    const items = inLane.map((d) => d.item);
    return { lane, inLane, items, stacked: stackRows(items, MAX_STACK) };
  });
  const { maxRows, pitch } = fitRows(
    perLane.map(({ stacked }) => {
      const perRow = new Array<number>(stacked.rows).fill(0);
      for (const r of stacked.row) perRow[r]! += 1;
      return { rows: stacked.rows, perRow };
    }),
    axisY - plot.y,
    fs,
    opts.markBudget ?? MARK_BUDGET,
  );
  const capped = perLane.map((l) => capLane(l.items, l.stacked, maxRows, fs * 2.4));
  const base = capped.map((c) => c.rowCount * pitch + fs * 0.6);
  const extra = Math.max(0, (axisY - plot.y - base.reduce((s, b) => s + b, 0)) / Math.max(1, base.length));
  const h = Math.max(3, Math.min(fs * 1.1, pitch * 0.8));

  const rangeStart = opts.from ? ms(dateBounds(opts.from)[0]) : -Infinity;
  const rangeEnd = opts.to ? ms(dateBounds(opts.to)[1]) + DAY : Infinity;
  const lanes: TimelineModel['lanes'] = [];
  const marks: TimelineMark[] = [];
  const badges: TimelineBadge[] = [];
  let top = plot.y;
  perLane.forEach(({ lane, inLane }, li) => {
    const c = capped[li]!;
    const laneH = base[li]! + extra;
    lanes.push({ id: lane.id, label: lane.label, y: Math.round(top), height: Math.round(laneH) });
    const rowY = (row: number) => top + (laneH - c.rowCount * pitch) / 2 + row * pitch + (pitch - h) / 2;
    for (const { e, ext, precision, point, left, right } of inLane) {
      const row = c.rows.get(e.id);
      if (row === undefined) continue;
      marks.push({
        id: e.id,
        lane: lane.id,
        shape: point ? 'point' : 'span',
        x: r1(point ? (left + right) / 2 : left),
        w: r1(point ? 0 : Math.max(3, right - left)),
        y: Math.round(rowY(row)),
        h: r1(h),
        precision,
        status: e.status,
        type: e.type,
        colour: EVENT_TYPE_COLOURS[e.type],
        faint: precision === 'year',
        inRange: ext[1] > rangeStart && ext[0] < rangeEnd,
        label: e.summary,
      });
    }
    for (const b of c.badges) {
      badges.push({
        lane: lane.id,
        x: r1(b.a),
        y: Math.round(rowY(b.row)),
        w: r1(b.b - b.a),
        h: r1(h),
        ids: b.ids,
        from: isoDay(b.start),
        to: isoDay(b.end - DAY),
      });
    }
    top += laneH;
  });

  const tickCount = Math.max(2, Math.floor((x1 - x0) / (fs * 8)));
  const span = domain[1] - domain[0];
  const unit = span > 2.5 * 365 * DAY ? 'year' : span > 75 * DAY ? 'month' : 'day';
  // Ticks on whole months or years when the labels say a month or a year: d3's default ticks fall on
  // weeks for a span of a few months, and "January 2026" would be printed four times.
  const steps = (unitDays: number, choices: number[]) => {
    const per = span / (unitDays * DAY) / tickCount;
    return choices.find((c) => c >= per) ?? choices[choices.length - 1]!;
  };
  const interval =
    unit === 'year'
      ? utcYear.every(steps(365, [1, 2, 5, 10, 20, 50]))
      : unit === 'month'
        ? utcMonth.every(steps(30.4, [1, 2, 3, 6]))
        : null;
  const tickDates = interval ? x.ticks(interval) : x.ticks(tickCount);
  const ticks = tickDates.map((d) => ({
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
  const undatedY = Math.round(axisY + fs * 2.6);
  const shift = <T extends { y: number }>(c: T): T => ({ ...c, y: c.y + undatedY });
  return {
    ...box,
    width,
    height,
    lanes,
    marks,
    badges,
    ticks,
    axisY,
    x0,
    x1,
    domain,
    fullDomain,
    range,
    undated: strip.chips.map(shift),
    undatedMore: strip.more && shift(strip.more),
    undatedY,
  };
}
