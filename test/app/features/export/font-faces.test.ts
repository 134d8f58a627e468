import { describe, expect, it } from 'vitest';
import type { FaceRule } from '../../../../src/app/features/export/font-faces';
import {
  facesFor,
  familyList,
  nearestWeight,
  parseUnicodeRange,
} from '../../../../src/app/features/export/font-faces';

// The unicode-ranges @fontsource gives these subsets (abridged).
const LATIN = 'U+0000-00FF, U+0131, U+2000-206F, U+2190-2199';
const DEVANAGARI = 'U+0900-097F, U+1CD0-1CF9, U+200C-200D, U+20A8, U+20B9';
const BENGALI = 'U+0951-0952, U+0964-0965, U+0980-09FE, U+1CD0, U+200C-200D, U+25CC';
const face = (family: string, subset: string, weight: number, range: string): FaceRule => ({
  family,
  weight,
  style: 'normal',
  ranges: parseUnicodeRange(range),
  unicodeRange: range,
  url: `https://site/${family.replace(/ /g, '-')}-${subset}-${weight}.woff2`,
});
const FACES = [
  face('Noto Sans', 'latin', 400, LATIN),
  face('Noto Sans', 'latin', 600, LATIN),
  face('Noto Sans', 'devanagari', 400, DEVANAGARI),
  face('Noto Sans', 'devanagari', 600, DEVANAGARI),
  face('Noto Sans Bengali', 'bengali', 400, BENGALI),
  face('Noto Sans Bengali', 'bengali', 600, BENGALI),
];
const FAMILIES = familyList(
  "'Noto Sans', 'Noto Sans Bengali', \"Noto Sans Devanagari\", system-ui, sans-serif",
);
const subsets = (text: Map<number, string>) =>
  facesFor(text, FAMILIES, FACES).map((f) => f.url.replace('https://site/', ''));

describe('parseUnicodeRange(value)', () => {
  it('reads single code points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0131, U+0900-097F, U+25??')).toEqual([
      [0x131, 0x131],
      [0x900, 0x97f],
      [0x2500, 0x25ff],
    ]);
    expect(parseUnicodeRange('')).toEqual([[0, 0x10ffff]]);
  });
});

describe('facesFor(textByWeight, families, faces)', () => {
  it('keeps the Bengali subset for Bengali text, and Latin for the Latin in it, at the weights used', () => {
    const text = new Map([
      [400, 'মানচিত্র: ন্যাচারাল আর্থ (world-atlas)'],
      [600, 'বৈঠকের বিশ্ব মানচিত্র'],
    ]);
    expect(subsets(text)).toEqual([
      'Noto-Sans-latin-400.woff2',
      'Noto-Sans-Bengali-bengali-400.woff2',
      'Noto-Sans-Bengali-bengali-600.woff2',
    ]);
  });

  it('takes the first family covering a character, as the browser does (Noto Sans has Devanagari)', () => {
    expect(subsets(new Map([[400, 'बैठकों का विश्व मानचित्र']]))).toEqual(['Noto-Sans-devanagari-400.woff2']);
    // The danda (।) is in both ranges; Noto Sans comes first in the list.
    expect(subsets(new Map([[400, 'বৈঠক।']]))).toEqual([
      'Noto-Sans-devanagari-400.woff2',
      'Noto-Sans-Bengali-bengali-400.woff2',
    ]);
  });

  it('adds nothing for spaces, and matches a bold 700 to the 600 face', () => {
    expect(subsets(new Map([[400, '   ']]))).toEqual([]);
    expect(subsets(new Map([[700, 'Lithium']]))).toEqual(['Noto-Sans-latin-600.woff2']);
  });
});

describe('nearestWeight(wanted, available)', () => {
  it('goes heavier above 500 and lighter below, as CSS font matching does', () => {
    expect(nearestWeight(700, [400, 600])).toBe(600);
    expect(nearestWeight(500, [400, 600])).toBe(400);
    expect(nearestWeight(300, [400, 600])).toBe(400);
    expect(nearestWeight(600, [400, 600])).toBe(600);
  });
});
