/**
 * Article texts, fetched on demand: the dataset carries every fact and its evidence sentence, and
 * each article's full text, blocks and mentions sit in a chunk file beside it
 * (`data/dataset.texts/<n>.json`). A chunk is fetched once per page; a failed fetch is not cached,
 * so opening the article again retries.
 */
import { useEffect, useState } from 'react';
import { textChunkPath, textChunkSchema } from '../../shared/schema';
import type { Article, ArticleText, TextChunk } from '../../shared/schema';
import { DATASET_URL, DataError, fetchValidated } from './load';

const chunks = new Map<number, Promise<Map<string, ArticleText>>>();
/** Chunks already here, so a text seen once draws at once, without a loading state. */
const ready = new Map<number, Map<string, ArticleText>>();

function index(chunk: TextChunk): Map<string, ArticleText> {
  return new Map(chunk.articles.map((a) => [a.id, a]));
}

/** Puts chunks in the cache without fetching them (tests, and a dataset that arrives with its texts). */
export function primeTexts(list: readonly TextChunk[]): void {
  for (const c of list) {
    ready.set(c.chunk, index(c));
    chunks.set(c.chunk, Promise.resolve(ready.get(c.chunk)!));
  }
}

export function clearTexts(): void {
  chunks.clear();
  ready.clear();
}

/** The article's text if its chunk is already here. */
export function peekArticleText(article: Article): ArticleText | undefined {
  return ready.get(article.textChunk)?.get(article.id);
}

export async function loadArticleText(
  article: Article,
  fetchImpl: typeof fetch = fetch,
): Promise<ArticleText> {
  const url = textChunkPath(DATASET_URL, article.textChunk);
  let pending = chunks.get(article.textChunk);
  if (!pending) {
    pending = fetchValidated(url, textChunkSchema, fetchImpl).then((c) => {
      const byId = index(c);
      ready.set(article.textChunk, byId);
      return byId;
    });
    chunks.set(article.textChunk, pending);
    pending.catch(() => chunks.delete(article.textChunk));
  }
  const text = (await pending).get(article.id);
  if (!text) throw new DataError(url, `has no text for article ${article.id}`);
  return text;
}

export type TextState =
  { status: 'loading' } | { status: 'ready'; text: ArticleText } | { status: 'error'; error: DataError };

/** The article's text once its chunk has loaded; `loading` until then, `error` naming the file. */
export function useArticleText(article: Article | undefined): TextState {
  const [state, setState] = useState<{ id: string; value: TextState } | null>(null);
  const known = article && peekArticleText(article);
  useEffect(() => {
    if (!article || known) return;
    let live = true;
    loadArticleText(article).then(
      (text) => live && setState({ id: article.id, value: { status: 'ready', text } }),
      (e: unknown) =>
        live &&
        setState({
          id: article.id,
          value: {
            status: 'error',
            error:
              e instanceof DataError
                ? e
                : new DataError(textChunkPath(DATASET_URL, article.textChunk), String(e)),
          },
        }),
    );
    return () => {
      live = false;
    };
  }, [article, known]);
  if (known) return { status: 'ready', text: known };
  return state && article && state.id === article.id ? state.value : { status: 'loading' };
}
