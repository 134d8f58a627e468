// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../../../../src/app/data/load';
import { provideDataset } from '../../../../src/app/data/use-dataset';
import MineralsView from '../../../../src/app/features/minerals/minerals-view';
import { EMPTY_FILTERS, useStore } from '../../../../src/app/state/store';
import { REFERENCE } from '../../../../src/shared/reference/reference';
import fixture from '../../../fixtures/app/dataset.json';

const dataset = parseDataset(fixture);
const charts = (c: HTMLElement) => [...c.querySelectorAll('svg[data-chart="sankey"]')];

beforeEach(() => {
  provideDataset(dataset);
  useStore.setState({ locale: 'en', selection: null, filters: EMPTY_FILTERS });
});
afterEach(cleanup);

describe('MineralsView', () => {
  it('draws one Sankey per reference mineral when no mineral filter is set', () => {
    const { container } = render(<MineralsView />);
    expect(charts(container).map((s) => s.getAttribute('data-mineral'))).toEqual(
      REFERENCE.minerals.map((m) => m.id),
    );
  });

  it('preselects the picker from the shared minerals filter', () => {
    const id = REFERENCE.minerals[1]!.id;
    useStore.setState({ filters: { ...EMPTY_FILTERS, minerals: [id] } });
    const { container } = render(<MineralsView />);
    expect(charts(container).map((s) => s.getAttribute('data-mineral'))).toEqual([id]);
  });

  it('selects a mineral from its stage node, then "filter to this" sets the shared filter', () => {
    const id = REFERENCE.minerals[0]!.id;
    const { container } = render(<MineralsView />);
    fireEvent.click(container.querySelector(`svg[data-mineral="${id}"] [data-node="stage"]`)!);
    expect(useStore.getState().selection).toEqual({ kind: 'mineral', id });
    fireEvent.click(container.querySelector('[data-action="filter-to"]')!);
    expect(useStore.getState().filters.minerals).toEqual([id]);
  });

  it('selects a country from its node with the keyboard', () => {
    const { container } = render(<MineralsView />);
    const node = container.querySelector('[data-node="country:CN"]')!;
    fireEvent.keyDown(node, { key: 'Enter' });
    expect(useStore.getState().selection).toEqual({ kind: 'country', id: 'CN' });
  });

  it('shows a card for minerals the news names without reference figures', () => {
    const { container } = render(<MineralsView />);
    const known = new Set(REFERENCE.minerals.map((m) => m.id as string));
    const newsOnly = new Set(dataset.articles.flatMap((a) => a.minerals).filter((m) => !known.has(m)));
    const cards = [...container.querySelectorAll('[data-news-only]')].map((c) =>
      c.getAttribute('data-news-only'),
    );
    expect(new Set(cards)).toEqual(newsOnly);
  });

  it('switches a facet to a table with one row per country figure', () => {
    const first = REFERENCE.minerals[0]!;
    const { container } = render(<MineralsView />);
    fireEvent.click(container.querySelector(`[data-facet="${first.id}"] .mn-facet-head button`)!);
    const rows = container.querySelectorAll(`[data-table="${first.id}"] table:first-of-type tbody tr`);
    expect(rows.length).toBe(Object.keys(first.production).length);
  });
});
