/**
 * A chart's <svg> as a standalone file: the picture as shown (current filters, language and
 * zoom), with xmlns, viewBox and size, a title, Dublin Core metadata naming the sources, the
 * date range, filters and data vintage as SVG text, the fonts it needs, and nothing that could run
 * or that needs HTML (scripts, event handlers, foreignObject, links out). Text from articles stays
 * in SVG text nodes; XMLSerializer escapes it.
 */
import { wrapText } from '../../charts/text-metrics';
import { embedFonts } from './embed-fonts';
import type { FaceRule } from './font-faces';

const SVG_NS = 'http://www.w3.org/2000/svg';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

export interface SvgMeta {
  title: string;
  /** Day of the export, "YYYY-MM-DD". */
  date: string;
  locale: string;
  /** Where the data comes from, one entry each (pipeline, basemap, reference figures). */
  sources: string[];
  citation: string;
  /** Lines added under the chart (date range, filters, vintage); none when the chart has them. */
  notes: string[];
}

/** Removes what a file must not carry: scripts, HTML islands, handlers, focus and links out. */
export function sanitize(svg: SVGSVGElement): void {
  for (const node of [...svg.querySelectorAll('script, foreignObject, a, iframe')]) node.remove();
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const link = (name === 'href' || name === 'xlink:href') && !attr.value.startsWith('#');
      const page =
        name === 'tabindex' || name === 'aria-pressed' || (name === 'role' && attr.value === 'button');
      // data-* attributes stay: they name what each mark stands for (event ids, nodes), and do nothing.
      if (name.startsWith('on') || link || page) el.removeAttribute(attr.name);
    }
  }
}

/** The picture's size from its viewBox (or width/height). */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = box[2] || Number(svg.getAttribute('width')) || 800;
  const height = box[3] || Number(svg.getAttribute('height')) || 600;
  return { width, height };
}

/** Grows the picture downwards by a white band holding `lines` as SVG text. */
export function appendNotes(svg: SVGSVGElement, lines: readonly string[]): void {
  if (lines.length === 0) return;
  const doc = svg.ownerDocument;
  const { width, height } = svgSize(svg);
  const fs = Math.round(Math.max(10, Math.min(16, width / 95)));
  const pad = Math.round(fs * 0.8);
  const wrapped = lines.flatMap((l) => wrapText(l, width - 2 * pad, fs));
  const lh = Math.round(fs * 1.35);
  const band = wrapped.length * lh + Math.round(fs * 0.7);
  const g = doc.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', 'export-notes');
  const rect = doc.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of [
    ['y', height],
    ['width', width],
    ['height', band],
    ['fill', '#ffffff'],
  ] as const)
    rect.setAttribute(k, String(v));
  g.append(rect);
  wrapped.forEach((line, i) => {
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(pad));
    text.setAttribute('y', String(height + (i + 1) * lh - Math.round(fs * 0.2)));
    text.setAttribute('font-size', String(fs));
    // A style, not a fill attribute: the charts' own `text{fill:…}` rules would win over an attribute.
    text.setAttribute('style', 'fill:#555555');
    text.textContent = line;
    g.append(text);
  });
  svg.append(g);
  const h = height + band;
  svg.setAttribute('viewBox', `0 0 ${width} ${h}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(h));
}

function addMetadata(svg: SVGSVGElement, meta: SvgMeta): void {
  const doc = svg.ownerDocument;
  const el = (ns: string, name: string, text?: string) => {
    const e = doc.createElementNS(ns, name);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const description = el(RDF_NS, 'rdf:Description');
  description.setAttributeNS(RDF_NS, 'rdf:about', '');
  description.append(
    el(DC_NS, 'dc:title', meta.title),
    el(DC_NS, 'dc:date', meta.date),
    el(DC_NS, 'dc:language', meta.locale),
    el(DC_NS, 'dc:format', 'image/svg+xml'),
    ...meta.sources.map((s) => el(DC_NS, 'dc:source', s)),
    el(DC_NS, 'dc:description', meta.citation),
  );
  const rdf = el(RDF_NS, 'rdf:RDF');
  rdf.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:dc', DC_NS);
  rdf.append(description);
  const metadata = el(SVG_NS, 'metadata');
  metadata.append(rdf);
  svg.insertBefore(metadata, svg.firstChild);
  if (!svg.querySelector(':scope > title')) svg.insertBefore(el(SVG_NS, 'title', meta.title), svg.firstChild);
}

export interface SerializedSvg {
  text: string;
  width: number;
  height: number;
  /** "Noto Sans Bengali 400", … : the font faces embedded. */
  fonts: string[];
}

/** The standalone file for `svg` (left untouched: the copy is changed). */
export async function serializeChart(
  svg: SVGSVGElement,
  meta: SvgMeta,
  faces?: FaceRule[],
): Promise<SerializedSvg> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  sanitize(clone);
  appendNotes(clone, meta.notes);
  const fonts = await embedFonts(clone, faces);
  addMetadata(clone, meta);
  const { width, height } = svgSize(clone);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
  return { text, width, height, fonts };
}
