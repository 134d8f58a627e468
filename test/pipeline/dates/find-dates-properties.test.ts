import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/shared/vocab';
import { findDates } from '../../../src/pipeline/dates/find-dates';
import type { Tense } from '../../../src/pipeline/dates/tense';

const DAY_MS = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayMs = (value: string): number => Date.parse(`${value}T00:00:00Z`);

/** A publication date between 2000 and 2040, as "YYYY-MM-DD". */
const published = fc.integer({ min: 10_957, max: 25_567 }).map((d) => iso(d * DAY_MS));
const tense = fc.constantFrom<Tense>('past', 'future', null);
const lang = fc.constantFrom<Language>('bn', 'hi', 'en');

const WEEKDAYS: [Language, string][] = [
  ['bn', 'বৃহস্পতিবার'],
  ['bn', 'শনিবারে'],
  ['bn', 'রবিবার'],
  ['hi', 'बुधवार को'],
  ['hi', 'गुरुवार को'],
  ['hi', 'शनिवार को'],
  ['en', 'on Thursday'],
  ['en', 'on Monday'],
];
const MONTHS = ['ফেব্রুয়ারি', 'জুলাই', 'फरवरी', 'सितंबर', 'February', 'Oct.', 'December'];
const toBengali = (s: string): string => s.replace(/\d/g, (c) => String.fromCharCode(0x09e6 + Number(c)));

/** Sentences mixing date expressions with filler, in random digit systems. */
const sentence = fc
  .tuple(
    fc.integer({ min: 0, max: 40 }),
    fc.constantFrom(...MONTHS),
    fc.integer({ min: 1990, max: 2040 }),
    fc.constantFrom('', ' আগামী সপ্তাহে', ' अगले महीने', ' later this year', ' কাল', ' in spring'),
    fc.boolean(),
  )
  .map(([d, m, y, rel, bengali]) => {
    const text = `${d} ${m} ${y} and ${m} ${d} meeting${rel}, ${d}% of ${y * 3}`;
    return bengali ? toBengali(text) : text;
  });

describe('findDates(sentence, lang, published, tense) properties', () => {
  it('returns real calendar dates whose text is the sentence slice', () => {
    fc.assert(
      fc.property(sentence, lang, published, tense, (s, l, p, t) => {
        for (const d of findDates(s, l, p, t)) {
          expect(s.slice(d.start, d.end)).toBe(d.text);
          expect(d.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          const full =
            d.value.length === 4 ? `${d.value}-01-01` : d.value.length === 7 ? `${d.value}-01` : d.value;
          expect(iso(dayMs(full))).toBe(full);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('puts a past-tense weekday within the week up to publication and a future one after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WEEKDAYS),
        published,
        fc.constantFrom<Tense>('past', 'future'),
        ([l, w], p, t) => {
          const [d] = findDates(`${w} বৈঠক meeting बैठक`, l, p, t);
          expect(d?.precision).toBe('day');
          const diff = (dayMs(d?.value ?? '') - dayMs(p)) / DAY_MS;
          if (t === 'past') expect(diff > -7 && diff <= 0).toBe(true);
          else expect(diff > 0 && diff <= 7).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds no date in numbers that are not dates', () => {
    const noDate = fc.oneof(
      fc.integer({ min: 0, max: 99 }).map((n) => `${n} countries`),
      fc.integer({ min: 1000, max: 9999 }).map((n) => `$${n}`),
      fc.integer({ min: 1000, max: 9999 }).map((n) => `${n}%`),
      fc.integer({ min: 1000, max: 9999 }).map((n) => toBengali(`${n} শতাংশ`)),
      fc.integer({ min: 1000, max: 9999 }).map((n) => `${n} करोड़`),
      fc.integer({ min: 1000, max: 999_999 }).map((n) => n.toLocaleString('en-US')),
      fc.integer({ min: 10_000, max: 9_999_999 }).map(String),
      fc.double({ min: 0, max: 9999, noNaN: true }).map((n) => n.toFixed(2)),
    );
    fc.assert(
      fc.property(noDate, lang, published, tense, (s, l, p, t) => {
        expect(findDates(`about ${s} in total`, l, p, t)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
