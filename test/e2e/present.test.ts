/**
 * Presentation mode in Chromium against the built site: the keys step through the default story
 * and the address follows, each slide's view draws what its filters select (counted from the
 * dist's own data), B blanks, Esc goes back, the map flies (or jumps, for reduced motion), the
 * handout prints one page per slide, and axe finds no serious violation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../src/shared/schema';
import { filterEvents } from '../../src/app/data/filter';
import { slideState, STORY } from '../../src/app/features/present/story';
import { seriousViolations } from './axe';
import { launch, openPage } from './browser';

type HasAttributes = { getAttribute(name: string): string | null };

const baseUrl = inject('baseUrl');
const dataset = JSON.parse(readFileSync(join(inject('distDir'), 'data/dataset.json'), 'utf8')) as Dataset;
const hash = (page: Page) => page.evaluate<string>('location.hash');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The ids in one data attribute across the stage, split on commas (map clusters), sorted. */
async function ids(page: Page, attr: string): Promise<string[]> {
  const values = await page
    .locator(`.present-stage [${attr}]`)
    .evaluateAll((els, a) => els.map((e) => (e as unknown as HasAttributes).getAttribute(a) ?? ''), attr);
  return [...new Set(values.flatMap((v) => v.split(',').filter(Boolean)))].sort();
}

/** Waits for slide n (1-based): its title, the address, and its view drawing the slide's data. */
async function expectSlide(page: Page, n: number): Promise<void> {
  const slide = STORY[n - 1]!;
  await expect.poll(() => hash(page)).toBe(`#/present/${n}`);
  await expect.poll(() => page.locator('.present-title').textContent()).toBe(slide.title.en);
  expect(await page.locator('.present-counter').innerText()).toContain(`${n} / ${STORY.length}`);
  const events = filterEvents(dataset, slideState(slide).filters);
  const timeout = { timeout: 20_000 };
  if (slide.view === 'map') {
    const placed = events.filter((e) => e.type === 'meeting' && e.place).map((e) => e.id);
    await expect.poll(() => ids(page, 'data-event-ids'), timeout).toEqual(placed.sort());
  } else if (slide.view === 'timeline') {
    const shown = async () =>
      [...(await ids(page, 'data-mark')), ...(await ids(page, 'data-undated'))].sort();
    await expect.poll(shown, timeout).toEqual(events.map((e) => e.id).sort());
  } else if (slide.view === 'relations') {
    await expect.poll(async () => (await ids(page, 'data-node')).length, timeout).toBeGreaterThan(1);
  } else if (slide.view === 'minerals') {
    for (const m of slide.filters.minerals ?? [])
      await page.locator(`.present-stage svg[data-chart="sankey"][data-mineral="${m}"]`).waitFor(timeout);
    await expect.poll(async () => (await ids(page, 'data-event')).length, timeout).toBeGreaterThan(0);
  }
}

