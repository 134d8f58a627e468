/**
 * The filter bar shared by every view: date range, multi-selects built from the dataset, and the
 * active filters as removable chips. It only writes the store; views read it.
 */
import { useMemo } from 'react';
import { useDataset } from '../data/use-dataset';
import { entityName } from '../details/names';
import { useStore } from '../state/store';
import type { Filters } from '../state/store';
import { filterOptions } from './filter-options';
import { MultiSelect } from './multi-select';
import { useShellStrings, useVocab } from './use-strings';

type ListKey = 'countries' | 'people' | 'minerals' | 'types' | 'statuses' | 'languages';
const LISTS: ListKey[] = ['countries', 'people', 'minerals', 'types', 'statuses', 'languages'];

export function FilterBar() {
  const t = useShellStrings();
  const vocab = useVocab();
  const dataset = useDataset();
  const locale = useStore((s) => s.locale);
  const filters = useStore((s) => s.filters);
  const setFilter = useStore((s) => s.setFilter);
  const toggle = useStore((s) => s.toggleInFilter);
  const reset = useStore((s) => s.resetFilters);
  const options = useMemo(() => filterOptions(dataset), [dataset]);

  const labelOf = (key: ListKey, id: string): string => {
    if (key === 'countries') return entityName(dataset, 'country', id, locale);
    if (key === 'people') return entityName(dataset, 'person', id, locale);
    if (key === 'minerals') return entityName(dataset, 'mineral', id, locale);
    return vocab(id);
  };
  const title: Record<ListKey, string> = {
    countries: t.countries,
    people: t.people,
    minerals: t.mineralsFilter,
    types: t.types,
    statuses: t.statuses,
    languages: t.languages,
  };
  const date = (key: 'from' | 'to', label: string) => (
    <label className="date-filter">
      {label}{' '}
      <input
        type="month"
        name={key}
        value={filters[key]?.slice(0, 7) ?? ''}
        min={options.months?.[0]}
        max={options.months?.[1]}
        onChange={(e) => setFilter(key, e.target.value || null)}
      />
    </label>
  );
  const active = LISTS.flatMap((k) => (filters[k] as string[]).map((id) => ({ k, id })));
  const any = active.length > 0 || filters.from || filters.to;

  return (
    <section className="filter-bar" aria-label={t.filters}>
      {date('from', t.from)}
      {date('to', t.to)}
      {LISTS.map((k) => (
        <MultiSelect
          key={k}
          name={k}
          label={title[k]}
          options={options[k]}
          selected={filters[k] as string[]}
          labelOf={(id) => labelOf(k, id)}
          onToggle={(id) => toggle(k, id)}
          locale={locale}
        />
      ))}
      <ul className="chips" aria-live="polite">
        {(['from', 'to'] as const).map((k) =>
          filters[k] ? (
            <li key={k}>
              <Chip
                label={`${t[k]} ${filters[k]}`}
                remove={t.removeFilter}
                onRemove={() => setFilter(k, null)}
              />
            </li>
          ) : null,
        )}
        {active.map(({ k, id }) => (
          <li key={`${k}:${id}`}>
            <Chip
              label={labelOf(k, id)}
              remove={t.removeFilter}
              onRemove={() => toggle(k as keyof Filters & ListKey, id)}
            />
          </li>
        ))}
      </ul>
      <button type="button" className="clear" onClick={reset} disabled={!any}>
        {t.clearFilters}
      </button>
    </section>
  );
}

function Chip(props: { label: string; remove: string; onRemove: () => void }) {
  return (
    <span className="chip">
      {props.label}
      <button type="button" aria-label={`${props.remove}: ${props.label}`} onClick={props.onRemove}>
        ×
      </button>
    </span>
  );
}
