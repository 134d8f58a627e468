/**
 * Renders a NetworkModel: edges coloured by tone, circles sized by meetings, labels below.
 * Reads no store: selection and callbacks come in as props. Nodes can be dragged (a local
 * override, forgotten when the model changes), the plot zoomed and panned, and hovering a node
 * dims everything but its neighbours.
 */
import { useMemo, useRef, useState } from 'react';
import type { MouseEvent, PointerEvent } from 'react';
import { LinkPaths, linkStroke, nearestLink } from './link-paths';
import type { Point } from './link-paths';
import { ChartFrame } from './chart-frame';
import { labelledNodes } from './node-labels';
import type { LegendItem } from './chart-frame';
import { linkKey } from './layout-network';
import type { NetLink, NetNode, NetworkModel } from './layout-network';
import { useZoomPan } from './use-zoom-pan';
import { onEnter } from '../on-enter';

export interface NetworkChartProps {
  model: NetworkModel;
  name: 'network' | 'people';
  title: string;
  legend: LegendItem[];
  source: string;
  nodeColour: (node: NetNode) => string;
  /** Ids drawn as selected (the selected country or person, or the countries of a selected event). */
  selectedIds: ReadonlySet<string>;
  nodeLabel: (node: NetNode) => string;
  linkLabel: (link: NetLink) => string;
  onNode: (node: NetNode) => void;
  onLink: (link: NetLink) => void;
}

/** Links drawn as focusable buttons, each its own element, up to this count. */
export const INTERACTIVE_LINKS = 150;

/** One link's visible line: tone colour and dash, wider when selected. */
function LinkLine(props: { l: NetLink; s: Point; t: Point; selected: boolean }) {
  const { l, s, t, selected } = props;
  return (
    <line
      x1={s.x}
      y1={s.y}
      x2={t.x}
      y2={t.y}
      {...linkStroke(l.tone, selected ? l.width + 2 : l.width, l.width)}
    />
  );
}

const NO_DRAG: Drag['pos'] = {};

interface Drag {
  model: NetworkModel;
  pos: Record<string, { x: number; y: number }>;
}

