/**
 * Text sizes for charts laid out without the DOM (pure layouts, exports). Widths are estimated
 * per character in em of Noto Sans, erring wide: marks that sit on a letter (virama, most vowel
 * signs: Unicode Mn) take no width, spacing vowel signs (Mc) about a third of a letter, Bengali and
 * Devanagari letters are wider than Latin ones.
 */

function advance(ch: string): number {
  if (/\p{Mn}/u.test(ch)) return 0;
  if (/\p{Mc}/u.test(ch)) return 0.35;
  if (ch === ' ') return 0.28;
  if (/[\u0900-\u09ff]/.test(ch)) return 0.7;
  if (/[A-Z0-9]/.test(ch)) return 0.62;
  if (/[ijlrtf.,:;'!|()]/.test(ch)) return 0.32;
  return 0.56;
}

/** Rough advance width of a text in px at font size `fs`. */
export function textWidth(text: string, fs: number): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em * fs;
}

/** Splits a line at spaces so that each piece fits `max` px (a single long word stays whole). */
export function wrapText(text: string, max: number, fs: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fs) > max) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}
