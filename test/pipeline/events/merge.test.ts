import { describe, expect, it } from 'vitest';
import type { Candidate, CandidatePlace } from '../../../src/pipeline/events/candidate';
import { datesCompatible, mergeCandidates, placesCompatible } from '../../../src/pipeline/events/merge';

const washington: CandidatePlace = {
  id: 'washington',
  name: 'Washington',
  country: 'US',
  lat: 38.9,
  lon: -77.04,
  approximate: false,
  level: 'city',
  within: null,
};
const whiteHouse: CandidatePlace = {
  ...washington,
  id: 'white-house',
  name: 'White House',
  level: 'venue',
  within: 'washington',
};
const blairHouse: CandidatePlace = {
  ...washington,
  id: 'blair-house',
  name: 'Blair House',
  level: 'venue',
  within: 'washington',
};

function candidate(
  over: Partial<Candidate> & { countries?: Set<string> },
  article = 'a1',
  start = 0,
): Candidate {
  return {
    type: 'meeting',
    kind: 'bilateral',
    status: 'held',
    date: null,
    place: null,
    countries: new Set(['IN', 'US']),
    people: new Set(),
    visitor: null,
    host: null,
    organisations: new Set(),
    minerals: new Set(),
    stages: new Set(),
    tone: 'cooperation',
    sources: [{ articleId: article, sentence: 's', span: { start, end: start + 1 }, confidence: 0.7 }],
    lastSentence: start,
    confidence: 0.6,
    ...over,
  };
}

const day = (value: string) => ({ value, precision: 'day' as const, assumed: false });
const month = (value: string) => ({ value, precision: 'month' as const, assumed: false });

describe('datesCompatible(a, b)', () => {
  it('accepts days one apart and a day inside a month', () => {
    expect(datesCompatible(day('2026-02-04'), day('2026-02-05'))).toBe(true);
    expect(datesCompatible(day('2026-02-04'), month('2026-02'))).toBe(true);
  });
  it('rejects days further apart and other months', () => {
    expect(datesCompatible(day('2026-02-04'), day('2026-02-07'))).toBe(false);
    expect(datesCompatible(day('2026-03-04'), month('2026-02'))).toBe(false);
  });
});

describe('placesCompatible(a, b)', () => {
  it('joins a venue with its city but keeps two venues apart', () => {
    expect(placesCompatible(whiteHouse, washington)).toBe(true);
    expect(placesCompatible(whiteHouse, blairHouse)).toBe(false);
  });
});

describe('mergeCandidates(list, acrossArticles)', () => {
  it('merges sentences about the same meeting and keeps the most precise date and place', () => {
    const merged = mergeCandidates(
      [
        candidate({ date: month('2026-02') }, 'a1', 0),
        candidate({ place: washington, date: day('2026-02-04') }, 'a1', 50),
      ],
      false,
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources).toHaveLength(2);
    expect(merged[0]!.date?.value).toBe('2026-02-04');
    expect(merged[0]!.place?.id).toBe('washington');
  });

  it('keeps a held meeting and a planned one apart', () => {
    const merged = mergeCandidates([candidate({}), candidate({ status: 'planned' }, 'a1', 10)], false);
    expect(merged).toHaveLength(2);
  });

  it('keeps meetings at two different venues apart', () => {
    const merged = mergeCandidates(
      [candidate({ place: whiteHouse }), candidate({ place: blairHouse }, 'a1', 9)],
      false,
    );
    expect(merged).toHaveLength(2);
  });

  it('merges gatherings that share two parties, and not a bilateral into a gathering', () => {
    const a = candidate({ kind: 'multilateral', countries: new Set(['US', 'IN', 'JP', 'AU']) });
    const b = candidate({ kind: 'summit', countries: new Set(['IN', 'JP']) }, 'a1', 20);
    const c = candidate({}, 'a1', 40);
    const merged = mergeCandidates([a, b, c], false);
    expect(merged.map((m) => m.kind)).toEqual(['summit', 'bilateral']);
  });

  it('across articles, merges reports with the same day and refuses undated ones without a place', () => {
    const one = candidate({ date: day('2025-02-13') }, 'a1');
    const two = candidate({ date: day('2025-02-13') }, 'a2');
    const undated = candidate({}, 'a3');
    const merged = mergeCandidates([one, two, undated], true);
    expect(merged).toHaveLength(2);
    expect(merged[0]!.sources.map((s) => s.articleId)).toEqual(['a1', 'a2']);
  });
});
