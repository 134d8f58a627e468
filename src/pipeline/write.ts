/**
 * The write stage: the dataset file and, beside it, its article texts in chunk files
 * (`dataset.json` -> `dataset.texts/0.json`, `1.json`, ...). Chunks are written first and the
 * dataset last, so a reader that sees the new dataset finds every chunk it names; chunk files a
 * previous, larger run left behind are removed, so the folder holds exactly this corpus.
 */
import path from 'node:path';
import type { ArticleText, Dataset, TextChunk } from '../shared/schema';
import { TEXT_CHUNK_SIZE, textChunkPath, textChunkSchema } from '../shared/schema';
import type { Effects } from './effects';

/** Texts in dataset article order cut into chunks of TEXT_CHUNK_SIZE (article i in chunk ⌊i / size⌋). */
export function chunkTexts(texts: readonly ArticleText[]): TextChunk[] {
  const chunks: TextChunk[] = [];
  for (let i = 0; i < texts.length; i += TEXT_CHUNK_SIZE) {
    const articles = texts.slice(i, i + TEXT_CHUNK_SIZE);
    chunks.push(textChunkSchema.parse({ schemaVersion: 2, chunk: chunks.length, articles }));
  }
  return chunks;
}

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
