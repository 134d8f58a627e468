/**
 * Word tables for dates in Bengali, Hindi and English: months, weekdays, seasons and small numbers,
 * with the spelling variants the press uses. Data only; patterns are built in `words.ts`.
 */

/** Month names by month number (1-12). `short` forms are accepted only next to a day or a year. */
export const MONTHS: readonly { m: number; names: string[]; short: string[] }[] = [
  { m: 1, names: ['জানুয়ারি', 'জানুয়ারী', 'জানুআরি', 'जनवरी', 'January'], short: ['Jan'] },
  { m: 2, names: ['ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'ফেব্রুআরি', 'फरवरी', 'February'], short: ['Feb'] },
  { m: 3, names: ['মার্চ', 'मार्च', 'March'], short: ['Mar'] },
  { m: 4, names: ['এপ্রিল', 'अप्रैल', 'अप्रेल', 'April'], short: ['Apr'] },
  { m: 5, names: ['মে', 'मई', 'May'], short: [] },
  { m: 6, names: ['জুন', 'जून', 'June'], short: ['Jun'] },
  { m: 7, names: ['জুলাই', 'जुलाई', 'July'], short: ['Jul'] },
  // অগস্ট is Anandabazar's spelling.
  { m: 8, names: ['আগস্ট', 'আগষ্ট', 'অগস্ট', 'অগাস্ট', 'আগাস্ট', 'अगस्त', 'अगस्‍त', 'August'], short: ['Aug'] },
  {
    m: 9,
    names: ['সেপ্টেম্বর', 'সেপ্টেম্বার', 'সেপ্টেমবর', 'सितंबर', 'सितम्बर', 'September'],
    short: ['Sep', 'Sept'],
  },
  { m: 10, names: ['অক্টোবর', 'অক্টোবার', 'अक्टूबर', 'अक्तूबर', 'October'], short: ['Oct'] },
  { m: 11, names: ['নভেম্বর', 'নভেম্বার', 'नवंबर', 'नवम्बर', 'November'], short: ['Nov'] },
  { m: 12, names: ['ডিসেম্বর', 'ডিসেম্বার', 'दिसंबर', 'दिसम्बर', 'December'], short: ['Dec'] },
];

/** Weekday names by JavaScript day number (0 = Sunday). */
export const WEEKDAYS: readonly { wd: number; names: string[] }[] = [
  { wd: 0, names: ['রবিবার', 'রোববার', 'রোবার', 'रविवार', 'इतवार', 'Sunday'] },
  { wd: 1, names: ['সোমবার', 'सोमवार', 'Monday'] },
  { wd: 2, names: ['মঙ্গলবার', 'मंगलवार', 'Tuesday'] },
  { wd: 3, names: ['বুধবার', 'बुधवार', 'Wednesday'] },
  {
    wd: 4,
    names: [
      'বৃহস্পতিবার',
      'বৃহষ্পতিবার',
      'বিষ্যুদবার',
      'গুরুবার',
      'गुरुवार',
      'गुरूवार',
      'बृहस्पतिवार',
      'वीरवार',
      'Thursday',
    ],
  },
  { wd: 5, names: ['শুক্রবার', 'शुक्रवार', 'Friday'] },
  { wd: 6, names: ['শনিবার', 'शनिवार', 'Saturday'] },
];

/**
 * Seasons of the northern hemisphere (meteorological): first month and length in months.
 * `loose` names are also ordinary words (শীত "cold", गर्मी "heat", fall) and count only with a cue.
 */
export const SEASONS: readonly { start: number; months: number; names: string[]; loose: string[] }[] = [
  { start: 3, months: 3, names: ['বসন্তকাল', 'বসন্ত', 'वसंत', 'बसंत', 'spring'], loose: [] },
  { start: 6, months: 3, names: ['গ্রীষ্মকাল', 'গ্রীষ্ম', 'गर्मियों', 'summer'], loose: ['गर्मी'] },
  { start: 6, months: 4, names: ['বর্ষাকাল', 'मानसून', 'monsoon'], loose: ['বর্ষা', 'বর্ষায়'] },
  { start: 9, months: 3, names: ['শরৎকাল', 'শরতে', 'হেমন্তকাল', 'पतझड़', 'autumn'], loose: ['शरद', 'fall'] },
  { start: 12, months: 3, names: ['শীতকাল', 'सर्दियों', 'winter'], loose: ['শীতে', 'सर्दी'] },
];

/** Small counts written as words ("দু'দিন", "दो दिन", "four days"). */
export const NUMBER_WORDS: Record<string, number> = {
  এক: 1,
  দুই: 2,
  দু: 2,
  তিন: 3,
  চার: 4,
  পাঁচ: 5,
  ছয়: 6,
  সাত: 7,
  আট: 8,
  নয়: 9,
  দশ: 10,
  एक: 1,
  दो: 2,
  तीन: 3,
  चार: 4,
  पांच: 5,
  पाँच: 5,
  छह: 6,
  छः: 6,
  सात: 7,
  आठ: 8,
  नौ: 9,
  दस: 10,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** Modifiers before a month, weekday or unit: which side of the publication date they point to. */
export const BEFORE_WORDS = [
  'গত',
  'বিগত',
  'গেল',
  'পিছলে',
  'पिछले',
  'पिछली',
  'पिछला',
  'बीते',
  'गत',
  'last',
  'Last',
  'past',
  'previous',
  'Previous',
];
export const AFTER_WORDS = [
  'আগামী',
  'আসছে',
  'আসন্ন',
  'পরের',
  'পরবর্তী',
  'अगले',
  'अगली',
  'अगला',
  'आगामी',
  'आने वाले',
  'आने वाली',
  'next',
  'Next',
  'coming',
  'upcoming',
];
export const THIS_WORDS = ['চলতি', 'এই', 'এ', 'इस', 'इसी', 'चालू', 'मौजूदा', 'चलती', 'this', 'This'];
