import { describe, expect, it } from 'vitest';
import { memoryEffects } from '../../src/pipeline/effects';
import { writeDataset } from '../../src/pipeline/write';
import type { Dataset, TextChunk } from '../../src/shared/schema';

const dataset = { schemaVersion: 2, corpus: 'x', articles: [] } as unknown as Dataset;
const chunk = (n: number): TextChunk => ({ schemaVersion: 2, chunk: n, articles: [] });

describe('writeDataset(out, dataset, texts, effects)', () => {
  it('writes each text chunk beside the dataset, and the dataset last', async () => {
    const effects = memoryEffects({});
    await writeDataset('out/data.json', dataset, [chunk(0), chunk(1)], effects);
    expect([...effects.written.keys()]).toEqual([
      'out/data.texts/0.json',
      'out/data.texts/1.json',
      'out/data.json',
    ]);
    expect(JSON.parse(effects.written.get('out/data.texts/1.json')!)).toEqual(chunk(1));
  });

  it('removes chunk files a larger earlier run left, and nothing else', async () => {
    const effects = memoryEffects({
      'out/data.texts/0.json': '{}',
      'out/data.texts/2.json': '{}',
      'out/data.texts/10.json': '{}',
      'out/data.texts/notes.md': 'mine',
    });
    await writeDataset('out/data.json', dataset, [chunk(0)], effects);
    expect(await effects.listFiles('out/data.texts')).toEqual(['0.json', 'notes.md']);
  });
});
