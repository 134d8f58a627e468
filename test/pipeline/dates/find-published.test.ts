import { describe, expect, it } from 'vitest';
import { findPublished } from '../../../src/pipeline/dates/published';

describe('findPublished(text)', () => {
  it.each<[string, string, string]>([
    [
      'an English "Published :" line with a short month',
      'Title\n\nPublished : Jan 29, 2026, 07:03 AM IST\n\nBody',
      '2026-01-29',
    ],
    [
      '"Published : February 5, 2026 at 8:56 AM IST"',
      'By ANI\nPublished : February 5, 2026 at 8:56 AM IST\nवॉशिंगटन:',
      '2026-02-05',
    ],
    [
      'a Bengali date line with time before আপডেট',
      'শিরোনাম\n১০ জুলাই ২০২৫, ১৯:০৭আপডেট : ১০ জুলাই ২০২৫, ১৯:০৭\n\nখবর',
      '2025-07-10',
    ],
    [
      '"প্রকাশিত: ২২ জানুয়ারি ২০২৫, ০৮:১০"',
      'শিরোনাম\n\nপ্রকাশিত: ২২ জানুয়ারি ২০২৫, ০৮:১০\n\nওয়াশিংটন:',
      '2025-01-22',
    ],
    ['"प्रकाशित: 26 जनवरी 2025"', 'शीर्षक\n\nप्रकाशित: 26 जनवरी 2025\n\nनई दिल्ली:', '2025-01-26'],
    [
      '"अपडेटेड: 14 फ़रवरी 2025, 09:45 AM IST" after a dateline',
      'नई दिल्ली/वॉशिंगटन | अपडेटेड: 14 फ़रवरी 2025, 09:45 AM IST',
      '2025-02-14',
    ],
    ['"Posted May 1, 2025"', 'Headline\nPosted May 1, 2025\nText', '2025-05-01'],
    ['Anandabazar\'s month spelling "অগস্ট"', 'শিরোনাম\nশেষ আপডেট: ১২ অগস্ট ২০২৪ ০৯:১০\nখবর', '2024-08-12'],
    [
      'a two-digit year after a label, the header a day later',
      'ঢাকা বৃহস্পতিবার, ৬ মার্চ ২০২৫\nশিরোনাম\nপ্রকাশ: ০৫ মার্চ ২৫ । ২১:১৫\nখবর',
      '2025-03-05',
    ],
    ['a time before the date, in Bengali', 'শিরোনাম\nআপডেট: ০৯:০৫ পিএম, ১৭ মে ২০২৪\nখবর', '2024-05-17'],
    ['"Publish :" (Dhaka Tribune)', 'Headline\nPublish : 3 Feb 2024, 10:01 AM\nText', '2024-02-03'],
    [
      'a Bhasha dateline with the day as a word and no year, against the header',
      'सोमवार, 10 मार्च 2025\nशीर्षक\nमुंबई, सात मार्च (भाषा) केंद्रीय मंत्री ने कहा',
      '2025-03-07',
    ],
    [
      'an AP dateline without a year, against an "Updated" line',
      'Headline\nNAIROBI, Kenya, Jan. 9 (AP) — Officials said\nUpdated 11:02 AM, January 10, 2025',
      '2025-01-09',
    ],
    ['"Updated: 3 March 2025 10:00 IST"', 'Headline\nUpdated: 3 March 2025 10:00 IST\nText', '2025-03-03'],
    [
      'a byline with "| Published:"',
      'Headline\n\nBy Staff Reporter | Published: 24 July 2025, 18:30 CST\n\nBEIJING —',
      '2025-07-24',
    ],
    [
      'a scraper\'s " date" prefix',
      ' date 2026-02-05 जयशंकर ने चर्चा की\nPublished : February 4, 2026',
      '2026-02-05',
    ],
    [
      'the first Published over a later Updated',
      'Updated: 3 March 2025\nPublished: 1 March 2025',
      '2025-03-01',
    ],
    ['a Published date with Devanagari digits', 'प्रकाशित: २६ जनवरी २०२५', '2025-01-26'],
    ['a weekday between label and date', 'প্রকাশ : বৃহস্পতিবার, ২২ জানুয়ারি ২০২৫, ০৮:১০', '2025-01-22'],
    [
      '"Publish Date: Wed, 05 Feb 2026 09:14 AM (IST)"',
      'Publish Date: Wed, 05 Feb 2026 09:14 AM (IST)',
      '2026-02-05',
    ],
    [
      '"Updated on: Feb 05, 2026 09:14 PM IST"',
      'Story\nUpdated on: Feb 05, 2026 09:14 PM IST\n',
      '2026-02-05',
    ],
    ['a label after a time with no space', '১০ জুলাই ২০২৫-এর খবর\n১৯:০৭আপডেট : ১১ জুলাই ২০২৫', '2025-07-11'],
  ])("reads %s as the article's date", (_name, text, date) => {
    const found = findPublished(text);
    expect(found).toMatchObject({ date, from: 'article' });
    expect(found.end).toBeGreaterThan(found.start);
  });

  it("prefers the article's own date line to the site's weekday header", () => {
    const text = 'X\nশুক্রবার, ১১ জুলাই ২০২৫\n২৬ আষাঢ় ১৪৩২\n\nশিরোনাম\n\n১০ জুলাই ২০২৫, ১৯:০৭\n';
    expect(findPublished(text)).toMatchObject({ date: '2025-07-10', from: 'article' });
  });

  it('falls back to the weekday header when the page has no date of its own, ignoring an empty Date: label', () => {
    const text = 'Sunday, November 2, 2025\n\nশিরোনাম\n\nDate:\n\nShare post:\n\nশুক্রবার ২ নভেম্বর বৈঠক হয়';
    const found = findPublished(text);
    expect(found).toMatchObject({ date: '2025-11-02', from: 'header' });
    expect(text.slice(found.start, found.end)).toBe('November 2, 2025');
  });

  it('reads a news dateline that opens the story', () => {
    const text =
      'Headline\n\nNEW DELHI, Feb 5, 2026 (PTI): The minister met his counterpart on 4 February 2026.';
    expect(findPublished(text)).toMatchObject({ date: '2026-02-05', from: 'article' });
  });

  it('reads a header that names a city before the weekday as the header', () => {
    expect(findPublished('ঢাকা, বৃহস্পতিবার, ২২ জানুয়ারি ২০২৫\n\nশিরোনাম\n')).toMatchObject({
      date: '2025-01-22',
      from: 'header',
    });
  });

  it('gives the span of the date in the whole text', () => {
    const text = 'Title\n\nপ্রকাশিত: ২২ জানুয়ারি ২০২৫, ০৮:১০';
    const found = findPublished(text);
    expect(text.slice(found.start, found.end)).toBe('২২ জানুয়ারি ২০২৫');
  });

  it('ignores dates inside the story', () => {
    expect(findPublished('Title\n\nThe talks on 4 February 2026 ended early.\n')).toEqual({
      date: null,
      from: 'none',
      start: -1,
      end: -1,
    });
  });
});

describe('findPublished(text): more date lines as sites print them', () => {
  it.each<[string, string, string]>([
    [
      'a numeric date with a two-digit year after a label',
      'शीर्षक\nरबात | Updated: 23/09/25 21:10\nखबर',
      '2025-09-23',
    ],
    [
      '"Last update on:" with a weekday (Daily Star)',
      'Headline\nLast update on: Fri Aug 1, 2025 02:14 AM\nText',
      '2025-08-01',
    ],
    [
      'a time and a US zone before the date (AP)',
      'Headline\nUpdated 5:47 PM EDT, June 27, 2025\nText',
      '2025-06-27',
    ],
  ])('reads %s', (_, text, date) => {
    expect(findPublished(text).date).toBe(date);
  });
});
