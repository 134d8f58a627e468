import { describe, expect, it } from 'vitest';
import { articleCount } from '../../../src/app/charts/source-line';
import { articleCountOf } from '../../../src/app/data/article-count';
import { filterEvents } from '../../../src/app/data/filter';
import { EMPTY_FILTERS } from '../../../src/app/state/store';
import { fixtureDataset } from '../../fixtures/app/fixture';
import { generateScaleDataset } from '../../fixtures/scale-dataset';

describe('articleCountOf(dataset, events)', () => {
  const scale = generateScaleDataset({ articles: 500, meetings: 300, people: 60 }).dataset;

  it('counts the distinct articles of the dataset’s events and of filtered lists as articleCount does', () => {
    for (const d of [fixtureDataset, scale]) {
      expect(articleCountOf(d, d.events)).toBe(articleCount(d.events));
      for (const filters of [
        { ...EMPTY_FILTERS, types: ['meeting' as const] },
        { ...EMPTY_FILTERS, countries: [d.events[0]!.countries[0]!] },
        { ...EMPTY_FILTERS, from: '2099' },
      ]) {
        const events = filterEvents(d, filters);
        expect(articleCountOf(d, events)).toBe(articleCount(events));
      }
    }
  });

  it('counts a source naming an article the dataset does not list, and any other list the plain way', () => {
    const [first, ...rest] = fixtureDataset.events;
    const dangling = { ...first!, sources: [{ ...first!.sources[0]!, articleId: 'not-listed' }] };
    const dataset = { ...fixtureDataset, events: [dangling, ...rest] };
    expect(articleCountOf(dataset, dataset.events)).toBe(articleCount(dataset.events));
    const other = fixtureDataset.events.slice(2);
    expect(articleCountOf(fixtureDataset, other)).toBe(articleCount(other));
  });
});
