/**
 * How much the slide's view is enlarged. Views lay their charts out for the CSS pixels they get,
 * with text and strokes in those pixels; drawing them on a design stage of about 760×430 px and
 * zooming up makes type, marks and lines grow with the screen, so they read from the back of a
 * room (1280×720 → about 1.3, 1920×1080 → about 2.2; never below 1).
 */
import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

export const DESIGN = { width: 760, height: 430 };

export function stageZoom(width: number, height: number): number {
  const z = Math.min(width / DESIGN.width, height / DESIGN.height);
  return Math.max(1, Math.floor(z * 20) / 20);
}

/**
 * The zoom for the stage element, or null before it is measured (draw nothing yet: Leaflet takes
 * its size once, when the map is created). Measured before the first paint, then on resizes.
 */
export function useStageZoom(ref: RefObject<HTMLElement | null>): number | null {
  const [zoom, setZoom] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setZoom(stageZoom(el.clientWidth, el.clientHeight));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return zoom;
}
