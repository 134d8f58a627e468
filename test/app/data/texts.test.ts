import { afterEach, describe, expect, it } from 'vitest';
import { clearTexts, loadArticleText, peekArticleText, primeTexts } from '../../../src/app/data/texts';
import { fixtureDataset, fixtureTexts } from '../../fixtures/app/fixture';

const article = fixtureDataset.articles[0]!;

afterEach(clearTexts);

describe('loadArticleText(article)', () => {
  it('fetches the chunk the article names, once for every article in it', async () => {
    const asked: string[] = [];
    const fetchImpl = (async (url: string) => {
      asked.push(url);
      return Response.json(fixtureTexts[0]);
    }) as typeof fetch;
    const text = await loadArticleText(article, fetchImpl);
    expect(text.id).toBe(article.id);
    await loadArticleText(fixtureDataset.articles[1]!, fetchImpl);
    expect(asked).toEqual([`data/dataset.texts/${article.textChunk}.json`]);
    expect(peekArticleText(article)?.id).toBe(article.id);
  });

  it('names the file when the chunk is missing, and tries again next time', async () => {
    const missing = (async () => new Response('', { status: 404 })) as typeof fetch;
    await expect(loadArticleText(article, missing)).rejects.toThrow(
      'data/dataset.texts/0.json: could not be loaded (HTTP 404)',
    );
    const text = await loadArticleText(article, (async () => Response.json(fixtureTexts[0])) as typeof fetch);
    expect(text.id).toBe(article.id);
  });

  it('names the file when the chunk breaks the contract or lacks the article', async () => {
    const broken = (async () =>
      Response.json({ schemaVersion: 2, chunk: 0, articles: [{ id: 1 }] })) as typeof fetch;
    await expect(loadArticleText(article, broken)).rejects.toThrow(/dataset.texts\/0.json: does not match/);
    clearTexts();
    primeTexts([{ schemaVersion: 2, chunk: 0, articles: [] }]);
    await expect(loadArticleText(article)).rejects.toThrow(`has no text for article ${article.id}`);
  });
});
