/**
 * Market concentration of one supply-chain stage: the top country's share and the
 * Herfindahl–Hirschman index (sum of squared percent shares, 0–10,000), with the usual bands
 * (US DOJ/FTC merger guidelines: <1,500 unconcentrated, 1,500–2,500 moderately, >2,500 highly).
 */
import { codeOrder } from '../../shared/order';

export type HhiBand = 'unconcentrated' | 'moderate' | 'high';

export interface Concentration {
  /** ISO code of the largest producer. */
  top: string;
  /** Its share of the world total, percent. */
  topShare: number;
  /** Sum of the top three shares, percent. */
  top3Share: number;
  /** Herfindahl–Hirschman index, 0–10,000, rounded to a whole number. */
  hhi: number;
  band: HhiBand;
  /** Percent shares by ISO code, largest first (the "other" row left out). */
  shares: { code: string; share: number }[];
}

export function hhiBand(hhi: number): HhiBand {
  if (hhi < 1500) return 'unconcentrated';
  if (hhi <= 2500) return 'moderate';
  return 'high';
}

/** HHI of percent shares. */
export function hhi(shares: readonly number[]): number {
  return Math.round(shares.reduce((a, s) => a + s * s, 0));
}

/**
 * Concentration of country figures against the world total. The "other" row groups many
 * producers, so it is not squared as one (that would overstate the index). When rounded rows add
 * up to more than the world (gallium: China alone is the world figure), the rows' sum is the
 * denominator so no share passes 100%.
 */
export function concentration(values: Record<string, number>, world: number): Concentration | null {
  const rows = Object.entries(values).filter(([code, v]) => code !== 'other' && v > 0);
  if (rows.length === 0) return null;
  const total = Math.max(
    world,
    Object.values(values).reduce((a, b) => a + b, 0),
  );
  if (!(total > 0)) return null;
  const shares = rows
    .map(([code, v]) => ({ code, share: (v / total) * 100 }))
    .sort((a, b) => b.share - a.share || codeOrder(a.code, b.code));
  const index = hhi(shares.map((s) => s.share));
  return {
    top: shares[0]!.code,
    topShare: shares[0]!.share,
    top3Share: shares.slice(0, 3).reduce((a, s) => a + s.share, 0),
    hhi: index,
    band: hhiBand(index),
    shares,
  };
}
