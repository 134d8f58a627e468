import { describe, expect, it } from 'vitest';
import { csvField, guardFormula, toCsv } from '../../../../src/app/features/export/csv';
import { exportFileName, filtersSummary } from '../../../../src/app/features/export/file-name';
import { EMPTY_FILTERS } from '../../../../src/app/state/store';

describe('toCsv(columns, rows, citation)', () => {
  it('starts with a BOM, ends lines in CRLF and puts the citation in a last column on every row', () => {
    const csv = toCsv(
      ['id', 'n'],
      [
        { id: 'a', n: 1 },
        { id: 'b', n: null },
      ],
      'Diplomap, “Map”',
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'id,n,citation',
      'a,1,"Diplomap, “Map”"',
      'b,,"Diplomap, “Map”"',
      '',
    ]);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180), and keeps Bengali as is', () => {
    expect(csvField('ঢাকা, বাংলাদেশ')).toBe('"ঢাকা, বাংলাদেশ"');
    expect(csvField('he said "yes"')).toBe('"he said ""yes"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('মোদী')).toBe('মোদী');
    expect(csvField(true)).toBe('true');
  });

  it('defuses text a spreadsheet would run as a formula, but keeps negative numbers', () => {
    for (const evil of ['=HYPERLINK("x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd'])
      expect(guardFormula(evil)).toBe(`'${evil}`);
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField(-12.5)).toBe('-12.5');
    expect(guardFormula('India – Japan')).toBe('India – Japan');
  });
});

describe('exportFileName(parts)', () => {
  const day = '2026-02-05';

  it('names view, chart, filters and day, ASCII only', () => {
    const filters = {
      ...EMPTY_FILTERS,
      countries: ['IN', 'US'],
      statuses: ['held' as const],
      from: '2025-01',
    };
    expect(exportFileName({ view: 'relations', chart: 'network', filters, date: day, ext: 'svg' })).toBe(
      'diplomap-relations-network-IN-US-held-from2025-01-2026-02-05.svg',
    );
    expect(
      exportFileName({
        view: 'map',
        chart: 'map',
        filters: EMPTY_FILTERS,
        date: day,
        ext: 'png',
        suffix: '2x',
      }),
    ).toBe('diplomap-map-2026-02-05-2x.png');
  });

  it('does not repeat what the chart name says, and shortens long filter lists', () => {
    const filters = { ...EMPTY_FILTERS, minerals: ['rare-earths'] };
    expect(
      exportFileName({ view: 'minerals', chart: 'sankey-rare-earths', filters, date: day, ext: 'svg' }),
    ).toBe('diplomap-minerals-sankey-rare-earths-2026-02-05.svg');
    const many = { ...EMPTY_FILTERS, countries: ['IN', 'US', 'JP', 'AU', 'CN'], people: ['person-ঢাকা-1'] };
    expect(filtersSummary(many)).toBe('IN-US-and3more-person1');
    const long = { ...EMPTY_FILTERS, people: ['a'.repeat(30), 'b'.repeat(30)] };
    expect(filtersSummary(long).length).toBeLessThanOrEqual(52);
    expect(filtersSummary(long)).toMatch(/-etc$/);
  });
});
