/**
 * Renders a TimelineModel: lanes, marks (held filled, planned hollow and dashed, year-only faint),
 * "+N" badges for stacks too tall for a lane, the time axis, the shared date range shaded, and
 * the labelled chips of undated events. Reads no store.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { textWidth, wrapText } from '../text-metrics';
import { ChartFrame } from '../network/chart-frame';
import type { LegendItem } from '../network/chart-frame';
import type { TimelineBadge, TimelineMark, TimelineModel } from './layout-timeline';
import { Badge, Mark, UndatedChips } from './timeline-marks';
import { useTimeZoomBrush } from './use-time-zoom-brush';
import type { TimeGestures } from './use-time-zoom-brush';
import { activateWithin } from '../on-enter';

export interface TimelineChartProps extends TimeGestures {
  model: TimelineModel;
  title: string;
  legend: LegendItem[];
  source: string;
  selectedId: string | null;
  undatedLabel: string;
  formatTick: (date: string) => string;
  markLabel: (id: string, label: string) => string;
  /** Accessible name of a "+N" badge, starting with its text. */
  badgeLabel: (badge: TimelineBadge) => string;
  /** A badge's text, "+N" in the interface language's digits. */
  badgeText: (badge: TimelineBadge) => string;
  moreText: (count: number) => string;
  onMark: (id: string) => void;
  onBadge: (badge: TimelineBadge) => void;
  onMore: () => void;
}

/** The id of the mark an event happened in, if any. */
function markOf(target: EventTarget): string | null {
  return target instanceof Element
    ? (target.closest('[data-mark]')?.getAttribute('data-mark') ?? null)
    : null;
}

/** The "lane|id" key of the mark an event happened in, if any. */
function markKeyOf(target: EventTarget): string | null {
  const g = target instanceof Element ? target.closest('[data-mark]') : null;
  return g ? `${g.getAttribute('data-mark-lane')}|${g.getAttribute('data-mark')}` : null;
}

/**
 * The hovered or focused mark's name, in a box above it (below when there is no room): one label
 * for the chart instead of a <title> in each of a thousand marks, readable on a projector, and
 * shown to keyboard users too.
 */
