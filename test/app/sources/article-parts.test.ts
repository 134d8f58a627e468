import { describe, expect, it } from 'vitest';
import { articleBlocks, blockParts, evidenceSpans } from '../../../src/app/features/sources/article-parts';
import type { ArticleText } from '../../../src/shared/schema';
import { fixtureDataset as dataset, fixtureText, fixtureTexts } from '../../fixtures/app/fixture';

describe('articleBlocks(article)', () => {
  it('keeps every non-blank character: gaps between blocks become body', () => {
    for (const a of fixtureTexts.flatMap((c) => c.articles)) {
      const covered = articleBlocks(a)
        .map((b) => a.text.slice(b.start, b.end))
        .join('');
      expect(covered.replace(/\s+/g, '')).toBe(a.text.replace(/\s+/g, ''));
    }
  });

  it('reads an article without blocks as one body', () => {
    const a: ArticleText = { ...fixtureText(dataset.articles[0]!), blocks: [] };
    expect(articleBlocks(a)).toEqual([{ kind: 'body', start: 0, end: a.text.length }]);
  });
});

describe('evidenceSpans(article, events) and blockParts(block, spans)', () => {
  it('marks exactly the evidence sentences of the article', () => {
    const a = dataset.articles.find((x) => x.events.length > 0)!;
    const { text } = fixtureText(a);
    const spans = evidenceSpans(a, dataset.events);
    const sentences = dataset.events.flatMap((e) => e.sources).filter((s) => s.articleId === a.id);
    for (const s of sentences)
      expect(spans.some(([x, y]) => x <= s.span.start && y >= s.span.end)).toBe(true);
    const parts = blockParts({ start: 0, end: text.length }, spans);
    expect(parts.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
  });

  it('merges overlapping spans', () => {
    const a = dataset.articles[0]!;
    const ev = dataset.events[0]!;
    const twin = {
      ...ev,
      sources: [
        { ...ev.sources[0]!, articleId: a.id, span: { start: 0, end: 10 } },
        { ...ev.sources[0]!, articleId: a.id, span: { start: 5, end: 20 } },
      ],
    };
    expect(evidenceSpans(a, [twin])).toEqual([[0, 20]]);
  });
});
