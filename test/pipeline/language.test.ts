import { describe, expect, it } from 'vitest';
import { detectLanguage, scriptCounts } from '../../src/pipeline/language';

describe('detectLanguage(text)', () => {
  it('reads a Bengali paragraph as bn', () => {
    expect(detectLanguage('ঢাকায় দুই দেশের পররাষ্ট্রমন্ত্রীর মধ্যে বৈঠক অনুষ্ঠিত হয়েছে।')).toBe('bn');
  });

  it('reads a Hindi paragraph as hi', () => {
    expect(detectLanguage('विदेश मंत्री ने गुरुवार को पेरिस में अपने समकक्ष से मुलाकात की।')).toBe('hi');
  });

  it('reads an English paragraph as en', () => {
    expect(detectLanguage('The foreign ministers met in Dhaka on Tuesday to discuss trade.')).toBe('en');
  });

  it('reads a Bengali article with English parentheticals "(Xi Jinping)" as bn', () => {
    const text =
      'চিনের প্রেসিডেন্ট শি জিনপিংকে (Xi Jinping) রাশিয়ায় (Russia) আসার আমন্ত্রণ জানালেন পুতিন। ' +
      'বেজিংয়ের (Beijing) সঙ্গে সামরিক সহযোগিতা (Military Cooperation) বাড়াতে আগ্রহী মস্কো (Moscow)।';
    expect(detectLanguage(text)).toBe('bn');
  });

  it('reads an English article with a few Bengali words as en', () => {
    const text =
      'The Bengali daily Prothom Alo (প্রথম আলো) reported that the two foreign ministers met in Dhaka on ' +
      'Tuesday and agreed to expand cooperation on energy, ports and critical minerals over the next year.';
    expect(detectLanguage(text)).toBe('en');
  });

  it('reads a Hindi article with an English headline phrase and a tweet as hi', () => {
    const text =
      'China Vs US over Rare Earth Metals: रेयर अर्थ को लेकर चीन के साथ चल रहे तनाव के बीच डोनाल्ड ट्रंप ने ' +
      'पांच मध्य एशियाई देशों के राष्ट्रपतियों की मेजबानी की। https://example.com/a/very/long/link @SomeHandle';
    expect(detectLanguage(text)).toBe('hi');
  });

  it('falls back to en for text with no letters', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('১২৩ 456 — …')).toBe('en');
  });
});

describe('scriptCounts(text)', () => {
  it('stays linear on 2 million characters that look like the start of an address', () => {
    const started = performance.now();
    expect(scriptCounts('-'.repeat(2_000_000) + 'x').latin).toBe(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('counts letters and vowel signs, not digits or the danda', () => {
    expect(scriptCounts('ভারত ১২৩।')).toEqual({ bn: 4, hi: 0, latin: 0 });
    expect(scriptCounts('भारत १२३।')).toEqual({ bn: 0, hi: 4, latin: 0 });
  });

  it('leaves links and handles out of the Latin count', () => {
    expect(scriptCounts('ভারত https://example.com/path @handle').latin).toBe(0);
    expect(scriptCounts('ভারত').bn).toBe(4);
  });
});
