/**
 * Renders a SankeyModel as a standalone <svg> (xmlns, viewBox, inline style, title, legend and
 * source line as SVG text) so an export can save it as is. It reads no store: highlights and
 * clicks come in and go out through props.
 */
import type { KeyboardEvent } from 'react';
import { EVENT_TYPE_COLOURS, PALETTE } from '../palette';
import type { MarkerModel, SankeyModel, SankeyNodeModel } from './sankey-types';
import { CHART_FONT } from '../font';

export interface SankeyHighlight {
  /** ISO code of the selected country. */
  country?: string | null;
  /** True when this chart's mineral is selected. */
  mineral?: boolean;
  eventId?: string | null;
}

export interface SankeySvgProps {
  model: SankeyModel;
  highlight?: SankeyHighlight;
  onNode?: (node: SankeyNodeModel) => void;
  onMarker?: (marker: MarkerModel) => void;
}

/**
 * "In the news" dots and counts: Okabe-Ito's reddish purple darkened for text contrast on white,
 * apart from the event colours (export control is vermillion).
 */
export const NEWS_COLOUR = '#a0457f';

const NODE_FILL: Record<SankeyNodeModel['kind'], string> = {
  country: PALETTE.blue,
  other: PALETTE.grey,
  stage: '#333333',
  'end-use': PALETTE.green,
  unallocated: '#bbbbbb',
};

/** The "● 3" after a country's label: articles naming the mineral and the country. */
const newsMark = (n: SankeyNodeModel) => (n.news > 0 && n.kind !== 'stage' ? ` ●${n.newsText}` : '');

/** Enter or Space activates a focused mark, as a click would. */
function activate(run: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      run();
    }
  };
}

export function SankeySvg({ model: m, highlight = {}, onNode, onMarker }: SankeySvgProps) {
  const fs = m.fontSize;
  const isHot = (n: SankeyNodeModel) =>
    (n.kind === 'country' && n.key === highlight.country) || (n.kind === 'stage' && !!highlight.mineral);
  const clickable = (n: SankeyNodeModel) => !!onNode && (n.kind === 'country' || n.kind === 'stage');
  const hotLink = (source: string) => !!highlight.country && source === `country:${highlight.country}`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${m.width} ${m.height}`}
      width={m.width}
      height={m.height}
      data-chart="sankey"
      data-mineral={m.mineral}
      data-unit={m.unit}
      role="group"
      aria-label={`${m.title}: ${m.subtitle}`}
      fontFamily={CHART_FONT}
    >
      <style>{`text{fill:#1a1a1a}.sk-focus:focus{outline:none}.sk-focus:focus-visible>rect,.sk-focus:focus-visible>circle{stroke:#000;stroke-width:3px}`}</style>
      <title>{`${m.title} — ${m.subtitle}`}</title>
      <rect width={m.width} height={m.height} fill="#ffffff" />
      <text x={fs * 0.5} y={fs * 1.4} fontSize={fs * 1.3} fontWeight={700}>
        {m.title}
      </text>
      <text x={fs * 0.5} y={fs * 2.7} fontSize={fs * 0.85} data-role="unit">
        {m.subtitle}
      </text>
      {m.captions.map((c) => (
        <text
          key={c.text}
          x={c.x}
          y={m.captionY}
          fontSize={fs * 0.8}
          fill="#555"
          textAnchor={c.anchor}
          fontStyle="italic"
        >
          {c.text}
        </text>
      ))}
      <g fill="none">
        {m.links.map((l) => (
          <path
            key={l.id}
            d={l.d}
            stroke={hotLink(l.source) ? PALETTE.blue : l.source === 'stage' ? PALETTE.green : PALETTE.sky}
            strokeOpacity={hotLink(l.source) ? 0.6 : 0.4}
            strokeWidth={l.width}
          >
            <title>{l.tooltip}</title>
          </path>
        ))}
        {m.qualitative.map((q) => (
          <path key={q.key} d={q.d} stroke={PALETTE.grey} strokeWidth={1.5} strokeDasharray="4 3" />
        ))}
      </g>
      {m.nodes.map((n) => {
        const left = n.kind === 'country' || n.kind === 'other';
        const hot = isHot(n);
        const run = () => onNode?.(n);
        const interactive = clickable(n);
        return (
          <g
            key={n.id}
            className={interactive ? 'sk-focus' : undefined}
            data-node={n.id}
            tabIndex={interactive ? 0 : undefined}
            role={interactive ? 'button' : undefined}
            // The name starts with the visible text (WCAG 2.5.3), then the full tooltip.
            aria-label={interactive ? `${n.label}${newsMark(n)}. ${n.tooltip}` : undefined}
            aria-pressed={interactive ? hot : undefined}
            onClick={interactive ? run : undefined}
            onKeyDown={interactive ? activate(run) : undefined}
            style={interactive ? { cursor: 'pointer' } : undefined}
          >
            <title>{n.tooltip}</title>
            <rect
              x={n.x0}
              y={n.y0}
              width={n.x1 - n.x0}
              height={Math.max(1, n.y1 - n.y0)}
              fill={NODE_FILL[n.kind]}
              stroke={hot ? PALETTE.black : 'none'}
              strokeWidth={hot ? 3 : 0}
            />
            {n.showLabel && n.kind !== 'stage' && (
              <text
                x={left ? n.x0 - fs * 0.4 : n.x1 + fs * 0.4}
                y={(n.y0 + n.y1) / 2}
                dy="0.35em"
                fontSize={fs}
                textAnchor={left ? 'end' : 'start'}
                fontWeight={n.news > 0 || hot ? 700 : 400}
              >
                {n.label}
                {left && n.news > 0 && <tspan fill={NEWS_COLOUR}>{newsMark(n)}</tspan>}
              </text>
            )}
          </g>
        );
      })}
      {m.qualitative.map((q) => (
        <text
          key={q.key}
          x={q.x + fs * 0.3}
          y={q.y}
          dy="0.35em"
          fontSize={fs * 0.9}
          fontWeight={q.leading ? 700 : 400}
        >
          {q.label}
        </text>
      ))}
      {m.markers.map((mk) => (
        <g
          key={`${mk.eventId}@${mk.on}`}
          className="sk-focus"
          data-event={mk.eventId}
          tabIndex={onMarker ? 0 : undefined}
          role={onMarker ? 'button' : undefined}
          aria-label={mk.title}
          onClick={onMarker ? () => onMarker(mk) : undefined}
          onKeyDown={onMarker ? activate(() => onMarker(mk)) : undefined}
          style={onMarker ? { cursor: 'pointer' } : undefined}
        >
          <title>{mk.title}</title>
          <circle
            cx={mk.x}
            cy={mk.y}
            r={highlight.eventId === mk.eventId ? mk.r * 1.4 : mk.r}
            fill={EVENT_TYPE_COLOURS[mk.type]}
            stroke="#ffffff"
            strokeWidth={2}
          />
        </g>
      ))}
      <g fontSize={fs * 0.85}>
        {m.legend.map((item) => (
          <g key={item.text}>
            <circle
              cx={item.x + fs * 0.4}
              cy={m.legendY - fs * 0.28}
              r={fs * 0.38}
              fill={item.type ? EVENT_TYPE_COLOURS[item.type] : NEWS_COLOUR}
            />
            <text x={item.x + fs * 1.1} y={m.legendY}>
              {item.text}
            </text>
          </g>
        ))}
      </g>
      {m.footer.map((f) => (
        <text key={f.text} x={fs * 0.5} y={f.y} fontSize={fs * 0.8} fill="#444">
          {f.text}
        </text>
      ))}
    </svg>
  );
}
