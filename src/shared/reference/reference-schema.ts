/**
 * The contract for `critical-minerals.json`, the reference figures behind the supply-chain view
 * (USGS MCS 2026, WNA, IEA). Every figure block carries its unit, year ("2025e" = estimate) and
 * source key, so a chart or tooltip can always say where a number comes from.
 */
import { z } from 'zod';
import { MINERAL_IDS } from '../vocab';

/** Where the file lives in the repo, named in every error and report. */
export const REFERENCE_FILE = 'src/shared/reference/critical-minerals.json';

/** "2024" or "2025e"; a trailing "e" marks the source's estimate. */
const yearSchema = z.string().regex(/^\d{4}e?$/, 'year must be "YYYY" or "YYYYe"');

/** Quantities by ISO 3166-1 alpha-2 code, plus an optional "other" row for the rest of the world. */
const byCountrySchema = z.record(
  z.string().regex(/^([A-Z]{2}|other)$/, 'keys are ISO alpha-2 codes or "other"'),
  z.number().nonnegative(),
);

/** A world total, or a lower bound written ">85000000" when the source gives only that. */
const worldFigureSchema = z.union([z.number().positive(), z.string().regex(/^>\d+$/)]);

export const sourceSchema = z.object({
  title: z.string().min(1),
  url: z.string().url(),
  doi: z.string().optional(),
  data_release_doi: z.string().optional(),
  license: z.string().min(1),
});

export const endUsesSchema = z.object({
  /** What the shares describe, e.g. "United States, share of consumption". */
  scope: z.string().min(1),
  /** The leading use, when the source names one without a share. */
  leading: z.string().optional(),
  /** Other uses named without shares. */
  others: z.array(z.string()).optional(),
  /** Percent of consumption by use. */
  shares: z.record(z.string(), z.number().min(0).max(100)).optional(),
});

/** A second stage's production (e.g. copper mining beside refining), with its own unit and year. */
export const stageFiguresSchema = z.object({
  unit: z.string().min(1),
  year: yearSchema,
  confidence: z.string().optional(),
  values: byCountrySchema,
  world: z.number().positive(),
});

export const mineralRefSchema = z.object({
  id: z.enum(MINERAL_IDS),
  name: z.string().min(1),
  /** The stage `production` measures: mine output or refinery output. */
  stage: z.enum(['mine', 'refinery']),
  unit: z.string().min(1),
  year: yearSchema,
  /** Key into the file's `sources`. */
  source: z.string().min(1),
  production: byCountrySchema,
  world_production: z.number().positive(),
  reserves: byCountrySchema.optional(),
  world_reserves: worldFigureSchema.optional(),
  notes: z.array(z.string()).optional(),
  mine_production: stageFiguresSchema.optional(),
  end_uses: endUsesSchema.optional(),
});

export const exportControlSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  country: z.string().regex(/^[A-Z]{2}$/),
  minerals: z.array(z.enum(MINERAL_IDS)),
  what: z.string().min(1),
  /** Key into `sources`, when the entry names one. */
  source: z.string().optional(),
});

export const referenceSchema = z
  .object({
    about: z.string(),
    sources: z.record(z.string(), sourceSchema),
    minerals: z.array(mineralRefSchema).min(1),
    refining_concentration: z.object({ source: z.string(), facts: z.array(z.string()) }),
    export_controls: z.array(exportControlSchema),
  })
  .superRefine((ref, ctx) => {
    // A figure whose source key points nowhere would reach a tooltip with no source line.
    ref.minerals.forEach((m, i) => {
      if (!ref.sources[m.source]) {
        ctx.addIssue({
          code: 'custom',
          path: ['minerals', i, 'source'],
          message: `unknown source "${m.source}"`,
        });
      }
    });
    if (!ref.sources[ref.refining_concentration.source]) {
      ctx.addIssue({ code: 'custom', path: ['refining_concentration', 'source'], message: 'unknown source' });
    }
  });

export type ReferenceSource = z.infer<typeof sourceSchema>;
export type EndUsesRef = z.infer<typeof endUsesSchema>;
export type StageFigures = z.infer<typeof stageFiguresSchema>;
export type MineralRef = z.infer<typeof mineralRefSchema>;
export type ExportControlRef = z.infer<typeof exportControlSchema>;
export type CriticalMineralsRef = z.infer<typeof referenceSchema>;

/** True for the source's estimates ("2025e"). */
export function isEstimate(year: string): boolean {
  return year.endsWith('e');
}

/** A world figure as a number; a lower bound ">N" gives N. */
export function worldValue(figure: number | string): number {
  return typeof figure === 'number' ? figure : Number(figure.replace(/^>/, ''));
}

/** The issues of a failed parse as "field: message" lines, e.g. "minerals.2.unit: Too small". */
export function referenceIssues(json: unknown): string[] {
  const result = referenceSchema.safeParse(json);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

/** Parses the reference file, or throws an error naming the file and the first broken fields. */
export function parseReference(json: unknown, file = REFERENCE_FILE): CriticalMineralsRef {
  const result = referenceSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new Error(`${file}: does not match the reference schema (${problems})`);
  }
  return result.data;
}
