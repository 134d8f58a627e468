/**
 * Fonts travel with exported SVGs: with the interface in Bengali or Hindi, the file embeds the
 * font subsets for that script (data: URLs, nothing fetched), and opened on its own in Chromium
 * (this machine has no Bengali or Devanagari system font) the conjuncts ক্ষ, ত্র, স্ক, क्ष, त्र, श्र
 * are shaped. An English export, which needs no Indic font, is the control: there they are boxes.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser';
import { conjunctWidths, downloads, openAlone } from './export-helpers';

const baseUrl = inject('baseUrl');
const BENGALI: [string, string, string][] = [
  ['ক্ষ', 'ক', 'ষ'],
  ['ত্র', 'ত', 'র'],
  ['স্ক', 'স', 'ক'],
];
const DEVANAGARI: [string, string, string][] = [
  ['क्ष', 'क', 'ष'],
  ['त्र', 'त', 'र'],
  ['श्र', 'श', 'र'],
];
const BUTTON = { en: 'Export SVG', bn: 'SVG রপ্তানি', hi: 'SVG निर्यात' };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function exportIn(locale: 'en' | 'bn' | 'hi', hash: string) {
  const { page, problems, context } = await openPage(browser, baseUrl, { acceptDownloads: true });
  await page.addInitScript(`localStorage.setItem('diplomap.locale', '${locale}')`);
  await page.goto(`${baseUrl}${hash}`);
  await page
    .locator('main svg[data-chart], path.meeting-marker')
    .first()
    .waitFor({ state: 'attached', timeout: 20_000 });
  await page.waitForTimeout(300);
  const [file] = await downloads(page, 1, () => page.getByRole('button', { name: BUTTON[locale] }).click());
  const { viewer } = await openAlone(context, file!.path);
  const faces = await viewer.evaluate<string[]>(
    '[...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/["\']/g, ""))',
  );
  return { file: file!, viewer, faces, problems, context };
}

const embedded = (text: string) =>
  [...text.matchAll(/@font-face\{font-family:'([^']+)';[^}]*src:url\(data:font\/woff2;base64,/g)].map(
    (m) => m[1],
  );

describe('fonts in exported SVGs (built site)', () => {
  it('a Bengali-interface map embeds the Bengali font and shapes its conjuncts when opened alone', async () => {
    const { file, viewer, faces, problems, context } = await exportIn('bn', '#/map');
    expect(file.text).toContain('বৈঠকের বিশ্ব মানচিত্র');
    expect(embedded(file.text)).toContain('Noto Sans Bengali');
    // Only the subsets the text uses: no Devanagari family for a Bengali map.
    expect(embedded(file.text)).not.toContain('Noto Sans Devanagari');
    expect(file.text).not.toMatch(/url\((?!data:|#)/);
    expect(faces).toContain('Noto Sans Bengali');
    for (const w of await conjunctWidths(viewer, BENGALI))
      expect(w.conjunct, w.text).toBeLessThan(w.parts * 0.8);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a Hindi-interface relations chart embeds Devanagari glyphs and shapes its conjuncts alone', async () => {
    const { file, viewer, faces, problems, context } = await exportIn('hi', '#/relations');
    expect(file.text).toContain('स्रोत');
    expect(file.text).toMatch(/@font-face\{[^}]*base64,[^}]*unicode-range:U\+900-97F/);
    expect(faces.length).toBeGreaterThan(0);
    for (const w of await conjunctWidths(viewer, DEVANAGARI))
      expect(w.conjunct, w.text).toBeLessThan(w.parts * 0.8);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an English export carries Latin only, and there the Indic conjuncts fall apart (the control)', async () => {
    const { file, viewer, context } = await exportIn('en', '#/map');
    expect(embedded(file.text)).toEqual(['Noto Sans', 'Noto Sans']);
    for (const w of await conjunctWidths(viewer, [...BENGALI, ...DEVANAGARI]))
      expect(w.conjunct, w.text).toBeGreaterThan(w.parts);
    await context.close();
  });
});
