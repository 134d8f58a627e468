import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/shared/vocab';
import { findDates } from '../../../src/pipeline/dates/find-dates';
import type { Tense } from '../../../src/pipeline/dates/tense';

/** The mentions as "text=value/precision", the shape most cases compare. */
function read(sentence: string, lang: Language, published: string | null, tense: Tense): string[] {
  return findDates(sentence, lang, published, tense).map((d) => `${d.text}=${d.value}/${d.precision}`);
}

describe('findDates(sentence, lang, published, tense) with explicit dates', () => {
  it.each<[string, string, Language, string | null, Tense, string[]]>([
    [
      'a Bengali day-month in future tense as the next one',
      '৪ ফেব্রুয়ারি বৈঠক হবে',
      'bn',
      '2026-01-29',
      'future',
      ['৪ ফেব্রুয়ারি=2026-02-04/day'],
    ],
    [
      'a Bengali day-month-year',
      'বৈঠক হয় ১০ জুলাই ২০২৫',
      'bn',
      '2026-01-29',
      'past',
      ['১০ জুলাই ২০২৫=2025-07-10/day'],
    ],
    ['the ঈ spelling of জানুয়ারী', '৯ জানুয়ারী', 'bn', '2026-01-29', 'past', ['৯ জানুয়ারী=2026-01-09/day']],
    [
      'a Bengali ordinal day (৪ঠা)',
      '৪ঠা জুলাই ২০২৪ তারিখে',
      'bn',
      null,
      null,
      ['৪ঠা জুলাই ২০২৪=2024-07-04/day'],
    ],
    ['a Hindi date with Latin digits', '4 फरवरी 2026 को', 'hi', null, null, ['4 फरवरी 2026=2026-02-04/day']],
    [
      'a Hindi date with Devanagari digits',
      '४ फ़रवरी २०२६ को',
      'hi',
      null,
      null,
      ['४ फ़रवरी २०२६=2026-02-04/day'],
    ],
    [
      'सितम्बर and सितंबर alike',
      '5 सितम्बर 2025 और 6 सितंबर 2025',
      'hi',
      null,
      null,
      ['5 सितम्बर 2025=2025-09-05/day', '6 सितंबर 2025=2025-09-06/day'],
    ],
    [
      'an English month-day-year',
      'on February 4, 2026,',
      'en',
      null,
      null,
      ['February 4, 2026=2026-02-04/day'],
    ],
    [
      'an English day-month without a year in past tense',
      'They met on 4 February.',
      'en',
      '2026-03-10',
      'past',
      ['4 February=2026-02-04/day'],
    ],
    [
      'an abbreviated month with a full stop',
      'talks on Feb. 4',
      'en',
      '2026-01-29',
      'future',
      ['Feb. 4=2026-02-04/day'],
    ],
    ['an ISO date', 'dated 2026-02-04 in the file', 'en', null, null, ['2026-02-04=2026-02-04/day']],
    ['a day-month-year in digits', 'signed on 05/02/2026', 'en', null, null, ['05/02/2026=2026-02-05/day']],
    ['a Bengali month and year', 'ফেব্রুয়ারি ২০২৬-এ', 'bn', null, null, ['ফেব্রুয়ারি ২০২৬=2026-02/month']],
    ['an English month and year', 'since March 2025', 'en', null, null, ['March 2025=2025-03/month']],
    ['a Hindi month and year', 'मार्च 2025 में', 'hi', null, null, ['मार्च 2025=2025-03/month']],
    [
      'a Bengali year before the day',
      '২০২৪ সালের ৫ আগস্ট',
      'bn',
      null,
      null,
      ['২০২৪ সালের ৫ আগস্ট=2024-08-05/day'],
    ],
    ['a Hindi year before the day', '2024 के 5 अगस्त को', 'hi', null, null, ['2024 के 5 अगस्त=2024-08-05/day']],
    [
      'a Bengali year before the month',
      '২০২৪ সালের আগস্টে',
      'bn',
      null,
      null,
      ['২০২৪ সালের আগস্টে=2024-08/month'],
    ],
    [
      'গত বছরের with a day-month',
      'গত বছরের ১০ জুলাই',
      'bn',
      '2026-01-10',
      'past',
      ['গত বছরের ১০ জুলাই=2025-07-10/day'],
    ],
    [
      'এ বছরের with a month',
      'এ বছরের ফেব্রুয়ারিতে',
      'bn',
      '2026-01-10',
      'past',
      ['এ বছরের ফেব্রুয়ারিতে=2026-02/month'],
    ],
    [
      'a month with "last year" after it',
      'in February last year',
      'en',
      '2026-01-10',
      'past',
      ['February last year=2025-02/month'],
    ],
  ])('reads %s', (_name, sentence, lang, published, tense, expected) => {
    expect(read(sentence, lang, published, tense)).toEqual(expected);
  });

  it.each<[string, string, Language, Tense, string]>([
    [
      'ফেব্রুয়ারিতে in past tense as the February before publication',
      'ফেব্রুয়ারিতে বৈঠক হয়েছিল',
      'bn',
      'past',
      '2025-02',
    ],
    ['ফেব্রুয়ারিতে in future tense as the next February', 'ফেব্রুয়ারিতে বৈঠক হবে', 'bn', 'future', '2026-02'],
    ['फरवरी में in past tense', 'फरवरी में बैठक हुई थी', 'hi', 'past', '2025-02'],
    ['in February in future tense', 'They will meet in February.', 'en', 'future', '2026-02'],
    ['in July in past tense as this July', 'They met in July.', 'en', 'past', '2025-07'],
  ])('resolves a lone month: %s', (_name, sentence, lang, tense, value) => {
    const [d] = findDates(sentence, lang, '2025-11-07', tense);
    expect(d).toMatchObject({ value, precision: 'month', relative: true });
  });

  it.each<[string, string, Language, string]>([
    ['2030 तक', '2030 तक व्यापार दोगुना', 'hi', '2030'],
    ['in 2025', 'Exports fell in 2025.', 'en', '2025'],
    ['২০২৫ সালে with Bengali digits', '২০২৫ সালে চুক্তি হয়', 'bn', '2025'],
    ['२०२५ with Devanagari digits', 'वर्ष २०२५ में', 'hi', '2025'],
  ])('reads the year alone in %s with precision year', (_name, sentence, lang, value) => {
    expect(findDates(sentence, lang, '2026-01-01', null)).toMatchObject([
      { value, precision: 'year', relative: false },
    ]);
  });

  it.each<[string, string, Language]>([
    ['a percentage range', '২০ থেকে ৫০ শতাংশ বাড়বে', 'bn'],
    ['a count before से ज्यादा', '50 से ज्यादा देश', 'hi'],
    ['a dollar sum', 'a $500 deal and $2025 fee', 'en'],
    ['a year-sized percentage', 'up 2025% on the year', 'en'],
    ['a year-sized sum in crore', '2025 करोड़ रुपये का निवेश', 'hi'],
    ['31 February', 'on 31 February', 'en'],
    ['30 ফেব্রুয়ারি', '৩০ ফেব্রুয়ারি বৈঠক', 'bn'],
    ['31 April with a year', '31 April 2025', 'en'],
    ['a two-digit year', "in '25 and on 4/2/25", 'en'],
    ['the verb may', 'They may sign the deal.', 'en'],
    ['মেয়ে (girl), which opens with মে', '৩ মেয়ে ও তার মেয়ের সঙ্গে', 'bn'],
    ['मार्च as a protest march', 'किसानों ने दिल्ली तक मार्च निकाला', 'hi'],
    ['লং মার্চ', 'লং মার্চ কর্মসূচি ঘোষণা', 'bn'],
  ])('finds no date in %s', (_name, sentence, lang) => {
    expect(findDates(sentence, lang, '2025-06-15', 'future')).toEqual([]);
  });

  it('prefers the day range "10-12 मार्च" to the month phrase "मार्च के बीच" overlapping it', () => {
    expect(read('दोनों नेता 10-12 मार्च के बीच मिलेंगे', 'hi', '2025-02-14', 'future')).toEqual([
      '10-12 मार्च=2025-03-10/day',
    ]);
  });

  it('takes the nearest year when the tense would put a day-month more than 300 days away', () => {
    expect(read('They agreed to meet after talks on Jan 21.', 'en', '2025-02-14', 'future')).toEqual([
      'Jan 21=2025-01-21/day',
    ]);
  });

  it('keeps the tense when a modifier says which way (আগামী ১৫ আগস্ট)', () => {
    expect(read('আগামী ১৫ আগস্ট ভাষণ দেবেন', 'bn', '2025-02-14', 'future')).toEqual([
      'আগামী ১৫ আগস্ট=2025-08-15/day',
    ]);
  });

  it('drops a weekday that only labels the full date next to it', () => {
    expect(read('Thursday, February 4, 2026', 'en', '2026-02-05', 'past')).toEqual([
      'February 4, 2026=2026-02-04/day',
    ]);
  });

  it('returns only dates with their own year when there is no publication date', () => {
    expect(read('৪ ফেব্রুয়ারি ও ১০ জুলাই ২০২৫, বৃহস্পতিবার', 'bn', null, 'past')).toEqual([
      '১০ জুলাই ২০২৫=2025-07-10/day',
    ]);
  });
});

describe('findDates with a day written as a word', () => {
  it('reads पांच जुलाई as 5 July, as Hindi agency copy writes days below ten', () => {
    const found = findDates('पांच जुलाई को दोनों नेताओं ने मुलाकात की।', 'hi', '2025-07-06', 'past');
    expect(found.map((d) => [d.text, d.value])).toEqual([['पांच जुलाई', '2025-07-05']]);
  });

  it('does not read an English article as a day ("a March rally")', () => {
    expect(
      findDates('a March rally was held', 'en', '2025-07-06', 'past').map((d) => d.precision),
    ).not.toContain('day');
  });
});
