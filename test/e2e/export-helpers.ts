/**
 * What the export browser tests share: catching the files a click downloads, opening a saved SVG
 * on its own in Chromium (file://, no page around it), and looking at pixels and PNG headers.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';

export interface Saved {
  name: string;
  path: string;
  bytes: Buffer;
  text: string;
}

/** Runs `action` and returns the `count` files it downloads, in the order they arrive. */
export async function downloads(page: Page, count: number, action: () => Promise<unknown>): Promise<Saved[]> {
  const got: Download[] = [];
  const done = new Promise<void>((resolve) => {
    const on = (d: Download) => {
      got.push(d);
      if (got.length === count) {
        page.off('download', on);
        resolve();
      }
    };
    page.on('download', on);
  });
  await action();
  await done;
  // Saved under their own names: opened from a path without ".svg", a file would show as text.
  const dir = mkdtempSync(join(tmpdir(), 'diplomap-export-'));
  return Promise.all(
    got.map(async (d) => {
      const path = join(dir, d.suggestedFilename());
      await d.saveAs(path);
      const bytes = readFileSync(path);
      return { name: d.suggestedFilename(), path, bytes, text: bytes.toString('utf8') };
    }),
  );
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Share of non-white pixels and number of distinct colours of a PNG, measured in a blank page. */
export async function pixelStats(
  context: BrowserContext,
  png: Buffer,
): Promise<{ inked: number; colours: number }> {
  const page = await context.newPage();
  const stats = await page.evaluate<{ inked: number; colours: number }>(`(async () => {
    const img = new Image();
    img.src = 'data:image/png;base64,${png.toString('base64')}';
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth; c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let inked = 0; const colours = new Set();
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] < 245 || d[i + 1] < 245 || d[i + 2] < 245) inked++;
      colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    }
    return { inked: inked / (d.length / 4), colours: colours.size };
  })()`);
  await page.close();
  return stats;
}

/**
 * Opens a saved SVG file on its own (file://) and renders it. Returns the viewer page (the SVG
 * document itself) and a screenshot of the picture.
 */
export async function openAlone(
  context: BrowserContext,
  path: string,
): Promise<{ viewer: Page; shot: Buffer }> {
  const viewer = await context.newPage();
  await viewer.goto(`file://${path}`);
  await viewer.evaluate('document.fonts.ready.then(() => true)');
  const shot = await viewer.locator(':root').screenshot();
  return { viewer, shot };
}

/** What an SVG text says about itself, parsed as XML in the browser. */
export async function parseSvg(page: Page, text: string, selectors: Record<string, string>) {
  return page.evaluate<{ error: boolean; text: string; counts: Record<string, number> }>(`(() => {
    const d = new DOMParser().parseFromString(${JSON.stringify(text)}, 'image/svg+xml');
    const counts = {};
    for (const [k, sel] of Object.entries(${JSON.stringify(selectors)})) counts[k] = d.querySelectorAll(sel).length;
    const text = [...d.querySelectorAll('text')].map((t) => t.textContent).join(' | ');
    return { error: d.querySelector('parsererror') !== null || d.documentElement.localName !== 'svg', text, counts };
  })()`);
}

/**
 * Width of a conjunct next to the sum of its two letters, in the viewer's own fonts. A shaped
 * conjunct (one glyph, or a half form and a letter) is narrower than the two letters side by
 * side; without the font each code point becomes a box and the conjunct is wider.
 */
export async function conjunctWidths(viewer: Page, conjuncts: [string, string, string][]) {
  return viewer.evaluate<{ text: string; conjunct: number; parts: number }[]>(`(async () => {
    const svg = document.documentElement;
    const measure = (s) => {
      const t = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      t.setAttribute('font-size', '40');
      t.setAttribute('y', '100');
      t.textContent = s;
      svg.append(t);
      const w = t.getComputedTextLength();
      t.remove();
      return w;
    };
    await document.fonts.ready;
    return ${JSON.stringify(conjuncts)}.map(([c, a, b]) => ({ text: c, conjunct: measure(c), parts: measure(a) + measure(b) }));
  })()`);
}

export const NO_ACTIVE_CONTENT = /<script|<foreignObject|\son[a-z]+\s*=|javascript:/i;
