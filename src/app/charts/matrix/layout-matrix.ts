/**
 * The pure layout of the country × country meetings matrix: rows and columns in the same order
 * (most meetings first), one cell per ordered pair that met, shaded by count, with a tone mark.
 */
import type { Relation } from '../../../shared/schema';
import { relationTone } from '../../../shared/relations';
import type { Tone } from '../../../shared/vocab';
import { SEQUENTIAL_BLUES } from '../palette';
import { frameBox } from '../network/frame-box';
import type { FrameBox } from '../network/frame-box';

export interface MatrixCell {
  /** Row country, column country. */
  row: string;
  col: string;
  x: number;
  y: number;
  meetings: number;
  tone: Tone;
  events: string[];
  fill: string;
  /** True when the count fits inside the cell as text. */
  showCount: boolean;
}

export interface MatrixAxis {
  id: string;
  label: string;
  /** Meetings with every other country, summed over pairs. */
  total: number;
  /** Centre of the row (y) or column (x). */
  at: number;
}

export interface MatrixModel extends FrameBox {
  width: number;
  height: number;
  cell: number;
  /** Top-left corner of the grid. */
  origin: { x: number; y: number };
  rows: MatrixAxis[];
  cells: MatrixCell[];
  /** Countries left out because only the busiest fit. */
  hidden: number;
  max: number;
}

/** Most countries drawn; beyond this the cells get too small to read on a projector. */
export const MATRIX_MAX_COUNTRIES = 30;

export function layoutMatrix(
  relations: readonly Relation[],
  labels: (code: string) => string,
  size: { width: number; height: number },
): MatrixModel {
  const box = frameBox(size.width, size.height);
  const { plot, fontSize: fs } = box;
  const met = relations.filter((r) => r.meetings > 0);
  const totals = new Map<string, number>();
  for (const r of met) {
    totals.set(r.a, (totals.get(r.a) ?? 0) + r.meetings);
    totals.set(r.b, (totals.get(r.b) ?? 0) + r.meetings);
  }
  const ranked = [...totals.entries()].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  const kept = ranked.slice(0, MATRIX_MAX_COUNTRIES);
  const index = new Map(kept.map(([id], i) => [id, i]));

  const labelText = kept.map(([id]) => `${labels(id)} (${id})`);
  const labelWidth = Math.min(
    plot.width * 0.4,
    Math.max(0, ...labelText.map((t) => t.length)) * fs * 0.55 + fs,
  );
  const headHeight = fs * 1.8;
  const n = Math.max(1, kept.length);
  const cell = Math.max(
    4,
    Math.floor(Math.min((plot.width - labelWidth) / n, (plot.height - headHeight) / n, fs * 4)),
  );
  const origin = { x: Math.round(plot.x + labelWidth), y: Math.round(plot.y + headHeight) };

  const max = Math.max(1, ...met.map((r) => r.meetings));
  const shade = (v: number) =>
    SEQUENTIAL_BLUES[
      Math.min(SEQUENTIAL_BLUES.length - 1, Math.floor((v / max) * (SEQUENTIAL_BLUES.length - 1) + 0.5))
    ]!;
  const cells: MatrixCell[] = [];
  for (const r of met) {
    const i = index.get(r.a);
    const j = index.get(r.b);
    if (i === undefined || j === undefined) continue;
    const base = {
      meetings: r.meetings,
      tone: relationTone(r),
      events: [...r.events],
      fill: shade(r.meetings),
    };
    const showCount = cell >= fs * 1.5;
    cells.push({ ...base, row: r.a, col: r.b, x: origin.x + j * cell, y: origin.y + i * cell, showCount });
    cells.push({ ...base, row: r.b, col: r.a, x: origin.x + i * cell, y: origin.y + j * cell, showCount });
  }
  cells.sort((p, q) => p.y - q.y || p.x - q.x);
  const rows: MatrixAxis[] = kept.map(([id, total], i) => ({
    id,
    label: labelText[i]!,
    total,
    at: Math.round(origin.y + i * cell + cell / 2),
  }));
  return { ...box, ...size, cell, origin, rows, cells, hidden: ranked.length - kept.length, max };
}
