import { describe, expect, it } from 'vitest';
import {
  auditPeople,
  heldIn,
  officesOf,
  readSourcePeople,
} from '../../../../src/pipeline/gazetteer/build/audit-people';
import type { SourcePerson } from '../../../../src/pipeline/gazetteer/build/people-derive';

const person = (en: string, c: string, r: SourcePerson['r']): SourcePerson => ({
  en,
  c,
  bn: ['ক'],
  hi: ['क'],
  r,
});

describe('officesOf(title, holder)', () => {
  it('reads each part of a combined title', () => {
    expect(officesOf('Prime Minister and Minister of Foreign Affairs', 'QA').sort()).toEqual([
      'foreign',
      'head of government',
    ]);
    expect(officesOf('Deputy Prime Minister and Minister of Finance', 'XX')).toEqual(['finance']);
  });

  it('counts a president as head of government only where the presidency governs', () => {
    expect(officesOf('President', 'US').sort()).toEqual(['head of government', 'head of state']);
    expect(officesOf('President', 'DE')).toEqual(['head of state']);
    expect(officesOf('President', 'IR')).toEqual(['head of government']);
  });

  it('does not count deputies, spokespeople or civil servants as the minister', () => {
    expect(officesOf('Deputy Foreign Minister', 'XX')).toEqual([]);
    expect(officesOf('Foreign Ministry Spokesperson', 'XX')).toEqual([]);
    expect(officesOf('Foreign Secretary', 'IN')).toEqual([]);
    expect(officesOf('Foreign Secretary', 'GB')).toEqual(['foreign']);
    expect(officesOf('Chancellor of the Exchequer', 'GB')).toEqual(['finance']);
  });
});

describe('heldIn(from, to, year)', () => {
  it('overlaps a year from its dates, and proves nothing without a start', () => {
    expect(heldIn('2024-07-05', null, 2026)).toBe(true);
    expect(heldIn('2019-01-01', '2024-02-01', 2024)).toBe(true);
    expect(heldIn('2019-01-01', '2024-02-01', 2025)).toBe(false);
    expect(heldIn(null, null, 2025)).toBe(false);
  });
});

describe('auditPeople(people)', () => {
  it('lists the office-years with no holder for a required country', () => {
    const { gaps } = auditPeople([
      person('Ana Lima', 'ES', [['Prime Minister', '2018-06-02', null]]),
      person('Bruno Paz', 'ES', [['Minister of Foreign Affairs', '2021-07-12', '2025-03-01']]),
    ]);
    const es = gaps.filter((g) => g.who === 'ES');
    expect(es.some((g) => g.office === 'head of government')).toBe(false);
    expect(es.filter((g) => g.office === 'foreign').map((g) => g.year)).toEqual([2026]);
    expect(es.filter((g) => g.office === 'head of state')).toHaveLength(3);
  });

  it('takes the British monarch as head of state of a realm', () => {
    const { gaps } = auditPeople([person('King Charles III', 'GB', [['King', '2022-09-08', null]])]);
    expect(gaps.some((g) => g.who === 'CA' && g.office === 'head of state')).toBe(false);
  });
});

describe('the curated people sources', () => {
  const { gaps } = auditPeople(
    readSourcePeople(new URL('../../../../src/pipeline/gazetteer/build/people', import.meta.url).pathname),
  );

  it('cover all six offices of every G20 member in 2024 and 2025, and every organisation chief', () => {
    const g20 = new Set('AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US'.split(' '));
    expect(gaps.filter((g) => g.who.length > 2 || (g20.has(g.who) && g.year < 2026))).toEqual([]);
  });

  it('leave fewer than 200 office-years open across the required countries', () => {
    expect(gaps.length).toBeLessThan(200);
  });
});
