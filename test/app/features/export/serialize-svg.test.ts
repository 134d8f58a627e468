// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FaceRule } from '../../../../src/app/features/export/font-faces';
import { parseUnicodeRange } from '../../../../src/app/features/export/font-faces';
import { serializeChart } from '../../../../src/app/features/export/serialize-svg';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300"
  data-chart="network" aria-label="Who meets whom" font-family="'Noto Sans', 'Noto Sans Bengali', sans-serif">
  <style>text{fill:#1a1a1a}</style>
  <script>alert(1)</script>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
  <a href="https://elsewhere.example/"><text>link</text></a>
  <g data-node="IN" tabindex="0" role="button" onclick="alert(2)"><circle r="5" /></g>
  <text font-weight="600">বৈঠকের বিশ্ব মানচিত্র</text>
  <text>Source: Diplomap &lt;b&gt;not html&lt;/b&gt;</text>
</svg>`;

function chart(): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = SVG;
  return host.querySelector('svg')!;
}

const face = (family: string, weight: number, range: string): FaceRule => ({
  family,
  weight,
  style: 'normal',
  ranges: parseUnicodeRange(range),
  unicodeRange: range,
  url: `https://site/${family.replace(/ /g, '-')}-${weight}.woff2`,
});
const FACES = [
  face('Noto Sans', 400, 'U+0000-00FF'),
  face('Noto Sans Bengali', 600, 'U+0980-09FE'),
  face('Noto Sans Bengali', 400, 'U+0980-09FE'),
];
const meta = {
  title: 'Who meets whom',
  date: '2026-03-01',
  locale: 'bn',
  sources: ['Diplomap pipeline: 7 news articles'],
  citation: 'Diplomap, “Who meets whom”',
  notes: ['তারিখ: সব তারিখ', 'Data vintage: 7 news articles'],
};

afterEach(() => vi.unstubAllGlobals());

describe('serializeChart(svg, meta, faces)', () => {
  it('drops scripts, HTML, links out, handlers and focus, and leaves the page’s chart as it was', async () => {
    const fetch = vi.fn(async () => new Response(new Uint8Array([119, 79, 70, 50])));
    vi.stubGlobal('fetch', fetch);
    const svg = chart();
    const { text } = await serializeChart(svg, meta, FACES);
    expect(text).not.toMatch(/<script|foreignObject|<a[\s>]|onclick|tabindex|role="button"|elsewhere/);
    expect(text).toContain('data-node="IN"');
    expect(text).toContain('&lt;b&gt;not html&lt;/b&gt;');
    expect(svg.querySelector('script')).not.toBeNull();
    expect(svg.getAttribute('height')).toBe('300');
  });

  it('adds the notes under the chart, growing its size, plus a title and Dublin Core metadata', async () => {
    vi.stubGlobal('fetch', async () => new Response(new Uint8Array([1, 2, 3])));
    const out = await serializeChart(chart(), meta, FACES);
    expect(out.width).toBe(400);
    expect(out.height).toBeGreaterThan(300);
    expect(out.text).toContain(`viewBox="0 0 400 ${out.height}"`);
    const doc = new DOMParser().parseFromString(out.text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const notes = [...doc.querySelectorAll('.export-notes text')].map((t) => t.textContent);
    expect(notes).toEqual(meta.notes);
    expect(doc.querySelector('svg > title')?.textContent).toBe('Who meets whom');
    expect(out.text).toMatch(/<dc:source>Diplomap pipeline: 7 news articles<\/dc:source>/);
    expect(out.text).toMatch(/<dc:language>bn<\/dc:language>/);
  });

  it('embeds, as data: URLs, exactly the font faces its text uses', async () => {
    const fetch = vi.fn(async () => new Response(new Uint8Array([119, 79, 70, 50])));
    vi.stubGlobal('fetch', fetch);
    // A fresh module: font files are fetched once per page, and the tests above fetched them.
    vi.resetModules();
    const fresh = await import('../../../../src/app/features/export/serialize-svg');
    const out = await fresh.serializeChart(chart(), { ...meta, notes: [] }, FACES);
    expect(out.fonts.sort()).toEqual(['Noto Sans 400', 'Noto Sans Bengali 600']);
    expect(fetch.mock.calls.map((c) => String((c as unknown[])[0])).sort()).toEqual([
      'https://site/Noto-Sans-400.woff2',
      'https://site/Noto-Sans-Bengali-600.woff2',
    ]);
    expect(out.text).toContain(
      "@font-face{font-family:'Noto Sans Bengali';font-style:normal;font-weight:600;src:url(data:font/woff2;base64,d09GMg==) format('woff2');unicode-range:U+0980-09FE;}",
    );
    expect(out.text).not.toContain('https://site/');
  });
});
