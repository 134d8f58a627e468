import { describe, expect, it } from 'vitest';
import type { DatePrecision, Language } from '../../../src/shared/vocab';
import { findDates } from '../../../src/pipeline/dates/find-dates';
import type { Tense } from '../../../src/pipeline/dates/tense';

// 2026-01-29 is a Thursday; 2025-02-14 a Friday; 2025-01-22 a Wednesday.
type Row = [string, string, Language, string, Tense, string, DatePrecision];

function only(
  sentence: string,
  lang: Language,
  published: string,
  tense: Tense,
): { value: string; precision: string } {
  const found = findDates(sentence, lang, published, tense);
  expect(found).toHaveLength(1);
  return { value: found[0]?.value ?? '', precision: found[0]?.precision ?? '' };
}

describe('findDates(sentence, lang, published, tense) with weekdays', () => {
  it.each<Row>([
    [
      'বৃহস্পতিবার in past tense on a Thursday as that day',
      'বৃহস্পতিবার বৈঠক হয়',
      'bn',
      '2026-01-29',
      'past',
      '2026-01-29',
      'day',
    ],
    [
      'বৃহস্পতিবার সকালে in past tense',
      'বৃহস্পতিবার সকালে বৈঠক হয়',
      'bn',
      '2026-01-31',
      'past',
      '2026-01-29',
      'day',
    ],
    [
      'বৃহস্পতিবারে in future tense as the next one',
      'বৃহস্পতিবারে বৈঠক হবে',
      'bn',
      '2026-01-29',
      'future',
      '2026-02-05',
      'day',
    ],
    ['গুরুবার as Thursday', 'গুরুবার বৈঠক হয়েছে', 'bn', '2026-02-01', 'past', '2026-01-29', 'day'],
    [
      'मंगलवार after a clause in Bengali',
      'শপথগ্রহণের ঠিক পরের দিন, মঙ্গলবার বৈঠক হল',
      'bn',
      '2025-01-22',
      'past',
      '2025-01-21',
      'day',
    ],
    ['शनिवार को in past tense', 'शनिवार को वार्ता की', 'hi', '2025-01-26', 'past', '2025-01-25', 'day'],
    ['बुधवार को in future tense', 'बुधवार को बैठक होगी', 'hi', '2025-02-14', 'future', '2025-02-19', 'day'],
    ['गुरूवार spelt with ू', 'गुरूवार को मुलाकात हुई', 'hi', '2025-02-14', 'past', '2025-02-13', 'day'],
    ['on Thursday in past tense', 'They met on Thursday.', 'en', '2025-07-24', 'past', '2025-07-24', 'day'],
    [
      'on Thursday with no tense as the past one',
      'Talks on Thursday',
      'en',
      '2025-07-26',
      null,
      '2025-07-24',
      'day',
    ],
    ['last Saturday', 'They met last Saturday.', 'en', '2026-02-05', 'past', '2026-01-31', 'day'],
    ['next Tuesday', 'They meet next Tuesday.', 'en', '2026-02-05', 'future', '2026-02-10', 'day'],
    [
      'last Thursday on a Thursday as the week before',
      'last Thursday',
      'en',
      '2026-01-29',
      'past',
      '2026-01-22',
      'day',
    ],
  ])('resolves %s', (_name, sentence, lang, published, tense, value, precision) => {
    expect(only(sentence, lang, published, tense)).toEqual({ value, precision });
  });
});

