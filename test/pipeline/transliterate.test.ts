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
      ['তৌহিদ হোসেন', 'Touhid Hosen'],
      ['খলিলুর রহমান', 'Khalilur Rahman'],
      ['মুহাম্মদ ইউনূস', 'Muhammad Yunus'],
      ['ফখরুল ইসলাম আলমগীর', 'Fakhrul Islam Alamgir'],
      ['শেহবাজ শরিফ', 'Shehbaj Sharif'],
      ['মমতা বন্দ্যোপাধ্যায়', 'Mamta Bandyopadhyay'],
      ['ক্রিস্টোফার ল্যান্ডাউ', 'Kristofar Landau'],
    ])('renders %s as %s', (name, english) => {
      expect(transliterateName(name, 'bn')).toBe(english);
    });

    it('reads a leading letter name as an initial, with or without a dot (এস জয়শঙ্কর)', () => {
      expect(transliterateName('এস জয়শঙ্কর', 'bn')).toBe('S. Jayshankar');
      expect(transliterateName('এস.জয়শঙ্কর', 'bn')).toBe('S. Jayshankar');
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
      ['एस जयशंकर', 'S. Jayshankar'],
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
      expect(transliterateName('जी किशन रेड्डी', 'hi')).toBe('G. Kishan Reddi');
    });

    it('reads के as the initial K only with a dot, since it is also the word "of"', () => {
      expect(transliterateName('के. कविता', 'hi')).toBe('K. Kavita');
      expect(transliterateName('के प्रिय', 'hi')).toBe('Ke Priy');
    });

    it('reads ॉ after व as wo (वॉशिंगटन)', () => {
      expect(transliterateName('वॉशिंगटन', 'hi')).toBe('Woshingtan');
    });
  });

  it('returns Latin text unchanged', () => {
    expect(transliterateName('Hugo de Zela', 'hi')).toBe('Hugo de Zela');
  });
});
