/**
 * End uses for the Sankey's right column. Shares become weighted links (applied to the stage
 * total, so flow is conserved at the stage node); uses named without shares become an
 * unweighted fan marked "qualitative" — never invented numbers.
 */
import type { MineralRef } from '../../../shared/reference/reference-schema';
import { linkPath, round } from './sankey-geometry';
import { shorten } from './sankey-labels';
import type { QualitativeUse, SankeyLabels, SankeyNodeModel } from './sankey-types';
import { codeOrder } from '../../../shared/order';

export interface EndUseLink {
  id: string;
  kind: 'end-use' | 'unallocated';
  key: string;
  label: string;
  /** Percent as published (the "not allocated" rest for the unallocated node). */
  share: number;
  value: number;
}

export interface EndUses {
  mode: 'shares' | 'qualitative' | 'none';
  links: EndUseLink[];
  qualitative: { key: string; label: string; leading: boolean }[];
}

/** Shares that add up to less than 100 leave a "not allocated" rest; ≤0.5 point is rounding. */
const REST_MIN = 0.5;

export function buildEndUses(ref: MineralRef, total: number, L: SankeyLabels): EndUses {
  const eu = ref.end_uses;
  if (eu?.shares && Object.keys(eu.shares).length > 0) {
    const entries = Object.entries(eu.shares).sort((a, b) => b[1] - a[1] || codeOrder(a[0], b[0]));
    const sum = entries.reduce((a, [, s]) => a + s, 0);
    // Rounded shares may add to 101; scale them then, so the stage node's in and out stay equal.
    const scale = sum > 100 ? 100 / sum : 1;
    const links: EndUseLink[] = entries.map(([name, s]) => ({
      id: `use:${name}`,
      kind: 'end-use',
      key: name,
      label: L.endUse(name),
      share: s,
      value: (total * s * scale) / 100,
    }));
    const rest = 100 - sum;
    if (rest > REST_MIN) {
      links.push({
        id: 'unallocated',
        kind: 'unallocated',
        key: 'unallocated',
        label: L.unallocated,
        share: rest,
        value: (total * rest) / 100,
      });
    }
    return { mode: 'shares', links, qualitative: [] };
  }
  const named = [
    ...(eu?.leading ? [{ key: eu.leading, label: L.endUse(eu.leading), leading: true }] : []),
    ...(eu?.others ?? []).map((o) => ({ key: o, label: L.endUse(o), leading: false })),
  ];
  return { mode: named.length ? 'qualitative' : 'none', links: [], qualitative: named };
}

/** Spreads qualitative uses down the right column and draws a thin curve to each. */
export function placeQualitative(
  items: EndUses['qualitative'],
  stage: SankeyNodeModel,
  x: number,
  top: number,
  bottom: number,
  fs: number,
): QualitativeUse[] {
  if (items.length === 0) return [];
  const step = Math.min(fs * 2, (bottom - top) / items.length);
  const start = (top + bottom) / 2 - (step * (items.length - 1)) / 2;
  const stageMid = (stage.y0 + stage.y1) / 2;
  const spread = Math.min((stage.y1 - stage.y0) / 2, step * items.length) * 0.6;
  return items.map((item, i) => {
    const y = round(start + i * step);
    const from = items.length > 1 ? stageMid - spread + (2 * spread * i) / (items.length - 1) : stageMid;
    return {
      key: item.key,
      label: shorten(item.label, 40),
      leading: item.leading,
      x: round(x),
      y,
      d: linkPath(stage.x1, from, x, y),
    };
  });
}
