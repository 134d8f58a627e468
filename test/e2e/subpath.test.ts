/**
 * Static hosting: the built site served from a subpath (/a/b/) shows every view (and the
 * presentation) and requests nothing outside its own files (relative base, hash routes).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser';
import { serveStatic } from './static-server';
import type { StaticServer } from './static-server';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launch();
  server = await serveStatic(inject('distDir'), '/a/b/');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the site under a subpath', () => {
  it('shows every view from /a/b/ with no failed or off-site request', async () => {
    expect(server.url).toMatch(/\/a\/b\/$/);
    const { page, problems, context } = await openPage(browser, server.url, { width: 1280, height: 720 });
    for (const [view, selector] of [
      ['map', '.leaflet-overlay-pane path'],
      ['minerals', 'svg[data-chart="sankey"]'],
      ['relations', 'svg[data-chart="network"]'],
      ['timeline', 'svg[data-chart="timeline"]'],
      ['sources', '.article-list > li'],
      // Presentation mode: a map slide and a supply-chain slide, drawn by the same views.
      ['present/1', '.present .leaflet-overlay-pane path[data-event-ids]'],
      ['present/3', '.present svg[data-chart="sankey"]'],
    ] as const) {
      await page.goto(`${server.url}#/${view}`);
      await page.waitForSelector(selector, { timeout: 15_000 });
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