describe('presentation mode (built site)', () => {
  it('the keys step through the default story; every slide shows its title and draws its view', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1920, height: 1080 });
    await page.goto(`${baseUrl}#/map`);
    await page.locator('a.present-link').click();
    await expectSlide(page, 1);
    expect(await page.locator('.app-header, .filter-bar, .details-panel, .app-footer').count()).toBe(0);
    for (const [key, n] of [
      ['ArrowRight', 2],
      ['Space', 3],
      ['PageDown', 4],
      ['ArrowLeft', 3],
      ['Shift+Space', 2],
      ['PageUp', 1],
      ['End', STORY.length],
      ['Home', 1],
    ] as const) {
      await page.keyboard.press(key);
      await expect.poll(() => hash(page)).toBe(`#/present/${n}`);
    }
    for (let n = 1; n <= STORY.length; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expectSlide(page, n);
      await page.screenshot({ path: `.cache/shots/present-${n}-1920.png` });
    }
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hash(page)).toBe(`#/present/${STORY.length}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the buttons step too; B blanks and restores; N shows the notes; Esc leaves full screen, then goes back', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/timeline?countries=IN&from=2025`);
    await page.locator('svg[data-chart="timeline"]').waitFor({ timeout: 15_000 });
    await page.evaluate("location.hash = '#/present/1'");
    await expectSlide(page, 1);
    await page.locator('button[data-action="next"]').click();
    await expectSlide(page, 2);
    await page.locator('button[data-action="prev"]').click();
    await expectSlide(page, 1);

    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.present-blank').isVisible()).toBe(true);
    const covered = await page.locator('.present-blank').boundingBox();
    expect(covered).toMatchObject({ x: 0, y: 0, width: 1280, height: 720 });
    await page.keyboard.press('b');
    expect(await page.locator('.present-blank').count()).toBe(0);

    expect(await page.locator('.present-notes').isVisible()).toBe(false);
    await page.keyboard.press('n');
    expect(await page.locator('.present-notes').innerText()).toBe(STORY[0]!.notes.en);

    // Space on a focused button is the slide step only, not a second step by the button's click.
    await page.locator('button[data-action="next"]').click();
    await expectSlide(page, 2);
    await page.keyboard.press('Space');
    await expectSlide(page, 3);

    // F goes full screen; the first Esc only leaves full screen, the second leaves the presentation.
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate<boolean>('!!document.fullscreenElement')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate<boolean>('!!document.fullscreenElement')).toBe(false);
    expect(await hash(page)).toBe('#/present/3');
    await page.keyboard.press('Escape');
    await expect.poll(() => hash(page)).toBe('#/timeline?countries=IN&from=2025');
    await page.locator('.app-header').waitFor();
    expect(await page.locator('.present').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a deep link opens its slide; Back steps back; keys typed into a text field are left alone', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/present/3`);
    await expectSlide(page, 3);
    // Each step is a history entry: Back returns to the slide before, with its view.
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 4);
    await page.goBack();
    await expectSlide(page, 3);
    await page.evaluate(
      `document.querySelector('.present-controls').append(Object.assign(document.createElement('input'), { id: 'probe' }))`,
    );
    await page.locator('#probe').fill('');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    expect(await hash(page)).toBe('#/present/3');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the map flies to the next slide, and jumps for people who ask for reduced motion', async () => {
    const pair = STORY.findIndex((s, i) => s.view === 'map' && STORY[i + 1]?.view === 'map');
    expect(pair).toBeGreaterThanOrEqual(0);
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
      await page.emulateMedia({ reducedMotion });
      await page.goto(`${baseUrl}#/present/${pair + 1}`);
      await expectSlide(page, pair + 1);
      await page.keyboard.press('ArrowRight');
      // Where the map pane and its drawing are, sampled every frame for a second: a flight passes many places.
      const frames = await page.evaluate<number>(`new Promise((done) => {
        const pane = document.querySelector('.present-stage .leaflet-map-pane');
        const seen = new Set();
        const start = performance.now();
        const tick = () => {
          const svg = pane.querySelector('.leaflet-overlay-pane svg');
          seen.add([pane.style.transform, svg.style.transform, svg.getAttribute('viewBox')].join('|'));
          if (performance.now() - start < 1000) requestAnimationFrame(tick); else done(seen.size);
        };
        tick();
      })`);
      if (reducedMotion === 'reduce') expect(frames).toBeLessThanOrEqual(2);
      else expect(frames).toBeGreaterThan(5);
      await expectSlide(page, pair + 2);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('the handout prints one page per slide, each with its title, view and notes', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    await page.goto(`${baseUrl}#/present/2`);
    await expectSlide(page, 2);
    await page.locator('button[data-action="handout"]').click();
    await page.locator('.handout[data-ready="true"]').waitFor({ timeout: 60_000 });
    const pages = page.locator('.handout-page');
    expect(await pages.count()).toBe(STORY.length);
    for (let i = 0; i < STORY.length; i++) {
      const p = pages.nth(i);
      expect(await p.locator('.handout-title').textContent()).toBe(STORY[i]!.title.en);
      expect(await p.locator('.handout-notes').textContent()).toBe(STORY[i]!.notes.en);
      expect(await p.locator('.handout-figure svg').count()).toBeGreaterThan(0);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: '.cache/shots/present-handout-print.png', fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // Chromium writes one "/Type /Page" object per page (and "/Type /Pages" for the tree).
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBe(STORY.length);
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.handout button', { hasText: 'Back to the presentation' }).click();
    await expectSlide(page, 2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has no serious or critical axe violation on a map slide and a chart slide, with notes shown', async () => {
    const { page, problems, context } = await openPage(browser, baseUrl, { width: 1280, height: 720 });
    for (const n of [1, 7]) {
      await page.goto(`${baseUrl}#/present/${n}`);
      await expectSlide(page, n);
      if (n === 1) await page.keyboard.press('n');
      expect(await seriousViolations(page)).toEqual([]);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
