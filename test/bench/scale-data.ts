/**
 * `tsx test/bench/scale-data.ts <out-dir> [articles meetings people]`: writes the synthetic scale
 * dataset (test/fixtures/scale-dataset.ts) as `<out-dir>/dataset.json` and its text chunks, to
 * serve the dashboard with it or to look at it.
 */
import path from 'node:path';
import { nodeEffects } from '../../src/pipeline/effects';
import { chunkTexts, writeDataset } from '../../src/pipeline/write';
import { DEFAULT_SIZE, generateScaleDataset } from '../fixtures/scale-dataset';

async function main() {
  const [out = '.cache/scale/data', a, m, p] = process.argv.slice(2);
  const size = a ? { articles: Number(a), meetings: Number(m), people: Number(p) } : DEFAULT_SIZE;
  const started = performance.now();
  const { dataset, texts } = generateScaleDataset(size);
  const chunks = chunkTexts(texts);
  await writeDataset(path.join(out, 'dataset.json'), dataset, chunks, nodeEffects());
  const meetings = dataset.events.filter((e) => e.type === 'meeting').length;
  console.log(
    `scale data: ${dataset.articles.length} articles, ${meetings} meetings, ${dataset.events.length} events, ` +
      `${dataset.people.length} people, ${dataset.places.length} places in ${out} ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}

void main();
