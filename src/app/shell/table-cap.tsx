/**
 * The charts' tables draw at most TABLE_MAX_ROWS rows (a table of 12,000 events would cost seconds
 * on every filter change); the note under a cut table says how many are shown of how many.
 */
import { fill } from '../i18n/fill';
import { formatNumber } from '../i18n/format';
import type { UiLocale } from '../state/store';

export const TABLE_MAX_ROWS = 500;

/** `template` holds {n} and {total}, in the view's own words ("rows", "events"). */
export function TableCap(props: { shown: number; total: number; template: string; locale: UiLocale }) {
  if (props.total <= props.shown) return null;
  const n = (v: number) => formatNumber(v, props.locale);
  return <p className="muted">{fill(props.template, { n: n(props.shown), total: n(props.total) })}</p>;
}
