/** Small geometry helpers shared by the Sankey's layout files; floats rounded for stable output. */

export const round = (x: number): number => Math.round(x * 10) / 10;

/** A horizontal cubic link's centre line (stroke it with the link's width). */
export function linkPath(x0: number, y0: number, x1: number, y1: number): string {
  const xm = round((x0 + x1) / 2);
  return `M${round(x0)},${round(y0)}C${xm},${round(y0)} ${xm},${round(y1)} ${round(x1)},${round(y1)}`;
}

/** Font size in px for a chart `width` wide: readable on a projector, never huge on 4K. */
export function fontSizeFor(width: number): number {
  return Math.min(30, Math.max(12, Math.round(width / 75)));
}
