import { describe, expect, it } from 'vitest';
import { transliterateName } from '../../src/pipeline/transliterate';

describe('transliterateName(name, lang)', () => {
  describe('Bengali', () => {
    it.each([
      ['জিমি পেট্রোনিস', 'Jimi Petronis'],
      ['মার্কো রুবিও', 'Marko Rubio'],
      ['শি জিনপিং', 'Shi Jinping'],
      ['ভ্লাদিমির পুতিন', 'Vladimir Putin'],
      ['ডোনাল্ড ট্রাম্প', 'Donald Tramp'],
      ['তৌহিদ হোসেন', 'Touhid Hossain'],
      ['খলিলুর রহমান', 'Khalilur Rahman'],
      ['মুহাম্মদ ইউনূস', 'Muhammad Yunus'],
      ['ফখরুল ইসলাম আলমগীর', 'Fakhrul Islam Alamgir'],
      ['শেহবাজ শরিফ', 'Shehbaj Sharif'],
      ['মমতা বন্দ্যোপাধ্যায়', 'Mamta Banerjee'],
      ['ক্রিস্টোফার ল্যান্ডাউ', 'Kristofar Landau'],
    ])('renders %s as %s', (name, english) => {
      expect(transliterateName(name, 'bn')).toBe(english);
    });

    it('reads a leading letter name as an initial, with or without a dot (এস জয়শঙ্কর)', () => {
      expect(transliterateName('এস জয়শঙ্কর', 'bn')).toBe('S. Jaishankar');
      expect(transliterateName('এস.জয়শঙ্কর', 'bn')).toBe('S. Jaishankar');
      expect(transliterateName('এ কে আব্দুল মোমেন', 'bn')).toBe('A. K. Abdul Momen');
    });

    it('reads য-phala + আ at a word start as the English a, and ভ in loanwords as v (ল্যাভরভ)', () => {
      expect(transliterateName('সের্গেই ল্যাভরভ', 'bn')).toBe('Sergei Lavrav');
      expect(transliterateName('ম্যাক্স', 'bn')).toBe('Max');
    });

    it('reads chandrabindu as n and anusvara as ng (ম্যাক্রোঁ, ওয়াং)', () => {
      expect(transliterateName('ইমানুয়েল ম্যাক্রোঁ', 'bn')).toBe('Imanuel Makron');
      expect(transliterateName('ওয়াং ই', 'bn')).toBe('Wang I');
    });

    it('keeps the final vowel of a cluster ending in r (মিত্র) and reads ব-phala as w (স্বামী)', () => {
      expect(transliterateName('মিত্র', 'bn')).toBe('Mitra');
      expect(transliterateName('স্বামী', 'bn')).toBe('Swami');
    });
  });

  describe('Hindi', () => {
    it.each([
      ['अनीता आनंद', 'Anita Anand'],
      ['मार्को रुबियो', 'Marko Rubio'],
      ['एस जयशंकर', 'S. Jaishankar'],
      ['सलमान खान', 'Salman Khan'],
      ['प्रह्लाद जोशी', 'Prahlad Joshi'],
      ['पीयूष गोयल', 'Piyush Goyal'],
      ['राजनाथ सिंह', 'Rajnath Singh'],
      ['विक्रम मिस्री', 'Vikram Misri'],
      ['पीट हेगसेथ', 'Pit Hegseth'],
      ['बेंजामिन नेतन्याहू', 'Benjamin Netanyahu'],
      ['अश्विनी वैष्णव', 'Ashwini Vaishnav'],
      ['लक्ष्मी', 'Lakshmi'],
      ['स्वामीनाथन', 'Swaminathan'],
    ])('renders %s as %s', (name, english) => {
      expect(transliterateName(name, 'hi')).toBe(english);
    });

    it('reads nukta letters (ज़ -> z, फ़ -> f) and keeps plain ज as j', () => {
      expect(transliterateName('ह्यूगो डी ज़ेला', 'hi')).toBe('Hugo Di Zela');
      expect(transliterateName('ह्यूगो डी जेला', 'hi')).toBe('Hugo Di Jela');
      expect(transliterateName('फ़्रेडरिक मर्ज़', 'hi')).toBe('Fredrik Marz');
    });

    it('keeps hyphens and drops medial inherent vowels (कासिम-जोमार्त टोकायेव, अमरनाथ)', () => {
      expect(transliterateName('कासिम-जोमार्त टोकायेव', 'hi')).toBe('Kasim-Jomart Tokayev');
      expect(transliterateName('अमरनाथ', 'hi')).toBe('Amarnath');
      expect(transliterateName('रामचंद्र', 'hi')).toBe('Ramchandra');
    });

    it('reads a leading जी as the initial G but a medial डी as a word', () => {
      expect(transliterateName('जी किशन रेड्डी', 'hi')).toBe('G. Kishan Reddy');
    });

    it('reads के as the initial K only with a dot, since it is also the word "of"', () => {
      expect(transliterateName('के. कविता', 'hi')).toBe('K. Kavita');
      expect(transliterateName('के प्रिय', 'hi')).toBe('Ke Priy');
    });

    it('reads ॉ after व as wo (वॉशिंगटन)', () => {
      expect(transliterateName('वॉशिंगटन', 'hi')).toBe('Woshingtan');
    });
  });

  describe('press spellings of local officials the gazetteer will never hold', () => {
    it('deletes the schwa from the right, but a ण keeps it before व (फडणवीस Fadnavis, कमलनाथ Kamalnath)', () => {
      expect(transliterateName('सुनील फडणवीस', 'hi')).toBe('Sunil Fadnavis');
      expect(transliterateName('कमलनाथ', 'hi')).toBe('Kamalnath');
      expect(transliterateName('प्रणव', 'hi')).toBe('Pranav');
    });

    it('writes व as w after a dropped vowel but v after r and g (भगवंत, सर्वेश, दिग्विजय)', () => {
      expect(transliterateName('भगवंत', 'hi')).toBe('Bhagwant');
      expect(transliterateName('सर्वेश', 'hi')).toBe('Sarvesh');
      expect(transliterateName('दिग्विजय', 'hi')).toBe('Digvijay');
      expect(transliterateName('विकास', 'hi')).toBe('Vikas');
    });

    it('writes "ay" before a consonant as ai (जयराम Jairam, উদয়পুর Udaipur) but keeps a final ay', () => {
      expect(transliterateName('जयराम', 'hi')).toBe('Jairam');
      expect(transliterateName('উদয়পুর', 'bn')).toBe('Udaipur');
      expect(transliterateName('संजय', 'hi')).toBe('Sanjay');
    });

    it('reads ক্ষ/क्ष as ksh, ষ and শ as sh, য় as y', () => {
      expect(transliterateName('অক্ষয় মিত্র', 'bn')).toBe('Akshay Mitra');
      expect(transliterateName('विशेष', 'hi')).toBe('Vishesh');
      expect(transliterateName('বিজয়', 'bn')).toBe('Bijay');
    });

    it('keeps the Bengali final vowel after a dental cluster (সুকান্ত Sukanta, গুপ্ত Gupta) but not after a loanword cluster (ট্রাম্প)', () => {
      expect(transliterateName('সুকান্ত', 'bn')).toBe('Sukanta');
      expect(transliterateName('অনন্ত গুপ্ত', 'bn')).toBe('Ananta Gupta');
      expect(transliterateName('ডোনাল্ড', 'bn')).toBe('Donald');
      expect(transliterateName('सुकांत', 'hi')).toBe('Sukant');
    });

    it('joins two name parts where a vowel letter follows a consonant (সালেহউদ্দিন Salehuddin)', () => {
      expect(transliterateName('সালেহউদ্দিন', 'bn')).toBe('Salehuddin');
      expect(transliterateName('রহমতউল্লাহ', 'bn')).toBe('Rahmatullah');
    });

    it('spells frequent name parts as the press does (name-parts.json)', () => {
      expect(transliterateName('शेख वकास अकरम', 'hi')).toBe('Sheikh Waqas Akram');
      expect(transliterateName('मोहम्मद इकबाल', 'hi')).toBe('Mohammad Iqbal');
      expect(transliterateName('সৈয়দ রাশেদ হোসেন', 'bn')).toBe('Syed Rashed Hossain');
      expect(transliterateName('ফারহানা আক্তার', 'bn')).toBe('Farhana Akter');
      expect(transliterateName('মো. জাকির হোসেন', 'bn')).toBe('Md. Zakir Hossain');
      expect(transliterateName('রাকেশ কুমার তিবারি', 'bn')).toBe('Rakesh Kumar Tibari');
      expect(transliterateName('मनोज तिवारी', 'hi')).toBe('Manoj Tiwari');
      expect(transliterateName('জাহাঙ্গীর আলম চৌধুরী', 'bn')).toBe('Jahangir Alam Chowdhury');
      expect(transliterateName('राजेश चौधरी', 'hi')).toBe('Rajesh Chaudhary');
    });

    it('reads a letter name between two names as an initial (আহসান এইচ মনসুর), not a particle (ডি)', () => {
      expect(transliterateName('আহসান এইচ মনসুর', 'bn')).toBe('Ahsan H. Mansur');
      expect(transliterateName('ह्यूगो डी ज़ेला', 'hi')).toBe('Hugo Di Zela');
    });
  });

  it('returns Latin text unchanged', () => {
    expect(transliterateName('Hugo de Zela', 'hi')).toBe('Hugo de Zela');
  });
});
