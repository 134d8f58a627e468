import { describe, expect, it } from 'vitest';
import { REFERENCE } from '../../../../src/shared/reference/reference';
import { deriveRelations } from '../../../../src/shared/relations';
import { parseDataset } from '../../../../src/app/data/load';
import { dataVintage, exportContext } from '../../../../src/app/features/export/export-context';
import { viewData } from '../../../../src/app/features/export/view-data';
import { EMPTY_FILTERS } from '../../../../src/app/state/store';
import fixture from '../../../fixtures/app/dataset.json';

const dataset = parseDataset(fixture);
const none = { charts: [], minerals: [] };

describe('viewData(view, dataset, filters, onScreen)', () => {
  it('gives the map’s meetings after the filters, placed or not, with their place and sources', () => {
    const held = { ...EMPTY_FILTERS, statuses: ['held' as const] };
    const t = viewData('map', dataset, held, none);
    const expected = dataset.events.filter((e) => e.type === 'meeting' && e.status === 'held');
    expect(t.chart).toBe('meetings');
    expect(t.rows.map((r) => r.id)).toEqual(expected.map((e) => e.id));
    const placed = expected.find((e) => e.place)!;
    const row = t.rows.find((r) => r.id === placed.id)!;
    expect(row).toMatchObject({ place: placed.place!.name, lat: placed.place!.lat, status: 'held' });
    expect(String(row.source_articles)).toContain(placed.sources[0]!.articleId);
    expect(row.evidence).toBe(placed.sources[0]!.sentence);
    expect(t.rows.some((r) => r.lat === null)).toBe(true); // a call has no place, and is kept
  });

  it('gives the minerals shown: their reference figures and the news events about them', () => {
    const t = viewData('minerals', dataset, EMPTY_FILTERS, { charts: ['sankey'], minerals: ['lithium'] });
    const lithium = REFERENCE.minerals.find((m) => m.id === 'lithium')!;
    const refs = t.rows.filter((r) => r.record === 'reference');
    expect(refs.length).toBeGreaterThanOrEqual(Object.keys(lithium.production).length);
    expect(
      refs.every((r) => r.mineral === 'lithium' && r.unit && r.year && String(r.reference_source).length > 0),
    ).toBe(true);
    const news = t.rows.filter((r) => r.record === 'news').map((r) => r.id);
    expect(news).toEqual(dataset.events.filter((e) => e.minerals.includes('lithium')).map((e) => e.id));
    expect(t.chart).toBe('lithium');
  });

  it('gives the relations chart shown: country pairs, or people pairs on the people tab', () => {
    const pairs = viewData('relations', dataset, EMPTY_FILTERS, { charts: ['network'], minerals: [] });
    expect(pairs.rows.map((r) => `${r.a}-${r.b}`)).toEqual(
      deriveRelations(dataset.events).map((r) => `${r.a}-${r.b}`),
    );
    const people = viewData('relations', dataset, EMPTY_FILTERS, { charts: ['people'], minerals: [] });
    expect(people.chart).toBe('people');
    expect(people.columns).toContain('a_name');
  });

  it('gives the timeline’s events and the Sources view’s articles, each filtered', () => {
    const japan = { ...EMPTY_FILTERS, countries: ['JP'] };
    const t = viewData('timeline', dataset, japan, none);
    expect(t.rows.length).toBe(dataset.events.filter((e) => e.countries.includes('JP')).length);
    const s = viewData('sources', dataset, { ...EMPTY_FILTERS, languages: ['bn'] }, none);
    expect(s.rows.map((r) => r.id)).toEqual(
      dataset.articles.filter((a) => a.language === 'bn').map((a) => a.id),
    );
  });
});

describe('exportContext(state, dataset, url, now)', () => {
  it('says the date range, the filters and the data vintage in the interface language', () => {
    const filters = { ...EMPTY_FILTERS, from: '2026-01', countries: ['IN'], statuses: ['held' as const] };
    const now = new Date('2026-03-01T10:00:00Z');
    const en = exportContext({ view: 'map', locale: 'en', filters }, dataset, 'https://x/#/map', now);
    expect(en.date).toBe('2026-03-01');
    expect(en.vintage).toBe(dataVintage(dataset));
    expect(en.datesText).toBe('Dates: from January 2026');
    expect(en.filtersText).toBe('Filters: India, held');
    expect(en.citation('World map')).toContain(
      'Diplomap, “World map” (Dates: from January 2026; Filters: India, held).',
    );
    expect(en.citation('World map')).toContain('https://x/#/map');
    const bn = exportContext({ view: 'map', locale: 'bn', filters: EMPTY_FILTERS }, dataset, 'u', now);
    expect(bn.datesText).toBe('তারিখ: সব তারিখ');
    expect(bn.filtersText).toBeNull();
    expect(bn.dataText).toContain(
      `${dataset.articles.length}`.replace(/\d/g, (d) => '০১২৩৪৫৬৭৮৯'[Number(d)]!),
    );
  });
});
