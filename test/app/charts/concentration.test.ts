import { describe, expect, it } from 'vitest';
import { concentration, hhi, hhiBand } from '../../../src/app/charts/concentration';
import { REFERENCE } from '../../../src/shared/reference/reference';

describe('hhi(shares)', () => {
  it('gives 5000 for two equal halves', () => {
    expect(hhi([50, 50])).toBe(5000);
  });
  it('gives 10000 for a monopoly', () => {
    expect(hhi([100])).toBe(10000);
  });
  it('gives 2000 for five equal fifths', () => {
    expect(hhi([20, 20, 20, 20, 20])).toBe(2000);
  });
});

describe('hhiBand(hhi)', () => {
  it('labels the usual bands at 1,500 and 2,500', () => {
    expect(hhiBand(1499)).toBe('unconcentrated');
    expect(hhiBand(1500)).toBe('moderate');
    expect(hhiBand(2500)).toBe('moderate');
    expect(hhiBand(2501)).toBe('high');
  });
});

describe('concentration(values, world)', () => {
  it('computes shares of the world total, not of the listed rows', () => {
    const c = concentration({ AA: 50, BB: 25 }, 100)!;
    expect(c.top).toBe('AA');
    expect(c.topShare).toBe(50);
    expect(c.hhi).toBe(50 * 50 + 25 * 25);
    expect(c.band).toBe('high');
  });

  it('leaves the "other" row out of the squares', () => {
    const c = concentration({ AA: 30, other: 70 }, 100)!;
    expect(c.hhi).toBe(900);
    expect(c.shares.map((s) => s.code)).toEqual(['AA']);
  });

  it('never gives a share above 100% when rounded rows exceed the world', () => {
    const c = concentration({ CN: 900, RU: 6, JP: 3 }, 900)!;
    expect(c.topShare).toBeLessThanOrEqual(100);
    expect(c.hhi).toBeLessThanOrEqual(10000);
  });

  it('returns null without producers', () => {
    expect(concentration({}, 100)).toBeNull();
    expect(concentration({ other: 5 }, 100)).toBeNull();
  });

  it('finds rare-earth mining highly concentrated in China in the reference figures', () => {
    const re = REFERENCE.minerals.find((m) => m.id === 'rare-earths')!;
    const c = concentration(re.production, re.world_production)!;
    expect(c.top).toBe('CN');
    expect(c.topShare).toBeCloseTo((re.production.CN! / re.world_production) * 100, 6);
    expect(c.band).toBe('high');
  });
});
