/**
 * A worker thread that runs the per-article stages on its share of the corpus. Articles are
 * independent until merging, so a large corpus uses every core; results return in input order.
 */
import { parentPort } from 'node:worker_threads';
import type { ArticleOutcome } from './parallel';
import { processArticle } from './article';
import { buildLexicon } from './lexicon';
import type { RawArticle } from './read';

const lexicon = buildLexicon();

parentPort?.on('message', (raws: RawArticle[]) => {
  const out: ArticleOutcome[] = raws.map((raw) => {
    try {
      return { ok: processArticle(raw, lexicon) };
    } catch (error) {
      return { file: raw.file, error: error instanceof Error ? error.message : String(error) };
    }
  });
  parentPort?.postMessage(out);
});
