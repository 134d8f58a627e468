/**
 * Stacking of one timeline lane: marks on overlapping days go into rows (greedy first fit, in
 * start order), and a stack taller than the lane can hold keeps its first rows and turns the rest
 * into a "+N" badge, so a busy day never spills out of its lane. Pure.
 */

export interface PackItem {
  id: string;
  /** Left and right edge of the mark's footprint, px. */
  a: number;
  b: number;
  /** Start and end of the event's days, ms (for the badge's date range). */
  start: number;
  end: number;
}

export interface PackedLane {
  /** Row of each drawn item, by id. */
  rows: Map<string, number>;
  /** Rows the lane draws (at most maxRows). */
  rowCount: number;
  badges: { a: number; b: number; row: number; ids: string[]; start: number; end: number }[];
}

/**
 * First-fit rows in start order; returns each item's row and how many rows were needed. Past
 * `maxRows` rows the search stops: an item that fits none of them gets row `maxRows` and the
 * lane needs `maxRows + 1` (no lane draws more than maxRows, so the rest would only be counted,
 * and a lane of 10,000 events would try hundreds of rows per item).
 */
export function stackRows(items: readonly PackItem[], maxRows = Infinity): { row: number[]; rows: number } {
  const ends: number[] = [];
  let overflow = false;
  const row = items.map((it) => {
    let r = ends.findIndex((end) => end <= it.a);
    if (r >= 0) ends[r] = it.b;
    else if (ends.length < maxRows) r = ends.push(it.b) - 1;
    else {
      overflow = true;
      r = maxRows;
    }
    return r;
  });
  return { row, rows: ends.length + (overflow ? 1 : 0) };
}

/**
 * Caps a stacked lane at maxRows: rows up to maxRows - 2 are kept, and items from row
 * maxRows - 1 on are gathered into badges badgeWidth px wide, each holding the items that start
 * within its width (so a badge stays local even where marks overlap all along the lane); a lone
 * item left in the last row is drawn as itself.
 */
export function capLane(
  items: readonly PackItem[],
  stacked: { row: number[]; rows: number },
  maxRows: number,
  badgeWidth: number,
): PackedLane {
  const rows = new Map<string, number>();
  if (stacked.rows <= maxRows) {
    items.forEach((it, i) => rows.set(it.id, stacked.row[i]!));
    return { rows, rowCount: Math.max(1, stacked.rows), badges: [] };
  }
  const last = maxRows - 1;
  const overflow: { it: PackItem; row: number }[] = [];
  items.forEach((it, i) => {
    const r = stacked.row[i]!;
    if (r < last) rows.set(it.id, r);
    else overflow.push({ it, row: r });
  });
  overflow.sort((p, q) => p.it.a - q.it.a || (p.it.id < q.it.id ? -1 : 1));
  const groups: { a: number; b: number; members: { it: PackItem; row: number }[] }[] = [];
  for (const o of overflow) {
    const g = groups[groups.length - 1];
    if (g && o.it.a < g.b) g.members.push(o);
    else groups.push({ a: o.it.a, b: o.it.a + badgeWidth, members: [o] });
  }
  const badges: PackedLane['badges'] = [];
  for (const g of groups) {
    if (g.members.length === 1 && g.members[0]!.row === last) {
      rows.set(g.members[0]!.it.id, last);
      continue;
    }
    badges.push({
      a: g.a,
      b: g.b,
      row: last,
      ids: g.members.map((m) => m.it.id).sort(),
      start: Math.min(...g.members.map((m) => m.it.start)),
      end: Math.max(...g.members.map((m) => m.it.end)),
    });
  }
  return { rows, rowCount: maxRows, badges };
}
