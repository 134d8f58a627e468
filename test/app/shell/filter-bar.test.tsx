// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/app/data/load';
import { provideDataset } from '../../../src/app/data/use-dataset';
import { FilterBar } from '../../../src/app/shell/filter-bar';
import { EMPTY_FILTERS, useStore } from '../../../src/app/state/store';
import fixture from '../../fixtures/app/dataset.json';

const dataset = parseDataset(fixture);

beforeEach(() => {
  provideDataset(dataset);
  useStore.setState({ filters: EMPTY_FILTERS, locale: 'en' });
});
afterEach(cleanup);

describe('FilterBar', () => {
  it('offers only the countries the dataset contains, named in the UI language', () => {
    const { container } = render(<FilterBar />);
    const values = [...container.querySelectorAll<HTMLInputElement>('input[name="countries"]')].map(
      (i) => i.value,
    );
    const expected = new Set([
      ...dataset.events.flatMap((e) => e.countries),
      ...dataset.articles.flatMap((a) => a.countries),
    ]);
    expect(new Set(values)).toEqual(expected);
    expect(screen.getByLabelText('India')).toBeTruthy();
  });

  it('a checkbox changes the store, shows a chip, and the chip removes it again', () => {
    const { container } = render(<FilterBar />);
    fireEvent.click(container.querySelector('input[name="countries"][value="IN"]')!);
    expect(useStore.getState().filters.countries).toEqual(['IN']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter: India' }));
    expect(useStore.getState().filters.countries).toEqual([]);
  });

  it('the date inputs set from/to and "Clear filters" resets everything', () => {
    const { container } = render(<FilterBar />);
    fireEvent.change(container.querySelector('input[name="from"]')!, { target: { value: '2026-01' } });
    fireEvent.click(container.querySelector('input[name="statuses"][value="planned"]')!);
    expect(useStore.getState().filters).toMatchObject({ from: '2026-01', statuses: ['planned'] });
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(useStore.getState().filters).toEqual(EMPTY_FILTERS);
  });

  it('labels follow the interface language', () => {
    useStore.setState({ locale: 'bn' });
    render(<FilterBar />);
    expect(screen.getByRole('button', { name: 'ফিল্টার মুছুন' })).toBeTruthy();
  });
});
