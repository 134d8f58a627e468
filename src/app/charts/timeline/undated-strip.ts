/**
 * The "No date" strip under the time axis: undated events as labelled chips in columns (kind
 * symbol and a short text, e.g. "Agreement: India – United States"), at most `maxRows` rows; when
 * more do not fit, the last chip says how many are left ("+12 more"). Pure.
 */
import type { DiploEvent } from '../../../shared/schema';
import type { EventStatus, EventType } from '../../../shared/vocab';
import { EVENT_TYPE_COLOURS } from '../palette';

export interface UndatedChip {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  status: EventStatus;
  type: EventType;
  colour: string;
  /** The chip's text, cut to fit (a prefix of `label`). */
  text: string;
  /** True when `text` was cut, so the chip ends it with an ellipsis. */
  cut: boolean;
  /** The whole text, for the tooltip and the accessible name. */
  label: string;
  /** The event's summary, also in the accessible name. */
  summary: string;
}

export interface UndatedStrip {
  chips: UndatedChip[];
  /** The "+N more" chip when not every undated event fits; null when all do. */
  more: { x: number; y: number; w: number; h: number; count: number } | null;
  /** Height the strip needs, px (0 when nothing is undated). */
  height: number;
}

/** Cuts text to about `max` characters at a word boundary, leaving room for an ellipsis. */
export function clip(text: string, max: number): { text: string; cut: boolean } {
  const chars = [...text];
  if (chars.length <= max) return { text, cut: false };
  const head = chars.slice(0, Math.max(1, max - 1)).join('');
  const words = head.replace(/\s+\S*$/u, '').replace(/[\s\p{P}]+$/u, '');
  return { text: words || head.trimEnd(), cut: true };
}

export function layoutUndated(
  events: readonly DiploEvent[],
  text: (event: DiploEvent) => string,
  box: { x0: number; x1: number; fontSize: number; maxRows: number },
): Omit<UndatedStrip, 'height'> & { rows: number; rowHeight: number } {
  const fs = box.fontSize;
  const span = Math.max(1, box.x1 - box.x0);
  const cols = Math.max(1, Math.floor(span / (fs * 15)));
  const w = Math.floor(span / cols);
  const h = Math.round(fs * 1.3);
  const rowHeight = Math.round(h * 1.2);
  const slots = cols * box.maxRows;
  const overflow = events.length > slots;
  const shown = overflow ? events.slice(0, slots - 1) : events;
  const rows = Math.min(box.maxRows, Math.ceil(events.length / cols));
  // Chip text is 0.78 em; an average Latin, Bengali or Devanagari glyph is about 0.55 of that.
  const maxChars = Math.max(4, Math.floor((w - fs * 2) / (fs * 0.45)));
  const at = (i: number) => ({ x: Math.round(box.x0 + (i % cols) * w), y: Math.floor(i / cols) * rowHeight });
  const chips = shown.map((e, i) => {
    const label = text(e);
    return {
      id: e.id,
      ...at(i),
      w: w - Math.round(fs * 0.4),
      h,
      status: e.status,
      type: e.type,
      colour: EVENT_TYPE_COLOURS[e.type],
      ...clip(label, maxChars),
      label,
      summary: e.summary,
    };
  });
  const more = overflow
    ? { ...at(slots - 1), w: w - Math.round(fs * 0.4), h, count: events.length - shown.length }
    : null;
  return { chips, more, rows, rowHeight };
}
