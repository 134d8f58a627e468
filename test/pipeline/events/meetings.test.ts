import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/pipeline/corpus';
import { buildLexicon } from '../../../src/pipeline/lexicon';
import type { Dataset, DiploEvent } from '../../../src/shared/schema';

const dir = path.resolve(import.meta.dirname, '../../fixtures/articles');
const files = ['en-clauses.txt', 'bn-two-days.txt', 'hi-quad.txt'];
let data: Dataset;
beforeAll(() => {
  const raws = files.map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
  data = buildDataset('fixtures', raws, [], buildLexicon());
});

const meetings = (file: string): DiploEvent[] =>
  data.events.filter(
    (e) => e.type === 'meeting' && e.sources.some((s) => s.articleId === file.replace('.txt', '')),
  );

describe('meeting extraction on made-up articles', () => {
  it('reads leaders signing together as a meeting, at the dateline city', () => {
    const held = meetings('en-clauses.txt').find((m) => m.status === 'held');
    expect(held).toMatchObject({ countries: ['JP', 'US'], date: '2025-10-28' });
    expect(held!.place?.name).toBe('Tokyo');
  });

  it('reads a ", where he will meet…" clause as its own planned meeting with its own date', () => {
    const planned = meetings('en-clauses.txt').filter((m) => m.status === 'planned');
    const talks = planned.find((m) => m.countries.join() === 'CN,US');
    expect(talks?.date).toBe('2025-10-30');
    expect(talks?.place?.country).toBe('KR');
    const summit = planned.find((m) => m.kind === 'summit');
    expect(summit?.date).toBe('2025-10-29');
    expect(summit?.countries).toEqual(expect.arrayContaining(['US', 'KR', 'CN', 'JP']));
  });

  it('keeps meetings on two different days apart, and lets a pronoun carry the subject', () => {
    const held = meetings('bn-two-days.txt').filter((m) => m.status === 'held');
    expect(held.map((m) => [m.countries.join(), m.date])).toEqual([
      ['BD,CN', '2025-05-13'],
      ['BD,CN', '2025-05-14'],
    ]);
    expect(held[1]!.place?.name).toBe('Beijing');
  });

  it('reads an organisation meeting as a gathering of its members', () => {
    const quad = meetings('hi-quad.txt').find((m) => m.status === 'planned');
    expect(quad).toMatchObject({ countries: ['AU', 'IN', 'JP', 'US'], date: '2026' });
    expect(quad!.place?.name).toBe('New Delhi');
  });
});
