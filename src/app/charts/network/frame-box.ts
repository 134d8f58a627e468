/**
 * How every relations and timeline chart splits its size: a header for the title and legend, the
 * plot, a footer for the source line, and a font size that grows with the chart so a projector
 * stays readable. Pure, and free of React so layouts (and Node programs) can use it.
 */

export interface FrameBox {
  /** Base font size in px, grown with the chart so a projector stays readable. */
  fontSize: number;
  /** Where the marks go, inside the title/legend header and the source footer. */
  plot: { x: number; y: number; width: number; height: number };
}

/** Splits a width × height chart into header, plot and footer. Pure. */
export function frameBox(width: number, height: number): FrameBox {
  const fontSize = Math.round(Math.max(12, Math.min(26, Math.min(width / 75, height / 42))));
  const top = Math.round(fontSize * 3.6);
  const bottom = Math.round(fontSize * 1.8);
  const side = Math.round(fontSize * 0.8);
  return {
    fontSize,
    plot: {
      x: side,
      y: top,
      width: Math.max(10, width - 2 * side),
      height: Math.max(10, height - top - bottom),
    },
  };
}
