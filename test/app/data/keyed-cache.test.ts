import { describe, expect, it } from 'vitest';
import { KeyedCache } from '../../../src/app/data/keyed-cache';

describe('KeyedCache', () => {
  it('makes a value once per object and key, and again for another object or key', () => {
    const cache = new KeyedCache<object, number[]>();
    let made = 0;
    const make = () => [++made];
    const [a, b] = [{}, {}];
    const first = cache.get(a, 'k', make);
    expect(cache.get(a, 'k', make)).toBe(first);
    expect(cache.get(a, 'other', make)).not.toBe(first);
    expect(cache.get(b, 'k', make)).not.toBe(first);
    expect(made).toBe(3);
  });

  it('keeps at most perObject keys per object, dropping the oldest', () => {
    const cache = new KeyedCache<object, string>(2);
    const o = {};
    let made = 0;
    for (const key of ['1', '2', '3']) cache.get(o, key, () => `${key}:${++made}`);
    expect(cache.get(o, '3', () => 'new')).toBe('3:3');
    expect(cache.get(o, '1', () => 'again')).toBe('again');
  });
});
