/**
 * Build-time check of the reference figures (src/shared/reference/critical-minerals.json).
 * Schema problems name the field; arithmetic problems name the mineral. The pipeline decides
 * whether an error stops the build.
 */
import raw from '../shared/reference/critical-minerals.json';
import type { Report } from '../shared/schema';
import {
  REFERENCE_FILE,
  referenceIssues,
  referenceSchema,
  worldValue,
} from '../shared/reference/reference-schema';
import type { CriticalMineralsRef } from '../shared/reference/reference-schema';

/**
 * How far the country rows (with the "other" row) may sit from the world total.
 * USGS rounds every country figure and the world total separately to two or three significant
 * digits, so the largest row alone can be off by ~1.3% of the world (China's 270,000 t of rare
 * earths is ±5,000 t), and small unlisted producers add a little more. In MCS 2026 the sums sit
 * between -2.6% (graphite) and +1.5% (cobalt); gallium's world total is China's figure alone
 * (+1%); lithium's world excludes the withheld US row, which the file leaves out too.
 * 3% passes that rounding and catches any changed row larger than 3% of the world.
 */
export const PRODUCTION_TOLERANCE = 0.03;
/** Reserves are rounded more coarsely and often list no "other" row, so only a warning past 5%. */
export const RESERVES_TOLERANCE = 0.05;
/** End-use shares are whole percents: a sum of 97-103 is rounding, outside it a typo. */
const SHARES_SLACK = 3;

function sum(values: Record<string, number>): number {
  return Object.values(values).reduce((a, b) => a + b, 0);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** Checks the reference file's shape, its sums and that every figure keeps unit, year and source. */
export function checkReference(ref: unknown, file = REFERENCE_FILE): Report[] {
  const issues = referenceIssues(ref);
  if (issues.length) return issues.map((reason) => ({ file, level: 'error', reason: `schema: ${reason}` }));
  const data: CriticalMineralsRef = referenceSchema.parse(ref);
  const reports: Report[] = [];
  const error = (reason: string) => reports.push({ file, level: 'error', reason });
  const warn = (reason: string) => reports.push({ file, level: 'warning', reason });

  const seen = new Set<string>();
  for (const m of data.minerals) {
    if (seen.has(m.id)) error(`${m.id}: listed twice`);
    seen.add(m.id);

    const rows = sum(m.production);
    const off = rows / m.world_production - 1;
    if (Math.abs(off) > PRODUCTION_TOLERANCE) {
      error(
        `${m.id}: production rows add up to ${rows} ${m.unit}, ${pct(off)} from the world total ` +
          `${m.world_production} (tolerance ${pct(PRODUCTION_TOLERANCE)})`,
      );
    }
    if (m.mine_production) {
      const mp = m.mine_production;
      const mineOff = sum(mp.values) / mp.world - 1;
      // Mine rows list only the larger producers and have no "other" row: warn when they exceed
      // the world (impossible), or cover less than 70% of it (a row lost).
      if (mineOff > PRODUCTION_TOLERANCE || mineOff < -0.3) {
        warn(`${m.id}: mine production rows add up to ${pct(1 + mineOff)} of the world total ${mp.world}`);
      }
    }
    if (m.reserves && m.world_reserves !== undefined) {
      const world = worldValue(m.world_reserves);
      const resOff = sum(m.reserves) / world - 1;
      const isLowerBound = typeof m.world_reserves === 'string';
      if (isLowerBound ? resOff > RESERVES_TOLERANCE : Math.abs(resOff) > RESERVES_TOLERANCE) {
        warn(`${m.id}: reserve rows add up to ${pct(1 + resOff)} of the world total ${m.world_reserves}`);
      }
    }
    const shares = m.end_uses?.shares;
    if (shares) {
      const total = sum(shares);
      if (Math.abs(total - 100) > SHARES_SLACK)
        error(`${m.id}: end-use shares add up to ${total}%, not ~100%`);
    }
    for (const [code, value] of Object.entries(m.production)) {
      if (value > m.world_production * (1 + PRODUCTION_TOLERANCE)) {
        error(`${m.id}: ${code} produces more than the world total`);
      }
    }
  }

  for (const [i, c] of data.export_controls.entries()) {
    const day = new Date(`${c.date}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== c.date) {
      error(`export_controls.${i}: ${c.date} is not a calendar date`);
    }
  }
  return reports;
}

/** Checks the reference file bundled with the app (the one call the pipeline needs). */
export function checkBundledReference(): Report[] {
  return checkReference(raw);
}