function MarkTip(props: { m: TimelineMark; text: string; model: TimelineModel }) {
  const { m, model } = props;
  const fs = model.fontSize * 0.8;
  const pad = fs * 0.5;
  const max = Math.min(model.fontSize * 24, model.x1 - model.x0);
  const all = wrapText(props.text, (max - 2 * pad) / 1.08, fs);
  const lines = all.length > 3 ? [...all.slice(0, 2), `${all[2]}…`] : all;
  // The estimate runs a few per cent short for some lines of Noto Sans: room to spare.
  const w = Math.max(...lines.map((l) => textWidth(l, fs))) * 1.08 + 2 * pad;
  const h = lines.length * fs * 1.3 + pad;
  const cx = m.shape === 'point' ? m.x : m.x + m.w / 2;
  const x = Math.max(model.x0, Math.min(model.x1 - w, cx - w / 2));
  const above = m.y - h - 4;
  const y = above >= model.plot.y ? above : m.y + m.h + 4;
  return (
    <g className="mark-tip" pointerEvents="none" aria-hidden="true">
      <rect x={x} y={y} width={w} height={h} rx={3} fill="white" stroke="#555" />
      <text x={x + pad} y={y + pad / 2 + fs} fontSize={fs}>
        {lines.map((line, i) => (
          <tspan key={i} x={x + pad} dy={i ? fs * 1.3 : 0}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

export function TimelineChart(props: TimelineChartProps) {
  const { model, selectedId } = props;
  const fs = model.fontSize;
  const svgRef = useRef<SVGSVGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const clip = `tl-clip-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  useTimeZoomBrush(svgRef, brushRef, model, props);
  const top = model.plot.y;
  const [tipKey, setTipKey] = useState<string | null>(null);
  const tipMark = useMemo(
    () => (tipKey ? model.marks.find((m) => `${m.lane}|${m.id}` === tipKey) : undefined),
    [tipKey, model],
  );
  const showTip = (e: { target: EventTarget }) => setTipKey(markKeyOf(e.target));
  const hideTip = () => setTipKey(null);
  return (
    <ChartFrame
      {...props}
      name="timeline"
      width={model.width}
      height={model.height}
      fontSize={fs}
      svgRef={svgRef}
    >
      <defs>
        <clipPath id={clip}>
          <rect x={model.x0} y={top} width={model.x1 - model.x0} height={model.axisY - top} />
        </clipPath>
      </defs>
      {model.lanes.map((l, i) => (
        <g key={l.id} data-lane={l.id}>
          <rect
            x={model.x0}
            y={l.y}
            width={model.x1 - model.x0}
            height={l.height}
            fill={i % 2 ? '#fafafa' : '#f0f0f0'}
          />
          <text
            x={model.x0 - fs * 0.5}
            y={l.y + l.height / 2 + fs * 0.32}
            textAnchor="end"
            fontSize={fs * 0.9}
          >
            {l.label}
          </text>
        </g>
      ))}
      {model.range && (
        <rect
          data-range=""
          x={model.range.x0}
          y={top}
          width={Math.max(1, model.range.x1 - model.range.x0)}
          height={model.axisY - top}
          fill="#F0E442"
          opacity={0.35}
        />
      )}
      <g ref={brushRef} className="brush" />
      {/* One click, key and hover handler for every mark (a thousand marks, a thousand fewer props
          to set on a filter change); each mark's aria-label is its name, shown on hover or focus. */}
      <g
        clipPath={`url(#${clip})`}
        className="marks"
        {...activateWithin(markOf, props.onMark)}
        onPointerOver={showTip}
        onPointerLeave={hideTip}
        onFocus={showTip}
        onBlur={hideTip}
      >
        {model.marks.map((m) => (
          <g
            key={`${m.lane}|${m.id}`}
            data-mark={m.id}
            data-mark-lane={m.lane}
            data-status={m.status}
            data-in-range={m.inRange}
            role="button"
            tabIndex={0}
            aria-label={props.markLabel(m.id, m.label)}
            opacity={m.inRange ? undefined : 0.3}
          >
            <Mark m={m} selected={m.id === selectedId} />
          </g>
        ))}
        {model.badges.map((b) => (
          <Badge
            key={`${b.lane}|${b.x}`}
            b={b}
            fontSize={fs}
            label={props.badgeLabel(b)}
            text={props.badgeText(b)}
            onBadge={props.onBadge}
          />
        ))}
      </g>
      <g className="axis">
        <line x1={model.x0} x2={model.x1} y1={model.axisY} y2={model.axisY} stroke="#333" />
        {model.ticks.map((t) => (
          <g key={t.date} transform={`translate(${t.x},${model.axisY})`}>
            <line y2={fs * 0.4} stroke="#333" />
            <text y={fs * 1.4} textAnchor="middle" fontSize={fs * 0.8}>
              {props.formatTick(t.date)}
            </text>
          </g>
        ))}
        <rect
          data-axis=""
          x={model.x0}
          y={model.axisY}
          width={model.x1 - model.x0}
          height={fs * 2}
          fill="transparent"
          style={{ cursor: 'ew-resize' }}
        />
      </g>
      {(model.undated.length > 0 || model.undatedMore) && (
        <>
          <text x={model.x0 - fs * 0.5} y={model.undatedY + fs * 0.95} textAnchor="end" fontSize={fs * 0.9}>
            {props.undatedLabel}
          </text>
          <UndatedChips
            model={model}
            selectedId={selectedId}
            markLabel={props.markLabel}
            moreText={props.moreText}
            onMark={props.onMark}
            onMore={props.onMore}
          />
        </>
      )}
      {tipMark && <MarkTip m={tipMark} text={props.markLabel(tipMark.id, tipMark.label)} model={model} />}
    </ChartFrame>
  );
}
