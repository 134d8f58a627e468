import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/pipeline/corpus';
import { buildLexicon } from '../../../src/pipeline/lexicon';

const dir = path.resolve(import.meta.dirname, '../../fixtures/articles');
const read = (file: string) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') });

describe('buildDataset: one event reported in two languages', () => {
  const data = buildDataset(
    'fixtures',
    [read('en-white-house.txt'), read('hi-white-house.txt')],
    [],
    buildLexicon(),
  );

  it('becomes one event listing both sources', () => {
    const whiteHouse = data.events.filter((e) => e.type === 'meeting' && e.place?.id === 'white-house');
    expect(whiteHouse).toHaveLength(1);
    expect(new Set(whiteHouse[0]!.sources.map((s) => s.articleId))).toEqual(
      new Set(['en-white-house', 'hi-white-house']),
    );
    expect(whiteHouse[0]).toMatchObject({ date: '2025-02-13', countries: ['IN', 'US'] });
  });

  it('keeps a different meeting of the same parties, at another venue, apart', () => {
    const blair = data.events.find((e) => e.type === 'meeting' && e.place?.id === 'blair-house');
    expect(blair?.sources.map((s) => s.articleId)).toEqual(['en-white-house']);
  });

  it('puts a visit to a capital at that capital', () => {
    const visit = data.events.find((e) => e.kind === 'visit');
    expect(visit).toMatchObject({ countries: ['CA', 'IN'], visitor: 'CA', host: 'IN' });
    expect(visit!.place?.name).toBe('New Delhi');
  });

  it('lists each article’s events and counts the relation once', () => {
    const en = data.articles.find((a) => a.id === 'en-white-house')!;
    const hi = data.articles.find((a) => a.id === 'hi-white-house')!;
    expect(en.events.filter((id) => hi.events.includes(id))).toHaveLength(1);
    const inUs = data.relations.find((r) => r.a === 'IN' && r.b === 'US');
    expect(inUs?.meetings).toBe(2);
  });
});
