/**
 * React access to the loaded dataset and to the filtered subsets every view draws.
 * The dataset lives in ./load.ts's cache, not in the store.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Article, Dataset, DiploEvent } from '../../shared/schema';
import { useStore } from '../state/store';
import { filterArticles, filterEvents, filterIndexSteps } from './filter';
import { DataError, loadDataset } from './load';
import { pairIndexSteps } from './pair-index';
import { articleCountSteps } from './article-count';

export type DatasetState =
  { status: 'loading' } | { status: 'ready'; dataset: Dataset } | { status: 'error'; error: DataError };

export function useDatasetState(load: () => Promise<Dataset> = loadDataset): DatasetState {
  const [state, setState] = useState<DatasetState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (dataset) => live && setState({ status: 'ready', dataset }),
      (e: unknown) =>
        live &&
        setState({
          status: 'error',
          error: e instanceof DataError ? e : new DataError('data/dataset.json', String(e)),
        }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}

/** The dataset, for components rendered only once it has loaded (the shell guarantees that). */
let current: Dataset | null = null;
export function provideDataset(dataset: Dataset): void {
  if (current === dataset) return;
  current = dataset;
  // The indexes filter changes read, built while the reader looks at the first view, not on their
  // first click: one idle callback per index, so that none holds the page for long.
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  for (const step of [
    ...filterIndexSteps(dataset),
    ...pairIndexSteps(dataset),
    ...articleCountSteps(dataset),
  ])
    idle(step);
}
export function useDataset(): Dataset {
  if (!current) throw new Error('useDataset() called before the dataset loaded');
  return current;
}

/** Events after the shared filters. */
export function useFilteredEvents(): readonly DiploEvent[] {
  const dataset = useDataset();
  const filters = useStore((s) => s.filters);
  return useMemo(() => filterEvents(dataset, filters), [dataset, filters]);
}

/** Articles after the shared filters. */
export function useFilteredArticles(): readonly Article[] {
  const dataset = useDataset();
  const filters = useStore((s) => s.filters);
  return useMemo(() => filterArticles(dataset, filters), [dataset, filters]);
}
