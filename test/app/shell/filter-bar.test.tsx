// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/app/data/load';
import { provideDataset } from '../../../src/app/data/use-dataset';
import { FilterBar } from '../../../src/app/shell/filter-bar';
import { MultiSelect } from '../../../src/app/shell/multi-select';
import { EMPTY_FILTERS, useStore } from '../../../src/app/state/store';
import fixture from '../../fixtures/app/dataset.json';

const dataset = parseDataset(fixture);

beforeEach(() => {
  provideDataset(dataset);
  useStore.setState({ filters: EMPTY_FILTERS, locale: 'en' });
});
afterEach(cleanup);

describe('FilterBar', () => {
  const open = (container: HTMLElement, name: string) =>
    fireEvent.click(container.querySelector(`details[data-filter="${name}"] summary`)!);

  it('draws no options until a list is opened', () => {
    const { container } = render(<FilterBar />);
    expect(container.querySelectorAll('input[type="checkbox"]').length).toBe(0);
    open(container, 'countries');
    expect(container.querySelector('details[data-filter="countries"]')!.hasAttribute('open')).toBe(true);
    expect(container.querySelectorAll('input[name="countries"]').length).toBeGreaterThan(0);
  });

  it('offers only the countries the dataset contains, named in the UI language', () => {
    const { container } = render(<FilterBar />);
    open(container, 'countries');
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

  it('lists options in the alphabetical order of their names in the interface language', () => {
    const { container } = render(<FilterBar />);
    open(container, 'countries');
    const labels = [...container.querySelectorAll('details[data-filter="countries"] label')].map((l) =>
      l.textContent!.trim(),
    );
    expect(labels).toEqual([...labels].sort(new Intl.Collator('en').compare));
  });

  it('a checkbox changes the store, shows a chip, and the chip removes it again', () => {
    const { container } = render(<FilterBar />);
    open(container, 'countries');
    fireEvent.click(container.querySelector('input[name="countries"][value="IN"]')!);
    expect(useStore.getState().filters.countries).toEqual(['IN']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter: India' }));
    expect(useStore.getState().filters.countries).toEqual([]);
  });

  it('the date inputs set from/to and "Clear filters" resets everything', () => {
    const { container } = render(<FilterBar />);
    fireEvent.change(container.querySelector('input[name="from"]')!, { target: { value: '2026-01' } });
    open(container, 'statuses');
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

describe('MultiSelect with a long list', () => {
  const many = Array.from({ length: 400 }, (_, i) => `p${String(i).padStart(3, '0')}`);
  const labelOf = (id: string) => `Person ${id.slice(1)}`;

  it('shows at most 150 options, says so, and the search narrows them', () => {
    const { container } = render(
      <MultiSelect
        label="People"
        name="people"
        options={many}
        selected={['p399']}
        labelOf={labelOf}
        onToggle={() => undefined}
        locale="en"
      />,
    );
    fireEvent.click(container.querySelector('summary')!);
    // The chosen one is drawn too, though it sorts last.
    expect(container.querySelectorAll('input[type="checkbox"]').length).toBe(151);
    expect(container.textContent).toContain('150 of 400 shown');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search: People' }), {
      target: { value: 'son 01' },
    });
    const values = [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map(
      (i) => i.value,
    );
    expect(values).toEqual(['p399', ...many.filter((id) => id.startsWith('p01'))]);
  });
});
