/**
 * Runs the per-article stages over a corpus, in worker threads when the corpus is large enough
 * to pay for them (each worker compiles its own lexicon). Order is kept, so output is the same
 * with one thread or many.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processArticle } from './article';
import type { ProcessedArticle } from './article';
import type { Lexicon } from './lexicon';
import type { RawArticle } from './read';

export type ArticleOutcome = { ok: ProcessedArticle } | { file: string; error: string };

/** Below this many articles one thread is faster than starting workers. */
export const PARALLEL_THRESHOLD = 400;

export function processSerial(raws: RawArticle[], lexicon: Lexicon): ArticleOutcome[] {
  return raws.map((raw) => {
    try {
      return { ok: processArticle(raw, lexicon) };
    } catch (error) {
      return { file: raw.file, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

function runWorker(raws: RawArticle[]): Promise<ArticleOutcome[]> {
  return new Promise((resolve, reject) => {
    // The pipeline runs from TypeScript sources under tsx; the boot file loads the worker through tsx.
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url));
    worker.once('message', (out: ArticleOutcome[]) => {
      resolve(out);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage(raws);
  });
}

export async function processCorpus(
  raws: RawArticle[],
  lexicon: Lexicon,
  threads = availableParallelism(),
  threshold = PARALLEL_THRESHOLD,
): Promise<ArticleOutcome[]> {
  if (threads <= 1 || raws.length < threshold) return processSerial(raws, lexicon);
  // The main thread takes the last share itself while the workers (one per other core) run, and
  // takes a bigger one, since the workers first compile the stages and build their lexicon.
  const workerShare = Math.ceil((raws.length * 0.9) / threads);
  const workers = threads - 1;
  const chunks = Array.from({ length: workers }, (_, i) =>
    raws.slice(i * workerShare, (i + 1) * workerShare),
  );
  const pending = Promise.all(chunks.filter((c) => c.length > 0).map(runWorker));
  const own = processSerial(raws.slice(workers * workerShare), lexicon);
  const parts = await pending;
  return [...parts.flat(), ...own];
}
