import { describe, expect, it } from 'vitest';
import raw from '../../src/shared/reference/critical-minerals.json';
import { REFERENCE_FILE, parseReference, referenceIssues } from '../../src/shared/reference/reference-schema';
import {
  checkBundledReference,
  checkReference,
  PRODUCTION_TOLERANCE,
} from '../../src/pipeline/check-reference';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const copy = (): Json => structuredClone(raw) as Json;
const mineral = (ref: Json, id: string): Json => ref.minerals.find((m: Json) => m.id === id);
const errors = (ref: unknown) => checkReference(ref).filter((r) => r.level === 'error');

describe('parseReference(json)', () => {
  it('accepts the bundled reference file', () => {
    expect(referenceIssues(raw)).toEqual([]);
    expect(parseReference(raw).minerals.length).toBeGreaterThan(0);
  });

  it('fails loudly, naming the file and the field, when a unit is missing', () => {
    const ref = copy();
    delete ref.minerals[2].unit;
    expect(() => parseReference(ref)).toThrow(REFERENCE_FILE);
    expect(() => parseReference(ref)).toThrow('minerals.2.unit');
  });

  it('rejects a year that is neither "YYYY" nor "YYYYe"', () => {
    const ref = copy();
    ref.minerals[0].year = '2025 est.';
    expect(referenceIssues(ref).join(' ')).toContain('minerals.0.year');
  });

  it('rejects a figure whose source key points nowhere', () => {
    const ref = copy();
    ref.minerals[1].source = 'nowhere';
    expect(referenceIssues(ref).join(' ')).toContain('minerals.1.source');
  });
});

describe('checkReference(ref)', () => {
  it('finds no error in the bundled file', () => {
    expect(errors(raw)).toEqual([]);
    expect(checkBundledReference().filter((r) => r.level === 'error')).toEqual([]);
  });

  it('keeps every mineral within the tolerance of its world total', () => {
    for (const m of (raw as Json).minerals as Json[]) {
      const rows = Object.values(m.production as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(Math.abs(rows / m.world_production - 1)).toBeLessThanOrEqual(PRODUCTION_TOLERANCE);
    }
  });

  it('catches a tampered country row and names the mineral', () => {
    const ref = copy();
    mineral(ref, 'lithium').production.AU = 192000;
    const found = errors(ref);
    expect(found).toHaveLength(1);
    expect(found[0]!.reason).toMatch(/^lithium: production rows add up/);
    expect(found[0]!.file).toBe(REFERENCE_FILE);
  });

  it('catches a dropped row as well as an inflated one', () => {
    const ref = copy();
    delete mineral(ref, 'cobalt').production.ID;
    expect(
      errors(ref)
        .map((r) => r.reason)
        .join(' '),
    ).toContain('cobalt');
  });

  it('catches end-use shares that do not add up to about 100%', () => {
    const ref = copy();
    mineral(ref, 'lithium').end_uses.shares.batteries = 58;
    expect(
      errors(ref)
        .map((r) => r.reason)
        .join(' '),
    ).toMatch(/lithium: end-use shares add up to \d+%/);
  });

  it('reports schema problems (a figure without its year) as errors naming the field', () => {
    const ref = copy();
    delete mineral(ref, 'uranium').year;
    const found = errors(ref);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.reason).toContain('year');
  });

  it('flags an impossible calendar date in the export-control timeline', () => {
    const ref = copy();
    ref.export_controls[0].date = '2025-02-30';
    expect(
      errors(ref)
        .map((r) => r.reason)
        .join(' '),
    ).toContain('not a calendar date');
  });
});
