/**
 * The built site with the scale dataset, for the benchmarks that drive it: a copy of dist/ (which
 * stays as built) holding test/fixtures/scale-dataset.ts's data, served on localhost, and the six
 * filter changes every view is measured on.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nodeEffects } from '../../src/pipeline/effects';
import { chunkTexts, writeDataset } from '../../src/pipeline/write';
import type { Dataset } from '../../src/shared/schema';
import { serveStatic } from '../e2e/static-server';
import { generateScaleDataset } from '../fixtures/scale-dataset';

export interface ScaleSite {
  url: string;
  dataset: Dataset;
  /** The changes, as the query part of a view's hash ('' clears every filter). */
  filters: string[];
  close: () => Promise<void>;
}

export async function serveScaleSite(dist: string): Promise<ScaleSite> {
  const dir = mkdtempSync(path.join(tmpdir(), 'diplomap-scale-'));
  cpSync(dist, dir, { recursive: true });
  const { dataset, texts } = generateScaleDataset();
  rmSync(path.join(dir, 'data'), { recursive: true, force: true });
  await writeDataset(path.join(dir, 'data/dataset.json'), dataset, chunkTexts(texts), nodeEffects());

  // The busiest countries make the filter changes that move the most marks.
  const count = new Map<string, number>();
  for (const e of dataset.events) for (const c of e.countries) count.set(c, (count.get(c) ?? 0) + 1);
  const [a, b] = [...count].sort((x, y) => y[1] - x[1]).map(([c]) => c);
  const filters = [
    `?countries=${a}`,
    '',
    `?countries=${b}`,
    '?from=2025-01&to=2025-06',
    '',
    '?types=meeting',
  ];

  const server = await serveStatic(dir, '/');
  return {
    url: server.url,
    dataset,
    filters,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
