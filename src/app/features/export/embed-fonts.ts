/**
 * Fonts travel with the file: the font subsets the exported text uses (./font-faces.ts) are
 * fetched from the site's own files and embedded as data: URLs in @font-face rules, with the
 * same unicode-range as on the page, so Bengali and Devanagari conjuncts still shape correctly
 * when the SVG is opened alone. The font-family list keeps system fallbacks after them.
 */
import { facesFor, familyList, pageFontFaces } from './font-faces';
import type { FaceRule } from './font-faces';
import { CHART_FONT } from '../../charts/font';

const DEFAULT_FAMILIES = CHART_FONT;

function weightOf(el: Element | null): number {
  for (let node = el; node; node = node.parentElement) {
    const w = node.getAttribute('font-weight') ?? (node as SVGElement).style?.fontWeight;
    if (w) return w === 'bold' ? 700 : w === 'normal' ? 400 : Number(w) || 400;
  }
  return 400;
}

/** The text an SVG draws, per font weight (tooltips in <title> are not drawn). */
export function drawnText(svg: SVGSVGElement): Map<number, string> {
  const out = new Map<number, string>();
  for (const text of svg.querySelectorAll('text')) {
    const w = weightOf(text);
    out.set(w, (out.get(w) ?? '') + (text.textContent ?? ''));
  }
  return out;
}

const cache = new Map<string, Promise<string>>();

/** A font file as a data: URL, fetched once per page. */
function dataUrl(url: string): Promise<string> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then(
        (buf) =>
          new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result));
            reader.onerror = () => reject(reader.error ?? new Error('font read failed'));
            reader.readAsDataURL(new Blob([buf], { type: 'font/woff2' }));
          }),
      );
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}

async function fontFaceRule(f: FaceRule): Promise<string> {
  const range = f.unicodeRange ? `unicode-range:${f.unicodeRange};` : '';
  return `@font-face{font-family:'${f.family}';font-style:${f.style};font-weight:${f.weight};src:url(${await dataUrl(f.url)}) format('woff2');${range}}`;
}

/**
 * Adds the @font-face rules the SVG's text needs as its first <style>, and states the family
 * list (with fallbacks) on the root. Returns the families embedded.
 */
export async function embedFonts(svg: SVGSVGElement, faces: FaceRule[] = pageFontFaces()): Promise<string[]> {
  const families = svg.getAttribute('font-family') ?? DEFAULT_FAMILIES;
  svg.setAttribute('font-family', families);
  const used = facesFor(drawnText(svg), familyList(families), faces);
  const rules = await Promise.all(used.map(fontFaceRule));
  const style = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `${rules.join('\n')}\ntext{font-family:${families}}`;
  svg.insertBefore(style, svg.firstChild);
  return [...new Set(used.map((f) => `${f.family} ${f.weight}`))];
}
