/**
 * Long lists drawn a page at a time: the first `step` items, then "Show N more". A list of 20,000
 * articles drawn whole costs seconds on every filter change; a page costs milliseconds, and every
 * item is still reachable by keyboard and by the filters. The count starts again when the list
 * itself changes (a new filter).
 */
import { useState } from 'react';
import { formatNumber } from '../i18n/format';
import type { UiLocale } from '../state/store';

const STRINGS = {
  en: (n: string, left: string) => `Show ${n} more (${left} not shown)`,
  bn: (n: string, left: string) => `আরও ${n}টি দেখান (${left}টি দেখানো হয়নি)`,
  hi: (n: string, left: string) => `${n} और दिखाएँ (${left} नहीं दिखाए गए)`,
};

export function useShowMore<T>(items: readonly T[], step = 100): { shown: readonly T[]; more: () => void } {
  const [state, setState] = useState({ items, count: step });
  // Adjusted during render, as React's docs advise for state derived from props.
  if (state.items !== items) setState({ items, count: step });
  const count = state.items === items ? state.count : step;
  return {
    shown: items.length > count ? items.slice(0, count) : items,
    more: () => setState({ items, count: count + step }),
  };
}

export function ShowMore(props: {
  shown: number;
  total: number;
  step?: number;
  onMore: () => void;
  locale: UiLocale;
}) {
  const left = props.total - props.shown;
  if (left <= 0) return null;
  const n = Math.min(left, props.step ?? 100);
  return (
    <button type="button" className="show-more" onClick={props.onMore}>
      {STRINGS[props.locale](formatNumber(n, props.locale), formatNumber(left, props.locale))}
    </button>
  );
}
