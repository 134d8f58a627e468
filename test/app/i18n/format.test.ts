import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/app/i18n/format';

describe('formatNumber(value, locale)', () => {
  it('writes English whole numbers exactly as Intl does for en-GB', () => {
    const intl = new Intl.NumberFormat('en-GB');
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(formatNumber(n, 'en')).toBe(intl.format(n));
      }),
      { numRuns: 500, seed: 3 },
    );
    for (const n of [0, 7, 999, 1000, -1000, 1234567, 20000])
      expect(formatNumber(n, 'en')).toBe(intl.format(n));
  });

  it('uses the language’s own digits, and the options, through Intl', () => {
    expect(formatNumber(1234, 'bn')).toBe(new Intl.NumberFormat('bn-BD').format(1234));
    expect(formatNumber(12.345, 'en', { maximumFractionDigits: 1 })).toBe('12.3');
    expect(formatNumber(12.345, 'en')).toBe(new Intl.NumberFormat('en-GB').format(12.345));
  });
});
