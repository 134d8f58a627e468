import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/pipeline/corpus';
import { buildLexicon } from '../../../src/pipeline/lexicon';
import type { Dataset, DiploEvent } from '../../../src/shared/schema';

const dir = path.resolve(import.meta.dirname, '../../fixtures/articles');
const files = [
  'en-clauses.txt',
  'bn-two-days.txt',
  'hi-quad.txt',
  'hi-beijing.txt',
  'bn-call.txt',
  'en-call-host.txt',
  'en-moscow-sco.txt',
  'bn-riyadh.txt',
  'bn-kathmandu.txt',
  'hi-joins.txt',
];
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

  it('reads calls in Bengali ("টেলিফোনে কথা বলেছেন") and English ("spoke by phone") as calls without a place', () => {
    const bn = meetings('bn-call.txt').find((m) => m.kind === 'call');
    expect(bn).toMatchObject({ countries: ['IN', 'PK'], status: 'held', place: null });
    const en = meetings('en-call-host.txt').find((m) => m.kind === 'call');
    expect(en).toMatchObject({ countries: ['IN', 'US'], date: '2025-03-03', place: null });
  });

  it('reads a host and a guest country, a planned multilateral meeting and a trip with its own clause', () => {
    expect(meetings('en-call-host.txt').find((m) => m.status === 'planned')).toMatchObject({
      countries: ['AU', 'JP'],
      date: '2025-04',
    });
    const bimstec = meetings('bn-call.txt').find((m) => m.status === 'planned');
    expect(bimstec).toMatchObject({ kind: 'multilateral', date: '2025-08-12' });
    expect(bimstec!.place?.name).toBe('Kathmandu');
    const trip = meetings('hi-beijing.txt').find((m) => m.status === 'planned');
    expect(trip).toMatchObject({ countries: ['IN', 'JP'], kind: 'visit' });
    expect(trip!.place?.name).toBe('Tokyo');
  });

  it('does not take an export control for a meeting', () => {
    expect(meetings('hi-beijing.txt').map((m) => m.countries.join())).toEqual(['CN,PK', 'IN,JP']);
    expect(data.events.some((e) => e.type === 'export-control' && e.minerals.includes('gallium'))).toBe(true);
  });

  it('places talks in the city the story names, not the dateline, and keeps the tariff-imposing country out', () => {
    const talks = meetings('en-moscow-sco.txt').find((m) => m.status === 'held');
    expect(talks).toMatchObject({ countries: ['IN', 'RU'], date: '2025-08-21' });
    expect(talks!.place?.name).toBe('Moscow');
    const bilateral = meetings('en-moscow-sco.txt').find((m) => m.countries.join() === 'CN,IN');
    expect(bilateral).toMatchObject({ status: 'planned', date: '2025-08-31' });
  });

  it('gives "the two countries" the parties of the meeting just told', () => {
    const planned = meetings('bn-riyadh.txt').find((m) => m.status === 'planned');
    expect(planned).toMatchObject({ countries: ['PK', 'SA'], date: '2026' });
    expect(planned!.place?.name).toBe('Islamabad');
  });

  it('takes the subject from the person who is not the partner ("…কার্কির সঙ্গে … বৈঠক করেছেন … মিস্রি")', () => {
    expect(meetings('bn-kathmandu.txt')).toMatchObject([
      { kind: 'visit', visitor: 'IN', host: 'NP', countries: ['IN', 'NP'], date: '2025-10-04' },
    ]);
    expect(meetings('bn-kathmandu.txt')[0]!.place?.name).toBe('Kathmandu');
  });

  it('adds a party that joins "this meeting" later', () => {
    expect(meetings('hi-joins.txt')).toMatchObject([
      { kind: 'multilateral', countries: ['CD', 'RW', 'US'], date: '2025-12-08' },
    ]);
  });
});
