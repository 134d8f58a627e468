/**
 * A chart's <svg> as a standalone file: the picture as shown (current filters, language and
 * zoom), with xmlns, a title and metadata naming the source, and nothing that could run or that
 * needs HTML (scripts, event handlers, foreignObject). Charts already draw their title, legend and
 * source line as SVG text (see charts/network/chart-frame.tsx), so the clone is the export.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportMeta {
  title: string;
  /** Where the data comes from, for the file's metadata. */
  source: string;
  /** Day of the export, "YYYY-MM-DD". */
  date: string;
}

export function serializeChart(svg: SVGSVGElement, meta: ExportMeta): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  for (const node of [...clone.querySelectorAll('script, foreignObject')]) node.remove();
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      // Interaction belongs to the page, not the file.
      if (/^on/i.test(attr.name) || attr.name === 'tabindex' || attr.name.startsWith('data-')) {
        if (!(el === clone && attr.name === 'data-chart')) el.removeAttribute(attr.name);
      }
    }
  }
  const metadata = clone.ownerDocument.createElementNS(SVG_NS, 'metadata');
  metadata.textContent = `Diplomap export of ${meta.date}. ${meta.source}`;
  const title = clone.ownerDocument.createElementNS(SVG_NS, 'title');
  title.textContent = meta.title;
  clone.insertBefore(metadata, clone.firstChild);
  clone.insertBefore(title, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

/** A file name that says what is inside: chart, filters and day ("diplomap-network-IN-US-2026-11-22.svg"). */
export function exportFileName(
  chart: string,
  countries: readonly string[],
  date: string,
  ext = 'svg',
): string {
  const parts = ['diplomap', chart, ...countries.slice(0, 4), date].map((p) =>
    p.replace(/[^A-Za-z0-9-]/g, ''),
  );
  return `${parts.filter(Boolean).join('-')}.${ext}`;
}
