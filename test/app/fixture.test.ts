import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/app/data/load';
import fixture from '../fixtures/app/dataset.json';
import { fixtureText, fixtureTexts } from '../fixtures/app/fixture';

const json: unknown = fixture;

describe('parseDataset(test/fixtures/app/dataset.json)', () => {
  it('accepts the hand-made fixture', () => {
    const d = parseDataset(json);
    expect(d.articles.length).toBeGreaterThanOrEqual(6);
    expect(d.events.length).toBeGreaterThanOrEqual(12);
  });

  it('has evidence sentences that are exactly the text at their spans', () => {
    const d = parseDataset(json);
    for (const e of d.events) {
      for (const s of e.sources) {
        const a = d.articles.find((x) => x.id === s.articleId)!;
        expect(fixtureText(a).text.slice(s.span.start, s.span.end)).toBe(s.sentence);
      }
    }
  });

  it('has mentions inside their article text, sorted by start', () => {
    const d = parseDataset(json);
    for (const a of d.articles) {
      const { text, mentions } = fixtureText(a);
      const starts = mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
      for (const m of mentions) expect(m.end).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('test/fixtures/app/texts.json', () => {
  it('holds the text of every article in the chunk the dataset names', () => {
    const d = parseDataset(json);
    for (const a of d.articles) {
      expect(fixtureTexts[a.textChunk]?.articles.some((t) => t.id === a.id)).toBe(true);
    }
  });
});
