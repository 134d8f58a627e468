/**
 * axe-core in the page under test. The script is evaluated through the DevTools protocol rather
 * than added as a <script>: the site's Content-Security-Policy rightly refuses inline scripts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string;
  nodes: string[];
}

/** Serious and critical violations inside `selector` (the whole page by default). */
export async function seriousViolations(page: Page, selector = 'body'): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate<Violation[]>(`
    axe.run(document.querySelector(${JSON.stringify(selector)}), { resultTypes: ['violations'] }).then((r) =>
      r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').slice(0, 160)) })))
  `);
}
