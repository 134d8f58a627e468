/**
 * The timeline's two gestures on the time axis: d3-zoom (wheel anywhere, drag on the axis band
 * to pan) reports a new visible domain, and d3-brush (drag across the lanes) reports a date range.
 * The brush clears itself after each gesture: the chosen range then comes back as the shared
 * date filter and is drawn from the model, so URL, filter and picture never disagree.
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { brushX, scaleUtc, select, zoom, zoomIdentity } from 'd3';
import type { ZoomTransform } from 'd3';
import type { TimelineModel } from './layout-timeline';

export interface TimeGestures {
  onDomain: (domain: [number, number] | null) => void;
  onBrush: (from: Date, to: Date) => void;
  /** Changing this number resets the zoom to the whole extent. */
  resetKey: number;
}

export function useTimeZoomBrush(
  svgRef: RefObject<SVGSVGElement | null>,
  brushRef: RefObject<SVGGElement | null>,
  model: TimelineModel,
  gestures: TimeGestures,
): void {
  const latest = useRef({ model, gestures });
  useEffect(() => {
    latest.current = { model, gestures };
  });
  const [f0, f1] = model.fullDomain;
  const { x0, x1, axisY } = model;
  const top = model.plot.y;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const base = scaleUtc().domain([f0, f1]).range([x0, x1]);
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 200])
      .translateExtent([
        [x0, 0],
        [x1, 0],
      ])
      .extent([
        [x0, 0],
        [x1, 0],
      ])
      .filter((event: Event & { button?: number }) => {
        if (event.type === 'wheel') return true;
        const target = event.target as Element | null;
        return !event.button && Boolean(target?.closest?.('[data-axis]'));
      })
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
        const d = event.transform.rescaleX(base).domain();
        const identity = event.transform.k === 1 && event.transform.x === 0;
        latest.current.gestures.onDomain(identity ? null : [d[0]!.getTime(), d[1]!.getTime()]);
      });
    const selection = select(svg);
    selection.call(behaviour);
    if (latest.current.gestures.resetKey >= 0) selection.call(behaviour.transform, zoomIdentity);
    return () => {
      selection.on('.zoom', null);
    };
  }, [svgRef, f0, f1, x0, x1, gestures.resetKey]);

  useEffect(() => {
    const g = brushRef.current;
    if (!g) return;
    const brush = brushX<unknown>()
      .extent([
        [x0, top],
        [x1, axisY],
      ])
      .on('end', (event: { selection: [number, number] | null; sourceEvent: unknown }) => {
        if (!event.sourceEvent || !event.selection) return;
        const { model: m } = latest.current;
        const x = scaleUtc().domain(m.domain).range([m.x0, m.x1]);
        const [a, b] = event.selection;
        if (b - a >= 2) latest.current.gestures.onBrush(x.invert(a), x.invert(b));
        select(g).call(brush.move, null);
      });
    const selection = select(g);
    selection.call(brush);
    return () => {
      selection.on('.brush', null).selectAll('*').remove();
    };
  }, [brushRef, x0, x1, top, axisY]);
}
