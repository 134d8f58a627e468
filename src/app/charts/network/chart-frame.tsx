/**
 * The standalone frame every relations and timeline chart draws in: xmlns, viewBox, inline style,
 * a white background, the title, a legend row and the source line, all as SVG text, so the
 * export feature can save the <svg> as it is (STYLE.md, Excalidraw export).
 */
import type { ReactNode, Ref } from 'react';
import type { EventType } from '../../../shared/vocab';
import { typeSymbolPath } from '../symbols';
import { CHART_FONT, CHART_TEXT_STYLE } from '../font';

export interface LegendItem {
  label: string;
  colour: string;
  /**
   * How the legend swatch looks: a dot, a line (edges), a hollow dot (planned), a bar, an event
   * type's symbol, a cell's corner triangle or a cell outline.
   */
  shape: 'dot' | 'line' | 'hollow' | 'bar' | 'symbol' | 'corner' | 'box';
  /** Dash pattern of a line or box swatch, as on the marks it stands for. */
  dash?: string;
  /** Stroke width of a line swatch, px; a quarter of the font size when absent. */
  width?: number;
  /** The event type whose symbol a 'symbol' swatch shows. */
  symbol?: EventType;
}

interface FrameProps {
  name: 'network' | 'people' | 'matrix' | 'timeline';
  width: number;
  height: number;
  fontSize: number;
  title: string;
  legend: LegendItem[];
  source: string;
  children: ReactNode;
  /** The <svg> element, for d3-zoom and d3-brush. */
  svgRef?: Ref<SVGSVGElement>;
}

function Swatch({ item, size }: { item: LegendItem; size: number }) {
  const r = size * 0.38;
  if (item.shape === 'line')
    return (
      <line
        x1={0}
        x2={size * 1.2}
        y1={0}
        y2={0}
        stroke={item.colour}
        strokeWidth={item.width ?? size * 0.25}
        strokeDasharray={item.dash}
      />
    );
  if (item.shape === 'symbol' && item.symbol)
    return (
      <path transform={`translate(${r},0)`} d={typeSymbolPath(item.symbol, size * 0.8)} fill={item.colour} />
    );
  if (item.shape === 'corner')
    return <path d={`M0,${-r}L${2 * r},${-r}L${2 * r},${r}Z`} fill={item.colour} />;
  if (item.shape === 'box')
    return (
      <rect
        x={1}
        y={-r}
        width={2 * r}
        height={2 * r}
        fill="#eee"
        stroke={item.colour}
        strokeWidth={2}
        strokeDasharray={item.dash}
      />
    );
  if (item.shape === 'bar')
    return <rect x={0} y={-r} width={size * 1.2} height={2 * r} fill={item.colour} opacity={0.45} />;
  return (
    <circle
      cx={r}
      cy={0}
      r={r}
      fill={item.shape === 'hollow' ? 'white' : item.colour}
      stroke={item.colour}
      strokeWidth={item.shape === 'hollow' ? 2 : 0}
      strokeDasharray={item.shape === 'hollow' ? '3 2' : undefined}
    />
  );
}

export function ChartFrame(props: FrameProps) {
  const { name, width, height, fontSize, title, legend, source, children, svgRef } = props;
  const fs = fontSize;
  // Legend items flow left to right; widths are estimated from the label length (no DOM reads).
  const items = legend.reduce<{ item: LegendItem; x: number }[]>((acc, item) => {
    const prev = acc[acc.length - 1];
    acc.push({ item, x: prev ? prev.x + fs * 2.2 + prev.item.label.length * fs * 0.58 : fs * 0.8 });
    return acc;
  }, []);
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      data-chart={name}
      role="group"
      aria-label={title}
      fontFamily={CHART_FONT}
    >
      <style>{CHART_TEXT_STYLE}</style>
      <rect width={width} height={height} fill="white" />
      <text x={fs * 0.8} y={fs * 1.5} fontSize={fs * 1.25} fontWeight={600}>
        {title}
      </text>
      <g transform={`translate(0, ${fs * 2.8})`} className="legend">
        {items.map(({ item, x }) => (
          <g key={item.label} transform={`translate(${x}, 0)`}>
            <Swatch item={item} size={fs} />
            <text x={fs * 1.6} y={fs * 0.35} fontSize={fs * 0.9}>
              {item.label}
            </text>
          </g>
        ))}
      </g>
      {children}
      <text x={fs * 0.8} y={height - fs * 0.55} fontSize={fs * 0.8} className="muted">
        {source}
      </text>
    </svg>
  );
}
