/**
 * Splits an article into what the reader draws: its blocks in order (gaps the cleaner left become
 * body, so no text is lost) and, inside each, the ranges that are some event's evidence. Pure.
 */
import type { ArticleText, Block, DiploEvent } from '../../../shared/schema';

export interface Part {
  start: number;
  end: number;
  /** True when an event cites this range as its evidence sentence. */
  evidence: boolean;
}

export function articleBlocks(article: ArticleText): Block[] {
  const sorted = [...article.blocks].sort((a, b) => a.start - b.start);
  const out: Block[] = [];
  let at = 0;
  for (const b of sorted) {
    if (b.start > at && article.text.slice(at, b.start).trim())
      out.push({ kind: 'body', start: at, end: b.start });
    if (b.end > Math.max(at, b.start)) out.push({ ...b, start: Math.max(at, b.start) });
    at = Math.max(at, b.end);
  }
  if (at < article.text.length && article.text.slice(at).trim()) {
    out.push({ kind: 'body', start: at, end: article.text.length });
  }
  return out;
}

/** Evidence spans of the given events that point into this article, merged where they overlap. */
export function evidenceSpans(article: { id: string }, events: readonly DiploEvent[]): [number, number][] {
  const spans = events
    .flatMap((e) => e.sources)
    .filter((s) => s.articleId === article.id)
    .map((s): [number, number] => [s.span.start, s.span.end])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** A block cut at evidence boundaries. */
export function blockParts(
  block: { start: number; end: number },
  spans: readonly [number, number][],
): Part[] {
  const parts: Part[] = [];
  let at = block.start;
  for (const [s, e] of spans) {
    const a = Math.max(s, block.start);
    const b = Math.min(e, block.end);
    if (b <= a || a < at) continue;
    if (a > at) parts.push({ start: at, end: a, evidence: false });
    parts.push({ start: a, end: b, evidence: true });
    at = b;
  }
  if (at < block.end) parts.push({ start: at, end: block.end, evidence: false });
  return parts;
}