export function NetworkChart(props: NetworkChartProps) {
  const { model, selectedIds } = props;
  const fs = model.fontSize;
  const svgRef = useRef<SVGSVGElement>(null);
  const { transform } = useZoomPan(svgRef, model);
  /** A hovered or focused node id, or a link's "source|target". */
  const [hover, setHover] = useState<string | null>(null);
  const [drag, setDrag] = useState<Drag>({ model, pos: {} });
  const gesture = useRef<{ id: string; x: number; y: number; moved: boolean } | null>(null);
  const pos = drag.model === model ? drag.pos : NO_DRAG;

  const neighbours = useMemo(() => {
    if (!hover) return null;
    if (hover.includes('|')) return new Set(hover.split('|'));
    const set = new Set([hover]);
    for (const l of model.links) {
      if (l.source === hover) set.add(l.target);
      if (l.target === hover) set.add(l.source);
    }
    return set;
  }, [hover, model]);
  const byId = useMemo(() => new Map(model.nodes.map((n) => [n.id, n])), [model]);
  /** Where a node is drawn: where it was dragged to, or its layout position. */
  const pointOf = useMemo(
    () =>
      (id: string): Point =>
        pos[id] ?? byId.get(id)!,
    [pos, byId],
  );
  // Labels that collide with nothing, the busiest first: all that fit in a small network, at
  // most 25 in a big one (the others on hover, focus and in the table).
  const labelled = useMemo(
    () => labelledNodes(model.nodes, fs, model.nodes.length <= 40 ? Infinity : 25),
    [model, fs],
  );

  // Pointer drags move a node in viewBox units; a press without movement is a click.
  const down = (n: NetNode) => (e: PointerEvent<SVGGElement>) => {
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    gesture.current = { id: n.id, x: e.clientX, y: e.clientY, moved: false };
  };
  const move = (n: NetNode) => (e: PointerEvent<SVGGElement>) => {
    const g = gesture.current;
    if (!g || g.id !== n.id) return;
    const dx = e.clientX - g.x;
    const dy = e.clientY - g.y;
    if (!g.moved && Math.hypot(dx, dy) < 4) return;
    g.moved = true;
    const rect = svgRef.current?.getBoundingClientRect();
    const unit = rect && rect.width > 0 ? model.width / rect.width / transform.k : 1;
    const p = pointOf(n.id);
    g.x = e.clientX;
    g.y = e.clientY;
    setDrag({ model, pos: { ...pos, [n.id]: { x: p.x + dx * unit, y: p.y + dy * unit } } });
  };
  const up = (n: NetNode) => () => {
    const g = gesture.current;
    gesture.current = null;
    if (g && !g.moved) props.onNode(n);
  };

  /** Up to this many links, each is a focusable button with its own title; past it, lighter lines. */
  const interactive = model.links.length <= INTERACTIVE_LINKS;
  const linkByKey = useMemo(() => new Map(model.links.map((l) => [linkKey(l), l])), [model]);
  /** The link within a few screen px of the pointer, in the links' own (zoomed) coordinates. */
  const linkUnder = (e: PointerEvent<SVGGElement> | MouseEvent<SVGGElement>) => {
    const ctm = e.currentTarget.getScreenCTM?.();
    if (!ctm) return undefined;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return nearestLink(model.links, pointOf, p, 5 / Math.max(1e-6, Math.hypot(ctm.a, ctm.b)));
  };
  const hoveredLink = hover?.includes('|') ? linkByKey.get(hover) : undefined;
  /** Links drawn over the faded paths: the hovered link, or those of the hovered node. */
  const highlighted = useMemo(
    () =>
      interactive || !hover
        ? []
        : hoveredLink
          ? [hoveredLink]
          : model.links.filter((l) => l.source === hover || l.target === hover),
    [interactive, hover, hoveredLink, model],
  );
  const faded = (ids: string[]) => neighbours !== null && !ids.every((id) => neighbours.has(id));
  return (
    <ChartFrame {...props} width={model.width} height={model.height} fontSize={fs} svgRef={svgRef}>
      <g transform={transform.toString()} className="plot">
        {interactive ? (
          <g className="links" fill="none">
            {model.links.map((l) => {
              const s = pointOf(l.source);
              const t = pointOf(l.target);
              const key = linkKey(l);
              const selected = selectedIds.has(l.source) && selectedIds.has(l.target);
              return (
                <g
                  key={key}
                  data-link={key}
                  data-tone={l.tone}
                  role="button"
                  tabIndex={0}
                  aria-label={props.linkLabel(l)}
                  onClick={() => props.onLink(l)}
                  onKeyDown={onEnter(() => props.onLink(l))}
                  onPointerEnter={() => setHover(key)}
                  onPointerLeave={() => setHover(null)}
                  onFocus={() => setHover(key)}
                  onBlur={() => setHover(null)}
                  opacity={faded([l.source, l.target]) ? 0.08 : 0.85}
                  style={{ cursor: 'pointer' }}
                >
                  <title>{props.linkLabel(l)}</title>
                  <line
                    x1={s.x}
                    y1={s.y}
                    x2={t.x}
                    y2={t.y}
                    stroke="transparent"
                    strokeWidth={Math.max(10, l.width + 6)}
                  />
                  <LinkLine l={l} s={s} t={t} selected={selected} />
                </g>
              );
            })}
          </g>
        ) : (
          // Many links: a few paths (link-paths.tsx) and no element per link. The group finds the
          // link under the pointer for hover and click, draws the hovered links on top, and the
          // keyboard and screen readers have the same pairs in the table.
          <g
            className="links"
            fill="none"
            aria-hidden="true"
            style={{ cursor: hoveredLink ? 'pointer' : undefined }}
            onPointerMove={(e) => {
              if (gesture.current) return;
              const link = linkUnder(e);
              const key = link ? linkKey(link) : null;
              if (key !== hover && (key || hover?.includes('|'))) setHover(key);
            }}
            onPointerLeave={() => setHover(null)}
            onClick={(e) => {
              const link = linkUnder(e);
              if (link) props.onLink(link);
            }}
          >
            <rect
              x={-model.width}
              y={-model.height}
              width={model.width * 3}
              height={model.height * 3}
              fill="transparent"
            />
            <LinkPaths
              links={model.links}
              at={pointOf}
              selectedIds={selectedIds}
              faded={neighbours !== null}
            />
            {highlighted.map((l) => (
              <LinkLine
                key={linkKey(l)}
                l={l}
                s={pointOf(l.source)}
                t={pointOf(l.target)}
                selected={selectedIds.has(l.source) && selectedIds.has(l.target)}
              />
            ))}
          </g>
        )}
        <g className="nodes">
          {model.nodes.map((n) => {
            const p = pointOf(n.id);
            const selected = selectedIds.has(n.id);
            return (
              <g
                key={n.id}
                data-node={n.id}
                transform={`translate(${p.x},${p.y})`}
                role="button"
                tabIndex={0}
                aria-label={props.nodeLabel(n)}
                aria-pressed={selected}
                opacity={faded([n.id]) ? 0.15 : 1}
                onPointerDown={down(n)}
                onPointerMove={move(n)}
                onPointerUp={up(n)}
                onPointerEnter={() => setHover(n.id)}
                onPointerLeave={() => setHover(null)}
                onFocus={() => setHover(n.id)}
                onBlur={() => setHover(null)}
                onKeyDown={onEnter(() => props.onNode(n))}
                style={{ cursor: 'grab', touchAction: 'none' }}
              >
                <title>{props.nodeLabel(n)}</title>
                <circle
                  r={n.r}
                  fill={props.nodeColour(n)}
                  stroke={selected ? '#000' : 'white'}
                  strokeWidth={selected ? 4 : 1.5}
                />
              </g>
            );
          })}
        </g>
        {/* Names above every circle (a name drawn with its node would go under later circles);
            the node's aria-label already names it, so these are hidden from screen readers. */}
        <g className="node-labels" aria-hidden="true" pointerEvents="none">
          {model.nodes.map((n) => {
            const selected = selectedIds.has(n.id);
            if (!labelled.has(n.id) && !selected && hover !== n.id) return null;
            const p = pointOf(n.id);
            return (
              <text
                key={n.id}
                x={p.x}
                y={p.y + n.r + fs * 1.05}
                textAnchor="middle"
                fontSize={fs * 0.9}
                fontWeight={selected ? 700 : 400}
                stroke="white"
                strokeWidth={3}
                paintOrder="stroke"
                opacity={faded([n.id]) ? 0.15 : 1}
              >
                {n.label}
              </text>
            );
          })}
        </g>
        {hoveredLink && !interactive && (
          <text
            className="link-label"
            x={(pointOf(hoveredLink.source).x + pointOf(hoveredLink.target).x) / 2}
            y={(pointOf(hoveredLink.source).y + pointOf(hoveredLink.target).y) / 2 - fs * 0.5}
            textAnchor="middle"
            fontSize={fs * 0.9}
            stroke="white"
            strokeWidth={4}
            paintOrder="stroke"
            pointerEvents="none"
          >
            {props.linkLabel(hoveredLink)}
          </text>
        )}
      </g>
    </ChartFrame>
  );
}
