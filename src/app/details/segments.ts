/**
 * Cuts a range of an article's text into plain and marked pieces from its mentions. Pure, so the
 * details panel and the Sources view share it and tests can check it without a DOM. The pieces
 * become React text nodes and <mark> elements: article text is never parsed as HTML.
 */
import type { Mention } from '../../shared/schema';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The mention this piece is, when it is one. */
  mention: Mention | null;
}

const COMBINING = /\p{M}/u;

/**
 * Moves a mention's end past combining marks (Bengali and Devanagari vowel signs, virama), so a
 * mark never splits a written syllable: "ওয়াশিংটনে" would otherwise draw its "ে" on a dotted circle.
 */
function clusterEnd(text: string, end: number, limit: number): number {
  let e = end;
  while (e < limit && COMBINING.test(text[e]!)) e += 1;
  return e;
}

/** Pieces of text[start, end) with the mentions inside it; overlapping mentions keep the first. */
export function segmentText(
  text: string,
  mentions: readonly Mention[],
  start = 0,
  end = text.length,
): Segment[] {
  const inside = mentions
    .filter((m) => m.start >= start && m.end <= end && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = start;
  for (const m of inside) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ start: at, end: m.start, text: text.slice(at, m.start), mention: null });
    const stop = clusterEnd(text, m.end, end);
    out.push({ start: m.start, end: stop, text: text.slice(m.start, stop), mention: m });
    at = stop;
  }
  if (at < end) out.push({ start: at, end, text: text.slice(at, end), mention: null });
  return out;
}
