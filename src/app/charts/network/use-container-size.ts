/**
 * The size of a chart's container, followed with a ResizeObserver, so charts redraw for the
 * window they are in (1280×720 laptop to 3840×2160 projector). Rounded to whole pixels, and
 * 0×0 until the first measurement.
 */
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

export function useContainerSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      const next = { width: Math.floor(box.width), height: Math.floor(box.height) };
      setSize((prev) => (prev.width === next.width && prev.height === next.height ? prev : next));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
