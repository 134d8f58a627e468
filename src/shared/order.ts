/**
 * Code-unit order for ids, keys and ISO dates. Unlike `localeCompare` it does not depend on the
 * browser's locale or ICU version (so layouts and lists come out the same for every reader), and it
 * costs nothing to set up, where the first `localeCompare` builds a collator (tens of ms on a slow CPU).
 */
export const codeOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * True when every id is greater than the one before (in order, no repeats): the dataset's lists,
 * and any list filtered from them, are, and need no sorting.
 */
export function inIdOrder(items: readonly { id: string }[]): boolean {
  for (let i = 1; i < items.length; i++) if (!(items[i - 1]!.id < items[i]!.id)) return false;
  return true;
}

const checked = new WeakMap<readonly { id: string }[], boolean>();

/**
 * inIdOrder, answered once per list: for lists never changed after they are made, as the app's
 * are (the dataset's, and the lists filtered from it), which it checks on every filter change.
 */
export function inIdOrderOnce(items: readonly { id: string }[]): boolean {
  let ordered = checked.get(items);
  if (ordered === undefined) checked.set(items, (ordered = inIdOrder(items)));
  return ordered;
}