describe('findDates(sentence, lang, published, tense) with relative phrases', () => {
  it.each<Row>([
    ['আজ as the publication day', 'আজ বৈঠক হবে', 'bn', '2026-01-29', 'future', '2026-01-29', 'day'],
    ['आज', 'आज मुलाकात हुई', 'hi', '2026-01-29', 'past', '2026-01-29', 'day'],
    ['today', 'They met today.', 'en', '2026-01-29', 'past', '2026-01-29', 'day'],
    ['গতকাল as yesterday', 'গতকাল বৈঠক হয়', 'bn', '2026-01-29', 'past', '2026-01-28', 'day'],
    ['কাল in past tense as yesterday', 'কাল বৈঠক হয়েছে', 'bn', '2026-01-29', 'past', '2026-01-28', 'day'],
    ['কাল in future tense as tomorrow', 'কাল বৈঠক হবে', 'bn', '2026-01-29', 'future', '2026-01-30', 'day'],
    ['कल in past tense as yesterday', 'कल बैठक हुई थी', 'hi', '2026-01-29', 'past', '2026-01-28', 'day'],
    ['कल in future tense as tomorrow', 'कल बैठक होगी', 'hi', '2026-01-29', 'future', '2026-01-30', 'day'],
    ['আগামীকাল', 'আগামীকাল বৈঠক', 'bn', '2026-01-29', null, '2026-01-30', 'day'],
    ['परसों in future tense', 'परसों बैठक होगी', 'hi', '2026-01-29', 'future', '2026-01-31', 'day'],
    ['yesterday', 'They met yesterday.', 'en', '2026-03-01', 'past', '2026-02-28', 'day'],
    [
      'আগামী সপ্তাহে as the Monday of next week',
      'আগামী সপ্তাহে বৈঠক হবে',
      'bn',
      '2026-01-29',
      'future',
      '2026-02-02',
      'week',
    ],
    ['अगले हफ्ते', 'अगले हफ्ते बैठक होगी', 'hi', '2026-01-29', 'future', '2026-02-02', 'week'],
    ['next week', 'talks next week', 'en', '2026-01-29', 'future', '2026-02-02', 'week'],
    ['গত সপ্তাহে', 'গত সপ্তাহে বৈঠক হয়', 'bn', '2026-01-29', 'past', '2026-01-19', 'week'],
    ['last week', 'They met last week.', 'en', '2026-01-29', 'past', '2026-01-19', 'week'],
    ['আগামী মাসে', 'আগামী মাসে সফর করবেন', 'bn', '2025-12-10', 'future', '2026-01', 'month'],
    ['अगले महीने', 'अगले महीने यात्रा होगी', 'hi', '2026-01-29', 'future', '2026-02', 'month'],
    ['next month', 'a visit next month', 'en', '2026-01-29', 'future', '2026-02', 'month'],
    ['last month', 'signed last month', 'en', '2026-01-29', 'past', '2025-12', 'month'],
    [
      'চলতি মাসের ৯ জানুয়ারি as a day of this month',
      'চলতি মাসের ৯ জানুয়ারি বৈঠক হয়',
      'bn',
      '2026-01-29',
      'past',
      '2026-01-09',
      'day',
    ],
    [
      'আগামী মাসের ৪ ফেব্রুয়ারি as the next February 4',
      'আগামী মাসের ৪ ফেব্রুয়ারি বৈঠক',
      'bn',
      '2026-01-29',
      'future',
      '2026-02-04',
      'day',
    ],
    [
      'চলতি মাসের ৯ তারিখে as the 9th of this month',
      'চলতি মাসের ৯ তারিখে বৈঠক হয়',
      'bn',
      '2025-02-14',
      'past',
      '2025-02-09',
      'day',
    ],
    [
      'अगले महीने की 4 तारीख as the 4th of next month',
      'अगले महीने की 4 तारीख को बैठक होगी',
      'hi',
      '2025-02-14',
      'future',
      '2025-03-04',
      'day',
    ],
    [
      'पिछले साल 10 जुलाई as July 10 of last year',
      'पिछले साल 10 जुलाई को बैठक हुई थी',
      'hi',
      '2025-02-14',
      'past',
      '2024-07-10',
      'day',
    ],
    [
      '১লা মে in past tense as last May',
      '১লা মে বৈঠক হয়েছিল',
      'bn',
      '2025-02-14',
      'past',
      '2024-05-01',
      'day',
    ],
    ['गत 9 अक्टूबर', 'गत 9 अक्टूबर को बैठक हुई', 'hi', '2025-02-14', 'past', '2024-10-09', 'day'],
    [
      'গত ৯ অক্টোবর before publication as this year',
      'গত ৯ অক্টোবর থেকে',
      'bn',
      '2026-11-02',
      'past',
      '2026-10-09',
      'day',
    ],
    [
      'গত ৯ অক্টোবর after the publication date as last year',
      'গত ৯ অক্টোবর থেকে',
      'bn',
      '2026-01-29',
      'past',
      '2025-10-09',
      'day',
    ],
    [
      'ফেব্রুয়ারি মাসের শুরুতেই as the first week of February',
      'ফেব্রুয়ারি মাসের শুরুতেই সফরে যাচ্ছেন',
      'bn',
      '2026-01-29',
      'future',
      '2026-02-01',
      'week',
    ],
    ['early February', 'a visit in early February', 'en', '2026-01-29', 'future', '2026-02-01', 'week'],
    [
      'मार्च के पहले हफ्ते as the first week of March',
      'मार्च के पहले हफ्ते में आने वाले हैं',
      'hi',
      '2026-02-05',
      'future',
      '2026-03-01',
      'week',
    ],
    [
      'মাসের শেষ দিকে as this month',
      'মাসের শেষ দিকে বৈঠক হবে',
      'bn',
      '2026-01-05',
      'future',
      '2026-01',
      'month',
    ],
    [
      'চলতি বছরের শেষ দিকে as this year',
      'চলতি বছরের শেষ দিকে সম্মেলন হবে',
      'bn',
      '2025-01-22',
      'future',
      '2025',
      'year',
    ],
    ['later this year', 'a summit later this year', 'en', '2025-01-22', 'future', '2025', 'year'],
    ['इस साल के अंत में', 'इस साल के अंत में बैठक होगी', 'hi', '2025-01-22', 'future', '2025', 'year'],
    ['next year', 'elections next year', 'en', '2025-01-22', 'future', '2026', 'year'],
    [
      'বসন্তকালে in future tense as the next spring',
      'বসন্তকালে সফর করবেন',
      'bn',
      '2025-11-02',
      'future',
      '2026-03',
      'season',
    ],
    ['वसंत में', 'वसंत में यात्रा होगी', 'hi', '2025-11-02', 'future', '2026-03', 'season'],
    ['in spring in past tense', 'They met in spring.', 'en', '2025-11-02', 'past', '2025-03', 'season'],
    [
      'in winter in January as the winter under way',
      'a visit in winter',
      'en',
      '2026-01-10',
      'future',
      '2025-12',
      'season',
    ],
    ["দু'দিন পরে", "দু'দিন পরে বৈঠক হবে", 'bn', '2026-01-29', 'future', '2026-01-31', 'day'],
    ['four days after', 'talks four days after', 'en', '2026-01-29', 'future', '2026-02-02', 'day'],
    ['three days ago', 'signed three days ago', 'en', '2026-01-29', 'past', '2026-01-26', 'day'],
    ['दो दिन पहले', 'दो दिन पहले मुलाकात हुई', 'hi', '2026-01-29', 'past', '2026-01-27', 'day'],
  ])('resolves %s', (_name, sentence, lang, published, tense, value, precision) => {
    expect(only(sentence, lang, published, tense)).toEqual({ value, precision });
  });

  it.each<[string, string, Language]>([
    ['the day after (no anchor)', 'They met the day after.', 'en'],
    ['শপথগ্রহণের ঠিক পরের দিন (no anchor)', 'শপথগ্রহণের ঠিক পরের দিন বৈঠক হল', 'bn'],
    ['उसके अगले दिन (no anchor)', 'उसके अगले दिन बैठक हुई', 'hi'],
    ['শীতে, the cold, without a modifier', 'শীতে কষ্ট পাচ্ছে মানুষ', 'bn'],
  ])('skips %s', (_name, sentence, lang) => {
    expect(findDates(sentence, lang, '2026-01-29', 'past')).toEqual([]);
  });

  it('marks relative mentions and keeps spans on the original sentence', () => {
    const sentence = 'বৃহস্পতিবার ও ১০ জুলাই ২০২৫';
    const found = findDates(sentence, 'bn', '2025-07-12', 'past');
    expect(found.map((d) => [d.relative, sentence.slice(d.start, d.end) === d.text])).toEqual([
      [true, true],
      [false, true],
    ]);
  });
});

describe('findDates: a weekday takes the tense of its own verb', () => {
  it('reads "मंगलवार को … हुई वार्ता" as the Tuesday just past, though the sentence ends in the future', () => {
    const found = findDates(
      'मंगलवार को हैदराबाद हाउस में हुई वार्ता के बाद दोनों देशों ने घोषणा की कि वे बातचीत शुरू करेंगे।',
      'hi',
      '2025-04-03',
      'future',
    );
    expect(found.map((d) => d.value)).toEqual(['2025-04-01']);
  });

  it('reads "met … on Tuesday" as past even when the sentence goes on about a plan', () => {
    const found = findDates(
      'The two ministers met on Tuesday and will hold a second round in May.',
      'en',
      '2025-04-03',
      'future',
    );
    expect(found[0]?.value).toBe('2025-04-01');
  });
});
