/**
 * Which producers the Sankey names and which it groups as "Other". Small nodes would be slivers
 * with unreadable labels, so only the top producers keep their own node; the rest (and the
 * reference's own "other" row) merge into one "Other" node whose value is their exact sum.
 */
import { codeOrder } from '../../../shared/order';

export interface GroupOptions {
  /** A country needs at least this fraction of the total to be named (default 3%). */
  minShare?: number;
  /** At most this many named countries (default 6). */
  maxNamed?: number;
  /** Countries named whatever their share (e.g. the selected country), if they have a row. */
  keep?: readonly string[];
}

export interface ProducerGroups {
  named: { code: string; value: number }[];
  /** Null when nothing is left over. */
  other: { value: number; members: string[] } | null;
  /** Sum of every row, "other" included. */
  total: number;
}

export const DEFAULT_MIN_SHARE = 0.03;
export const DEFAULT_MAX_NAMED = 6;

export function groupProducers(
  production: Record<string, number>,
  options: GroupOptions = {},
): ProducerGroups {
  const minShare = options.minShare ?? DEFAULT_MIN_SHARE;
  const maxNamed = options.maxNamed ?? DEFAULT_MAX_NAMED;
  const keep = new Set(options.keep ?? []);
  const total = Object.values(production).reduce((a, b) => a + b, 0);
  // Largest first; ties by code so the order never depends on the JSON's key order.
  const rows = Object.entries(production)
    .filter(([code]) => code !== 'other')
    .map(([code, value]) => ({ code, value }))
    .sort((a, b) => b.value - a.value || codeOrder(a.code, b.code));
  const named: { code: string; value: number }[] = [];
  const rest: { code: string; value: number }[] = [];
  rows.forEach((row, rank) => {
    const big = total > 0 && row.value / total >= minShare && rank < maxNamed;
    if ((big || keep.has(row.code)) && row.value > 0) named.push(row);
    else rest.push(row);
  });
  const otherRow = production.other ?? 0;
  const otherValue = rest.reduce((a, r) => a + r.value, 0) + otherRow;
  const members = rest.map((r) => r.code);
  if (otherRow > 0) members.push('other');
  return {
    named,
    other: otherValue > 0 ? { value: otherValue, members } : null,
    total,
  };
}
