/**
 * Renders a MatrixModel: row labels with names, column labels with ISO codes (short, so no
 * rotated text), cells shaded by meetings with a corner triangle for the tone, and conflict also
 * as a dashed outline (a second channel beside colour, palette.ts). Reads no store.
 */
import { useMemo } from 'react';
import { TONE_COLOURS } from '../palette';
import { ChartFrame } from '../network/chart-frame';
import type { LegendItem } from '../network/chart-frame';
import type { MatrixCell, MatrixModel } from './layout-matrix';
import { activateWithin, onEnter } from '../on-enter';

export interface MatrixChartProps {
  model: MatrixModel;
  title: string;
  legend: LegendItem[];
  source: string;
  /** Countries to outline (the selected one, or those of the selected event). */
  selectedIds: ReadonlySet<string>;
  cellLabel: (cell: MatrixCell) => string;
  rowLabel: (id: string) => string;
  onCell: (cell: MatrixCell) => void;
  onRow: (id: string) => void;
  /** Counts in the interface language's digits. */
  formatCount: (n: number) => string;
}

export function MatrixChart(props: MatrixChartProps) {
  const { model, selectedIds } = props;
  const byKey = useMemo(() => new Map(model.cells.map((c) => [`${c.row}|${c.col}`, c])), [model]);
  /** The cell an event happened in, if any. */
  const cellOf = (target: EventTarget): MatrixCell | undefined => {
    const key = target instanceof Element ? target.closest('[data-cell]')?.getAttribute('data-cell') : null;
    return key ? byKey.get(key) : undefined;
  };
  const { cell, origin, fontSize: fs } = model;
  const n = model.rows.length;
  const side = n * cell;
  return (
    <ChartFrame {...props} name="matrix" width={model.width} height={model.height} fontSize={fs}>
      <rect x={origin.x} y={origin.y} width={side} height={side} fill="#f5f5f5" stroke="#ccc" />
      {model.rows.map((r, i) => {
        const selected = selectedIds.has(r.id);
        const top = origin.y + i * cell;
        const left = origin.x + i * cell;
        return (
          <g key={r.id}>
            {selected && (
              <>
                <rect x={origin.x} y={top} width={side} height={cell} fill="#fff4c2" />
                <rect x={left} y={origin.y} width={cell} height={side} fill="#fff4c2" />
              </>
            )}
            <rect x={left} y={top} width={cell} height={cell} fill="#ddd" />
            <text
              x={origin.x - fs * 0.4}
              y={r.at + fs * 0.32}
              textAnchor="end"
              fontSize={Math.min(fs * 0.85, cell * 0.9)}
              fontWeight={selected ? 700 : 400}
              role="button"
              tabIndex={0}
              aria-label={props.rowLabel(r.id)}
              onClick={() => props.onRow(r.id)}
              onKeyDown={onEnter(() => props.onRow(r.id))}
              style={{ cursor: 'pointer' }}
            >
              {r.label}
            </text>
            <text
              x={left + cell / 2}
              y={origin.y - fs * 0.5}
              textAnchor="middle"
              fontSize={Math.min(fs * 0.8, cell * 0.75)}
              fontWeight={selected ? 700 : 400}
            >
              {r.id}
            </text>
          </g>
        );
      })}
      {/* One click and key handler for every cell (up to 870 cells: that many fewer handlers to
          bind on each filter change); a cell is found by its data-cell. */}
      <g className="cells" {...activateWithin(cellOf, props.onCell)}>
        {model.cells.map((c) => {
          const selected = selectedIds.has(c.row) && selectedIds.has(c.col);
          const tri = cell * 0.32;
          const label = props.cellLabel(c);
          return (
            <g
              key={`${c.row}|${c.col}`}
              data-cell={`${c.row}|${c.col}`}
              data-count={c.meetings}
              data-tone={c.tone}
              role="button"
              tabIndex={0}
              aria-label={label}
              style={{ cursor: 'pointer' }}
            >
              <title>{label}</title>
              <rect
                x={c.x + 0.5}
                y={c.y + 0.5}
                width={cell - 1}
                height={cell - 1}
                fill={c.fill}
                stroke={selected ? '#000' : 'none'}
                strokeWidth={2}
              />
              {c.tone === 'conflict' && cell >= 8 && (
                <rect
                  x={c.x + 2.5}
                  y={c.y + 2.5}
                  width={cell - 5}
                  height={cell - 5}
                  fill="none"
                  stroke={TONE_COLOURS.conflict}
                  strokeWidth={2}
                  strokeDasharray="4 2"
                />
              )}
              {c.tone !== 'neutral' && (
                <path
                  d={`M${c.x + cell - tri},${c.y + 1}L${c.x + cell - 1},${c.y + 1}L${c.x + cell - 1},${c.y + tri}Z`}
                  fill={TONE_COLOURS[c.tone]}
                />
              )}
              {c.showCount && (
                <text
                  x={c.x + cell / 2}
                  y={c.y + cell / 2 + fs * 0.32}
                  textAnchor="middle"
                  fontSize={Math.min(fs * 0.85, cell * 0.5)}
                  style={{ fill: c.meetings / model.max > 0.6 ? 'white' : '#1a1a1a' }}
                >
                  {props.formatCount(c.meetings)}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </ChartFrame>
  );
}
