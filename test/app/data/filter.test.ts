import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateBounds, filterArticles, filterEvents } from '../../../src/app/data/filter';
import type { Filters } from '../../../src/app/state/store';
import { EMPTY_FILTERS } from '../../../src/app/state/store';
import type { Dataset } from '../../../src/shared/schema';
import { fixtureDataset } from '../../fixtures/app/fixture';
import { filtersOf } from '../../fixtures/filters-arbitrary';
import { generateScaleDataset } from '../../fixtures/scale-dataset';

/** The filters' meaning, written as plainly as possible: the indexed filters must agree with it. */
function overlaps(date: string | null, f: Filters): boolean {
  if (!f.from && !f.to) return true;
  if (!date) return false;
  const [start, end] = dateBounds(date);
  return (!f.from || end >= dateBounds(f.from)[0]) && (!f.to || start <= dateBounds(f.to)[1]);
}
const any = (values: readonly string[], wanted: readonly string[]) =>
  wanted.length === 0 || values.some((v) => wanted.includes(v));

function referenceEvents(d: Dataset, f: Filters) {
  const language = new Map(d.articles.map((a) => [a.id, a.language]));
  return d.events.filter(
    (e) =>
      any([e.type], f.types) &&
      any([e.status], f.statuses) &&
      any(e.countries, f.countries) &&
      any(e.people, f.people) &&
      any(e.minerals, f.minerals) &&
      any(
        e.sources.map((s) => language.get(s.articleId)!),
        f.languages,
      ) &&
      overlaps(e.date, f),
  );
}
function referenceArticles(d: Dataset, f: Filters) {
  return d.articles.filter(
    (a) =>
      any([a.language], f.languages) &&
      any(a.countries, f.countries) &&
      any(a.people, f.people) &&
      any(a.minerals, f.minerals) &&
      overlaps(a.published, f),
  );
}

describe('filterEvents(dataset, filters) and filterArticles(dataset, filters)', () => {
  const scale = generateScaleDataset({ articles: 600, meetings: 400, people: 120 }).dataset;

  for (const [name, dataset] of [
    ['the app fixture', fixtureDataset],
    ['a synthetic corpus of 600 articles', scale],
  ] as const) {
    it(`keep exactly what the filters' plain meaning keeps, on ${name}`, () => {
      fc.assert(
        fc.property(filtersOf(dataset), (filters) => {
          expect(filterEvents(dataset, filters).map((e) => e.id)).toEqual(
            referenceEvents(dataset, filters).map((e) => e.id),
          );
          expect(filterArticles(dataset, filters).map((a) => a.id)).toEqual(
            referenceArticles(dataset, filters).map((a) => a.id),
          );
        }),
        { numRuns: 300, seed: 7 },
      );
    });
  }

  it('returns the dataset’s own lists when nothing is filtered', () => {
    expect(filterEvents(fixtureDataset, EMPTY_FILTERS)).toBe(fixtureDataset.events);
    expect(filterArticles(fixtureDataset, EMPTY_FILTERS)).toBe(fixtureDataset.articles);
  });

  it('gives every caller with the same filters the same array, and a new one for new filters', () => {
    const filters: Filters = { ...EMPTY_FILTERS, types: ['meeting'] };
    const first = filterEvents(scale, filters);
    expect(filterEvents(scale, filters)).toBe(first);
    expect(filterEvents(scale, { ...filters })).not.toBe(first);
    expect(filterEvents(scale, { ...filters })).toEqual(first);
  });

  it('keeps an undated event only while no date range is set', () => {
    const undated = { ...fixtureDataset.events[0]!, id: 'undated', date: null };
    const dataset = { ...fixtureDataset, events: [...fixtureDataset.events, undated] };
    expect(filterEvents(dataset, { ...EMPTY_FILTERS, types: [undated.type] })).toContain(undated);
    expect(filterEvents(dataset, { ...EMPTY_FILTERS, from: '1900' })).not.toContain(undated);
    expect(filterEvents(dataset, { ...EMPTY_FILTERS, to: '2100' })).not.toContain(undated);
  });
});
