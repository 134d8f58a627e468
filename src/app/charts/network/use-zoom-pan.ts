/**
 * d3-zoom on a chart's <svg>, its transform kept in React state so the render stays declarative.
 * Drags that start on a node (data-node) are left to the node, so dragging a node does not pan.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { select, zoom, zoomIdentity } from 'd3';
import type { ZoomBehavior, ZoomTransform } from 'd3';

export function useZoomPan(
  svgRef: RefObject<SVGSVGElement | null>,
  extent: { width: number; height: number },
): { transform: ZoomTransform; reset: () => void } {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviourRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const { width, height } = extent;
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 8])
      .extent([
        [0, 0],
        [width, height],
      ])
      .filter((event: Event & { button?: number; ctrlKey?: boolean }) => {
        const target = event.target as Element | null;
        if (target?.closest?.('[data-node]')) return false;
        return (!event.ctrlKey || event.type === 'wheel') && !event.button;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    const selection = select(svg);
    selection.call(behaviour);
    behaviourRef.current = behaviour;
    return () => {
      selection.on('.zoom', null);
    };
  }, [svgRef, width, height]);
  const reset = useCallback(() => {
    const svg = svgRef.current;
    if (svg && behaviourRef.current) select(svg).call(behaviourRef.current.transform, zoomIdentity);
  }, [svgRef]);
  return { transform, reset };
}
