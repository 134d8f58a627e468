/**
 * The write stage: the dataset file and, beside it, its article texts in chunk files
 * (`dataset.json` -> `dataset.texts/0.json`, `1.json`, ...). Chunks are written first and the
 * dataset last, so a reader that sees the new dataset finds every chunk it names; chunk files a
 * previous, larger run left behind are removed, so the folder holds exactly this corpus.
 */
import path from 'node:path';
import type { Dataset, TextChunk } from '../shared/schema';
import { textChunkPath } from '../shared/schema';
import type { Effects } from './effects';

export async function writeDataset(
  out: string,
  dataset: Dataset,
  texts: TextChunk[],
  effects: Effects,
): Promise<void> {
  for (const chunk of texts) {
    await effects.writeFile(textChunkPath(out, chunk.chunk), `${JSON.stringify(chunk)}\n`);
  }
  const dir = path.dirname(textChunkPath(out, 0));
  // A first run has no folder to clean.
  const existing = await effects.listFiles(dir).catch(() => [] as string[]);
  for (const name of existing) {
    const n = /^(\d+)\.json$/.exec(name);
    if (n && Number(n[1]) >= texts.length) await effects.removeFile(path.join(dir, name));
  }
  await effects.writeFile(out, `${JSON.stringify(dataset, null, 1)}\n`);
}
