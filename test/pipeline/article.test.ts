import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/pipeline/corpus';
import { buildLexicon } from '../../src/pipeline/lexicon';
import type { Lexicon } from '../../src/pipeline/lexicon';
import type { Dataset } from '../../src/shared/schema';

const dir = path.resolve(import.meta.dirname, '../fixtures/articles');
const read = (file: string) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') });

let lexicon: Lexicon;
let data: Dataset;
beforeAll(() => {
  lexicon = buildLexicon();
  data = buildDataset(
    'fixtures',
    [read('bn-dhaka.txt'), read('en-tokyo.txt'), read('hi-visit.txt')],
    [],
    lexicon,
  );
});

const article = (file: string) => data.articles.find((a) => a.file === file)!;
const meetingsOf = (file: string) =>
  data.events.filter((e) => e.type === 'meeting' && e.sources.some((s) => s.articleId === article(file).id));

describe('buildDataset(articles) on small made-up articles', () => {
  it('reads language and publication date', () => {
    expect(article('bn-dhaka.txt')).toMatchObject({ language: 'bn', published: '2025-03-10' });
    expect(article('hi-visit.txt')).toMatchObject({ language: 'hi', published: '2025-10-21' });
    expect(article('en-tokyo.txt')).toMatchObject({ language: 'en', published: '2025-03-08' });
  });

  it('finds countries in the body but not in the related-stories list', () => {
    expect(article('en-tokyo.txt').countries).toEqual(['CN', 'IN', 'JP']);
    expect(article('bn-dhaka.txt').countries).toEqual(['BD', 'IN']);
    expect(article('hi-visit.txt').countries).toEqual(['IN', 'RU']);
  });

  it('finds minerals, and not a mineral named only in furniture', () => {
    expect(article('en-tokyo.txt').minerals).toEqual(['lithium', 'rare-earths']);
    expect(article('hi-visit.txt').minerals).toEqual(['uranium']);
  });

  it('dates a Bengali weekday meeting against the publication date and places it in Dhaka', () => {
    const [m] = meetingsOf('bn-dhaka.txt');
    expect(meetingsOf('bn-dhaka.txt')).toHaveLength(1);
    expect(m).toMatchObject({ status: 'held', date: '2025-03-06', countries: ['BD', 'IN'] });
    expect(m!.place?.name).toBe('Dhaka');
    expect(m!.sources[0]!.sentence).toContain('বৈঠক করেন');
  });

  it('reads a planned visit with the host drawn at its capital, marked approximate', () => {
    const visits = meetingsOf('hi-visit.txt');
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({
      status: 'planned',
      kind: 'visit',
      visitor: 'RU',
      host: 'IN',
      date: '2025-11',
    });
    expect(visits[0]!.place).toMatchObject({ country: 'IN', approximate: true });
  });

  it('separates a held meeting from a planned one in the same article', () => {
    const ms = meetingsOf('en-tokyo.txt');
    const held = ms.find((m) => m.status === 'held');
    const planned = ms.find((m) => m.status === 'planned');
    expect(held).toMatchObject({ date: '2025-03-07', countries: ['IN', 'JP'] });
    expect(held!.place?.name).toBe('Tokyo');
    expect(planned).toMatchObject({ date: '2025-04', countries: ['CN', 'IN'] });
    expect(planned!.place?.name).toBe('Beijing');
  });

  it('records an agreement with its minerals, and writes an English summary for every event', () => {
    const deal = data.events.find((e) => e.type === 'agreement');
    expect(deal?.minerals).toEqual(expect.arrayContaining(['lithium', 'rare-earths']));
    for (const e of data.events) expect(e.summary).toMatch(/^[A-Z].*\.$/);
  });

  it('gives the same JSON for the same input', () => {
    const again = buildDataset(
      'fixtures',
      [read('bn-dhaka.txt'), read('en-tokyo.txt'), read('hi-visit.txt')],
      [],
      lexicon,
    );
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
  });
});
