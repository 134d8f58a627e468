/**
 * layoutControlsTimeline(controls, events, {width, height}) -> model: China's export-control
 * timeline from the reference file as dated marks on a time axis, with the dataset's
 * export-control events aligned on a second row. Pure; coordinates rounded to 0.1 px.
 */
import type { ExportControlRef } from '../../../shared/reference/reference-schema';
import { fontSizeFor, round } from './sankey-geometry';
import { codeOrder } from '../../../shared/order';

export interface TimelineLabels {
  title: string;
  reference: string;
  news: string;
  sourceLine: string;
  /** A date ("YYYY-MM-DD" or partial) in the interface language. */
  date: (iso: string) => string;
  year: (year: number) => string;
  mineral: (id: string) => string;
}

export interface TimelineEvent {
  id: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date: string;
  label: string;
}

export interface TimelineMark {
  /** "ref:<index>" or the event id. */
  id: string;
  row: 'reference' | 'news';
  x: number;
  y: number;
  date: string;
  title: string;
  /** The reference entry's index, for reference marks. */
  index?: number;
}

export interface ControlsTimelineModel {
  chart: 'export-controls';
  width: number;
  height: number;
  fontSize: number;
  title: string;
  rows: { text: string; y: number }[];
  axisY: number;
  x0: number;
  x1: number;
  ticks: { x: number; text: string }[];
  marks: TimelineMark[];
  r: number;
  sourceLine: string;
  sourceY: number;
}

function dayMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
}

export function layoutControlsTimeline(
  controls: readonly ExportControlRef[],
  events: readonly TimelineEvent[],
  size: { width: number; height: number },
  L: TimelineLabels,
): ControlsTimelineModel {
  const { width, height } = size;
  const fs = Math.max(13, Math.round(fontSizeFor(width) * 0.95));
  const all = [...controls.map((c) => c.date), ...events.map((e) => e.date)].map(dayMs);
  const firstYear = new Date(Math.min(...all)).getUTCFullYear();
  const lastYear = new Date(Math.max(...all)).getUTCFullYear() + 1;
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear, 0, 1);
  const x0 = round(Math.min(width * 0.22, fs * 11));
  const x1 = round(width - fs);
  const x = (ms: number) => round(x0 + ((ms - start) / (end - start)) * (x1 - x0));
  const refY = round(fs * 3.8);
  const newsY = round(fs * 5.4);
  const axisY = round(fs * 7.6);
  const r = round(fs * 0.45);
  const ticks = [];
  for (let y = firstYear; y <= lastYear; y++) ticks.push({ x: x(Date.UTC(y, 0, 1)), text: L.year(y) });

  // Marks closer than a diameter would cover each other: each steps up above the last one near it.
  const placed: { row: string; x: number; level: number }[] = [];
  const stack = (row: string, mx: number) => {
    const near = placed.filter((p) => p.row === row && Math.abs(p.x - mx) < r * 2.2);
    // Three levels at most; a crowded month wraps round (every mark keeps its tooltip and button).
    const level = near.length ? (Math.max(...near.map((p) => p.level)) + 1) % 3 : 0;
    placed.push({ row, x: mx, level });
    return level;
  };
  const marks: TimelineMark[] = [];
  [...controls.entries()]
    .sort((a, b) => codeOrder(a[1].date, b[1].date) || a[0] - b[0])
    .forEach(([index, c]) => {
      const mx = x(dayMs(c.date));
      const minerals = c.minerals.map(L.mineral).join(', ');
      marks.push({
        id: `ref:${index}`,
        row: 'reference',
        x: mx,
        y: round(refY - stack('ref', mx) * r * 1.8),
        date: c.date,
        title: `${L.date(c.date)}${minerals ? ` · ${minerals}` : ''}: ${c.what}`,
        index,
      });
    });
  [...events]
    .sort((a, b) => codeOrder(a.date, b.date) || codeOrder(a.id, b.id))
    .forEach((e) => {
      const mx = x(dayMs(e.date));
      marks.push({
        id: e.id,
        row: 'news',
        x: mx,
        y: round(newsY + stack('news', mx) * r * 1.8),
        date: e.date,
        title: `${L.date(e.date)}: ${e.label}`,
      });
    });
  return {
    chart: 'export-controls',
    width,
    height: Math.max(height, round(axisY + fs * 3.4)),
    fontSize: fs,
    title: L.title,
    rows: [
      { text: L.reference, y: refY },
      { text: L.news, y: newsY },
    ],
    axisY,
    x0,
    x1,
    ticks,
    marks,
    r,
    sourceLine: L.sourceLine,
    sourceY: round(axisY + fs * 2.8),
  };
}
