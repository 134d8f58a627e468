import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterEvents } from '../../../src/app/data/filter';
import { pairStatsOf, peopleLinksOf } from '../../../src/app/data/pair-index';
import { EMPTY_FILTERS } from '../../../src/app/state/store';
import { derivePairStats, derivePeopleLinks } from '../../../src/shared/relations';
import { fixtureDataset } from '../../fixtures/app/fixture';
import { filtersOf } from '../../fixtures/filters-arbitrary';
import { generateScaleDataset } from '../../fixtures/scale-dataset';

describe('pairStatsOf(dataset, events) and peopleLinksOf(dataset, events)', () => {
  const scale = generateScaleDataset({ articles: 800, meetings: 600, people: 150 }).dataset;

  for (const [name, dataset] of [
    ['the app fixture', fixtureDataset],
    ['a synthetic corpus of 800 articles', scale],
  ] as const) {
    it(`equal derivePairStats and derivePeopleLinks of the filtered events, on ${name}`, () => {
      expect(pairStatsOf(dataset, dataset.events)).toEqual(derivePairStats(dataset.events));
      expect(peopleLinksOf(dataset, dataset.events)).toEqual(derivePeopleLinks(dataset.events));
      fc.assert(
        fc.property(filtersOf(dataset), (filters) => {
          const events = filterEvents(dataset, filters);
          expect(pairStatsOf(dataset, events)).toEqual(derivePairStats(events));
          expect(peopleLinksOf(dataset, events)).toEqual(derivePeopleLinks(events));
        }),
        { numRuns: 150, seed: 11 },
      );
    });
  }

  it('derives any other list of events the plain way', () => {
    const mixed = [...scale.events.slice(0, 300)].reverse();
    expect(pairStatsOf(scale, mixed)).toEqual(derivePairStats(mixed));
    expect(peopleLinksOf(scale, mixed)).toEqual(derivePeopleLinks(mixed));
    // A list filtered from one dataset is not placed in another.
    const other = { ...scale, events: [...scale.events] };
    const filtered = filterEvents(scale, { ...EMPTY_FILTERS, types: ['meeting'] });
    expect(pairStatsOf(other, filtered)).toEqual(derivePairStats(filtered));
  });
});
