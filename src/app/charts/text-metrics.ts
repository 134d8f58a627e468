/**
 * Text sizes for charts laid out without the DOM (pure layouts, exports). Widths are estimated
 * from the characters: combining marks of Bengali and Devanagari (vowel signs, virama) take no
 * width of their own, every other character about 0.56 em.
 */

/** Rough advance width of a text in px at font size `fs`. */
export function textWidth(text: string, fs: number): number {
  return text.replace(/\p{M}/gu, '').length * fs * 0.56;
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
