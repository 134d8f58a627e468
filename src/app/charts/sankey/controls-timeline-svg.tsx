/**
 * Renders the export-control timeline model as a standalone <svg>. Reference marks (diamonds)
 * and news events (circles) are buttons; what a click does is the caller's business.
 */
import type { KeyboardEvent } from 'react';
import { EVENT_TYPE_COLOURS, PALETTE } from '../palette';
import type { ControlsTimelineModel, TimelineMark } from './controls-timeline';
import { CHART_FONT } from '../font';

export interface ControlsTimelineSvgProps {
  model: ControlsTimelineModel;
  /** Id of the highlighted mark ("ref:<index>" or an event id). */
  active?: string | null;
  onMark?: (mark: TimelineMark) => void;
}

export function ControlsTimelineSvg({ model: m, active, onMark }: ControlsTimelineSvgProps) {
  const fs = m.fontSize;
  const key = (mark: TimelineMark) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onMark?.(mark);
    }
  };
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${m.width} ${m.height}`}
      width={m.width}
      height={m.height}
      data-chart="export-controls"
      role="group"
      aria-label={m.title}
      fontFamily={CHART_FONT}
    >
      <title>{m.title}</title>
      <rect width={m.width} height={m.height} fill="#ffffff" />
      <text x={fs * 0.5} y={fs * 1.3} fontSize={fs * 1.15} fontWeight={700} fill="#1a1a1a">
        {m.title}
      </text>
      {m.rows.map((row) => (
        <g key={row.text}>
          <line x1={m.x0} x2={m.x1} y1={row.y} y2={row.y} stroke="#dddddd" />
          <text x={m.x0 - fs * 0.5} y={row.y} dy="0.35em" fontSize={fs * 0.85} textAnchor="end" fill="#333">
            {row.text}
          </text>
        </g>
      ))}
      <line x1={m.x0} x2={m.x1} y1={m.axisY} y2={m.axisY} stroke="#666" />
      {m.ticks.map((t) => (
        <g key={t.text}>
          <line x1={t.x} x2={t.x} y1={m.axisY} y2={m.axisY + fs * 0.4} stroke="#666" />
          <text x={t.x} y={m.axisY + fs * 1.4} fontSize={fs * 0.9} textAnchor="middle" fill="#333">
            {t.text}
          </text>
        </g>
      ))}
      {m.marks.map((mark) => {
        const on = active === mark.id;
        const r = on ? m.r * 1.35 : m.r;
        return (
          <g
            key={mark.id}
            data-mark={mark.row}
            tabIndex={onMark ? 0 : undefined}
            role={onMark ? 'button' : undefined}
            aria-label={mark.title}
            aria-pressed={onMark ? on : undefined}
            onClick={onMark ? () => onMark(mark) : undefined}
            onKeyDown={onMark ? key(mark) : undefined}
            style={onMark ? { cursor: 'pointer' } : undefined}
          >
            <title>{mark.title}</title>
            {mark.row === 'reference' ? (
              <rect
                x={mark.x - r * 0.75}
                y={mark.y - r * 0.75}
                width={r * 1.5}
                height={r * 1.5}
                transform={`rotate(45 ${mark.x} ${mark.y})`}
                fill={PALETTE.vermillion}
                stroke={on ? '#000' : '#fff'}
                strokeWidth={on ? 2.5 : 1.5}
              />
            ) : (
              <circle
                cx={mark.x}
                cy={mark.y}
                r={r}
                fill={EVENT_TYPE_COLOURS['export-control']}
                fillOpacity={0.55}
                stroke={on ? '#000' : PALETTE.vermillion}
                strokeWidth={on ? 2.5 : 1.5}
              />
            )}
          </g>
        );
      })}
      <text x={fs * 0.5} y={m.sourceY} fontSize={fs * 0.85} fill="#444">
        {m.sourceLine}
      </text>
    </svg>
  );
}
