/**
 * Which of the site's font files an exported SVG needs. The page's @font-face rules (from
 * @fontsource: one woff2 per family, weight and unicode-range subset) are read from its own
 * stylesheets, and for each character of the exported text the face the browser would pick is
 * kept: the first family of the font-family list with a face covering that character, at the
 * nearest weight. So a Bengali export carries the Bengali subset and Latin, not Devanagari.
 */

export interface FaceRule {
  family: string;
  weight: number;
  style: string;
  /** Inclusive code point ranges, from `unicode-range` (all of Unicode when absent). */
  ranges: [number, number][];
  /** Absolute URL of the woff2 file. */
  url: string;
  /** The rule's `unicode-range` as written, repeated in the export. */
  unicodeRange: string;
}

/** Parses "U+0000-00FF, U+0131, U+25??" into code point ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  if (!value.trim()) return [[0, 0x10ffff]];
  return value.split(',').flatMap((part): [number, number][] => {
    const m = /^\s*U\+([0-9A-F?]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!m) return [];
    if (m[1]!.includes('?')) {
      return [[parseInt(m[1]!.replace(/\?/g, '0'), 16), parseInt(m[1]!.replace(/\?/g, 'F'), 16)]];
    }
    const lo = parseInt(m[1]!, 16);
    return [[lo, m[2] ? parseInt(m[2], 16) : lo]];
  });
}

/** Family names of a font-family list, unquoted, in order. */
export function familyList(value: string): string[] {
  return value
    .split(',')
    .map((f) => f.trim().replace(/^['"]|['"]$/g, ''))
    .filter(Boolean);
}

/** The weight the browser matches among `available` (CSS Fonts 4, simplified for 400/600). */
export function nearestWeight(wanted: number, available: readonly number[]): number {
  const sorted = [...new Set(available)].sort((a, b) => a - b);
  if (sorted.includes(wanted)) return wanted;
  const heavier = sorted.filter((w) => w > wanted);
  const lighter = sorted.filter((w) => w < wanted).reverse();
  if (wanted > 500) return heavier[0] ?? lighter[0]!;
  return lighter[0] ?? heavier[0]!;
}

const covers = (f: FaceRule, cp: number) => f.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/**
 * The faces that draw `textByWeight` (text per font weight) with `families` in order. Spaces
 * and characters no face covers (they fall back to the viewer's fonts) add nothing.
 */
export function facesFor(
  textByWeight: ReadonlyMap<number, string>,
  families: readonly string[],
  faces: readonly FaceRule[],
): FaceRule[] {
  const used = new Set<FaceRule>();
  for (const [weight, text] of textByWeight) {
    for (const ch of new Set(text)) {
      const cp = ch.codePointAt(0)!;
      if (cp <= 0x20) continue;
      for (const family of families) {
        const candidates = faces.filter((f) => f.family === family && f.style === 'normal' && covers(f, cp));
        if (candidates.length === 0) continue;
        const w = nearestWeight(
          weight,
          candidates.map((f) => f.weight),
        );
        used.add(candidates.find((f) => f.weight === w)!);
        break;
      }
    }
  }
  return faces.filter((f) => used.has(f));
}

/** The @font-face rules of the page's own stylesheets (woff2 sources only). */
export function pageFontFaces(doc: Document = document): FaceRule[] {
  const out: FaceRule[] = [];
  for (const sheet of [...doc.styleSheets]) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a stylesheet from elsewhere (none under our CSP) cannot be read
    }
    for (const rule of [...rules]) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const s = rule.style;
      const src = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/.exec(s.getPropertyValue('src'));
      if (!src) continue;
      const unicodeRange = s.getPropertyValue('unicode-range');
      out.push({
        family: familyList(s.getPropertyValue('font-family'))[0] ?? '',
        weight: Number(s.getPropertyValue('font-weight')) || 400,
        style: s.getPropertyValue('font-style') || 'normal',
        ranges: parseUnicodeRange(unicodeRange),
        url: new URL(src[1]!, sheet.href ?? doc.baseURI).href,
        unicodeRange,
      });
    }
  }
  return out;
}
