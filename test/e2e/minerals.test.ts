/**
 * The minerals view in a real browser: one Sankey per reference mineral, each with its own unit;
 * a mineral picked here filters the other views; no console errors. Screenshots go to .cache/shots/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { seriousViolations } from './axe';
import { launch, openPage } from './browser';
import reference from '../../src/shared/reference/critical-minerals.json';

interface Data {
  articles: { minerals: string[] }[];
}

const baseUrl = inject('baseUrl');
const data = JSON.parse(readFileSync(join(inject('distDir'), 'data', 'dataset.json'), 'utf8')) as Data;
const minerals = reference.minerals;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('#/minerals', () => {
  it('draws one Sankey per reference mineral, each with its own unit, and no console error', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/minerals`);
    await page.waitForSelector('svg[data-chart="sankey"]');
    const charts = page.locator('svg[data-chart="sankey"]');
    await expect.poll(() => charts.count()).toBe(minerals.length);
    for (const m of minerals) {
      const chart = page.locator(`svg[data-chart="sankey"][data-mineral="${m.id}"]`);
      expect(await chart.count()).toBe(1);
      expect(await chart.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect(await chart.getAttribute('viewBox')).toMatch(/^0 0 \d+/);
      // Units are never mixed: each chart names exactly its own unit.
      const unitText = await chart.locator('[data-role="unit"]').textContent();
      expect(unitText).toContain(m.unit);
      for (const other of minerals) {
        if (other.unit !== m.unit && !m.unit.includes(other.unit)) expect(unitText).not.toContain(other.unit);
      }
    }
    expect(await page.locator('svg[data-chart="export-controls"]').count()).toBe(1);
    await page.screenshot({ path: '.cache/shots/minerals-1280.png' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows one mineral alone when picked, and its figures as a table', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1920, height: 1080 });
    await page.goto(`${baseUrl}#/minerals`);
    await page.waitForSelector('svg[data-chart="sankey"]');
    for (const m of minerals) {
      await page.click(`.mn-picker button[data-mineral="all"]`);
      // Toggle every other mineral off, leaving m alone.
      for (const o of minerals)
        if (o.id !== m.id) await page.click(`.mn-picker button[data-mineral="${o.id}"]`);
      const charts = page.locator('svg[data-chart="sankey"]');
      await expect.poll(() => charts.count()).toBe(1);
      expect(await charts.first().getAttribute('data-mineral')).toBe(m.id);
      if (m.id === 'rare-earths') await page.screenshot({ path: '.cache/shots/minerals-1920-one.png' });
    }
    await page.click(`.mn-facet button[aria-pressed="false"]`);
    const rows = await page.locator('.mn-table tbody tr[data-country]').count();
    expect(rows).toBeGreaterThan(0);
    await page.click(`.mn-picker button[data-mineral="all"]`);
    await page.screenshot({ path: '.cache/shots/minerals-1920.png', fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a mineral selected here filters the other views', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    // The mineral the built data names most, or the first reference mineral.
    const counts = new Map<string, number>();
    for (const a of data.articles) for (const m of a.minerals) counts.set(m, (counts.get(m) ?? 0) + 1);
    const target =
      minerals.map((m) => m.id).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0] ??
      minerals[0]!.id;
    await page.goto(`${baseUrl}#/minerals`);
    await page.waitForSelector(`svg[data-mineral="${target}"]`);
    await page.click(`svg[data-mineral="${target}"] [data-node="stage"]`);
    await expect.poll(() => page.evaluate<string>('location.hash')).toContain(`sel=mineral:${target}`);
    await page.click('.mn-selection button[data-action="filter-to"]');
    await expect.poll(() => page.evaluate<string>('location.hash')).toContain(`minerals=${target}`);
    // The picker follows the filter: only the filtered mineral's chart remains.
    await expect.poll(() => page.locator('svg[data-chart="sankey"]').count()).toBe(1);

    await page.click('nav.view-tabs a[data-view="sources"]');
    await expect.poll(() => page.evaluate<string>('location.hash')).toMatch(/^#\/sources\?.*minerals=/);
    const expected = data.articles.filter((a) => a.minerals.includes(target)).length;
    await expect.poll(() => page.locator('.article-list > li').count()).toBe(expected);
    expect(expected).toBeLessThanOrEqual(data.articles.length);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('renders in Bengali with the timeline strip, and a reference mark opens its text', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/minerals`);
    await page.waitForSelector('svg[data-chart="sankey"]');
    await page.click('.locale-switch button[lang="bn"]');
    await expect.poll(() => page.evaluate<string>('document.documentElement.lang')).toBe('bn');
    const strip = page.locator('svg[data-chart="export-controls"]');
    const marks = strip.locator('[data-mark="reference"]');
    expect(await marks.count()).toBe(reference.export_controls.length);
    await marks.first().click();
    await expect
      .poll(() => page.locator('.mn-strip-panel').textContent())
      .toContain(reference.export_controls[0]!.what);
    await page.locator('.mn-strip').screenshot({ path: '.cache/shots/minerals-strip-bn.png' });
    await page.locator('.mn-facet').first().screenshot({ path: '.cache/shots/minerals-facet-bn.png' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has no serious accessibility violations in the view (axe-core)', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/minerals`);
    await page.waitForSelector('svg[data-chart="sankey"]');
    const violations = await seriousViolations(page, '.mn-view');
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
