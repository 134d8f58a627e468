/**
 * Issue 7, hostile input in the app: a data file that fails the schema (or is not JSON at all)
 * must show a clear error naming the file, never a blank page or a half-drawn view; a missing
 * text chunk is named where the article would be read, and the rest works.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser';
import { serveStatic, type StaticServer } from './static-server';

const broken: Record<string, string> = {
  'fails the schema': JSON.stringify({ version: 'nope', articles: [{ id: 42 }] }),
  'is not JSON': '{"articles": [',
};

describe('the app given a broken data/dataset.json', () => {
  let browser: Browser;
  const copies: string[] = [];
  const servers: StaticServer[] = [];

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  for (const [why, body] of Object.entries(broken)) {
    it(`shows an error naming the data file when it ${why}`, async () => {
      // A private copy of the built site, so the shared dist stays untouched.
      const dir = mkdtempSync(join(tmpdir(), 'diplomap-bad-'));
      copies.push(dir);
      cpSync(inject('distDir'), dir, { recursive: true });
      writeFileSync(join(dir, 'data', 'dataset.json'), body);
      const server = await serveStatic(dir);
      servers.push(server);
      const { page, context } = await openPage(browser, server.url);
      await page.goto(`${server.url}#/map`);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 10_000 });
      expect(await alert.textContent()).toContain('dataset.json');
      await context.close();
    });
  }

  it('names a missing text chunk in the reader and keeps the evidence sentences', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplomap-bad-'));
    copies.push(dir);
    cpSync(inject('distDir'), dir, { recursive: true });
    rmSync(join(dir, 'data', 'dataset.texts'), { recursive: true });
    const server = await serveStatic(dir);
    servers.push(server);
    const { page, context } = await openPage(browser, server.url);
    await page.goto(`${server.url}#/sources`);
    await page.locator('.article-list > li button').first().click({ timeout: 15_000 });
    const alert = page.locator('.article-reader [role="alert"]');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toContain('data/dataset.texts/0.json');
    // The facts still stand: an event from the list shows its sentence, verbatim, in the details.
    await page.locator('.article-reader .link-list button').first().click();
    const quote = page.locator('.details-panel .evidence-sentence').first();
    await quote.waitFor();
    expect((await quote.textContent())!.length).toBeGreaterThan(10);
    await context.close();
  });
});
