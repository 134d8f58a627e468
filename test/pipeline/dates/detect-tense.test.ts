import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/shared/vocab';
import { detectTense, type Tense } from '../../../src/pipeline/dates/tense';

describe('detectTense(sentence, lang)', () => {
  it.each<[string, Language, Tense]>([
    ['ফেব্রুয়ারি মাসের শুরুতেই আমেরিকা সফরে যাচ্ছেন বিদেশমন্ত্রী।', 'bn', 'future'],
    ['মার্কো রুবিওর সঙ্গে বৈঠকে বসার কথা রয়েছে তার।', 'bn', 'future'],
    ['দুই দেশের মধ্যে চুক্তি সই হবে।', 'bn', 'future'],
    ['তিনি আগামী সপ্তাহে দিল্লি আসবেন।', 'bn', 'future'],
    ['তিনি দিল্লি যাবেন বলে জানিয়েছেন মন্ত্রক।', 'bn', 'future'],
    ['বৃহস্পতিবার সকালে এই বৈঠক অনুষ্ঠিত হয়।', 'bn', 'past'],
    ['মঙ্গলবার কোয়াড বিদেশমন্ত্রীদের বৈঠক হল।', 'bn', 'past'],
    ['জয়শঙ্কর রুবিওর সঙ্গে বৈঠক করেছেন।', 'bn', 'past'],
    ['পুতিন জিনপিংকে আমন্ত্রণ জানালেন।', 'bn', 'past'],
    ['তাঁরা আগে দেখা করেছিলেন।', 'bn', 'past'],
    ['मार्च के पहले हफ्ते में भारत आने वाले हैं.', 'hi', 'future'],
    ['दोनों देशों के बीच डील साइन होगी.', 'hi', 'future'],
    ['प्रधानमंत्री अगले महीने अमेरिका जाएंगे.', 'hi', 'future'],
    ['उन्होंने कहा कि वे कल मुलाकात करेंगे.', 'hi', 'future'],
    ['मोदी ने गुरुवार को ट्रंप के साथ द्विपक्षीय वार्ता की.', 'hi', 'past'],
    ['बैठक शनिवार को हुई थी.', 'hi', 'past'],
    ['राष्ट्रपति ने उनका स्वागत किया.', 'hi', 'past'],
    ['आगे की राह पर चर्चा जारी है', 'hi', null],
    ['The leaders will meet in Tokyo next month.', 'en', 'future'],
    ['A summit is set to take place in March.', 'en', 'future'],
    ['The ministers are scheduled to hold talks on Friday.', 'en', 'future'],
    ['They met in Beijing on Thursday.', 'en', 'past'],
    ['The two sides signed an agreement.', 'en', 'past'],
    ['The talks were held in Geneva.', 'en', 'past'],
    ['Rare earth supply chains', 'en', null],
    ['শীঘ্রই আলোচনা হতে পারে।', 'bn', 'future'],
    ['তিনি বৃহস্পতিবার মস্কোয় বৈঠক করেন।', 'bn', 'past'],
    ['कनाडा के प्रधानमंत्री भारत आ रहे हैं.', 'hi', 'future'],
    ['The minister is to visit Delhi next month.', 'en', 'future'],
    ['Two hundred delegates attended.', 'en', 'past'],
  ])('reads "%s" (%s) as %s', (sentence, lang, tense) => {
    expect(detectTense(sentence, lang)).toBe(tense);
  });
});
