import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/pipeline/matcher';
import { keyText, normaliseKey, originalSpan } from '../../src/pipeline/normalise';

const matcher = new Matcher([
  { alias: 'চিন', value: 'CN' },
  { alias: 'চীন', value: 'CN' },
  { alias: 'ভারত', value: 'IN' },
  { alias: 'মস্কো', value: 'moscow' },
  { alias: 'ওয়াশিংটন', value: 'washington' },
  { alias: 'দক্ষিণ কোরিয়া', value: 'KR' },
  { alias: 'কোরিয়া', value: 'KR?' },
  { alias: 'US', value: 'US', cased: true },
  { alias: 'White House', value: 'white-house' },
  { alias: 'कज़ाखस्तान', value: 'KZ' },
  { alias: 'अमेरिका', value: 'US' },
]);

const find = (text: string) =>
  matcher.find(keyText(text), text).map((m) => [text.slice(m.start, m.end), m.values[0]]);

describe('normaliseKey(text)', () => {
  it('folds nukta, vowel length and digits so press spellings meet', () => {
    expect(normaliseKey('कज़ाख़स्तान')).toBe(normaliseKey('कजाखस्तान'));
    expect(normaliseKey('চীন')).toBe(normaliseKey('চিন'));
    expect(normaliseKey('২০২৬')).toBe('2026');
    expect(normaliseKey('António')).toBe('antonio');
  });

  it('folds a nasal written before a consonant into the anusvara (हिन्दी/हिंदी, সিঙ্গাপুর/সিংগাপুর)', () => {
    expect(normaliseKey('हिन्दुस्तान')).toBe(normaliseKey('हिंदुस्तान'));
    expect(normaliseKey('कम्पनी')).toBe(normaliseKey('कंपनी'));
    expect(normaliseKey('कोलम्बो')).toBe(normaliseKey('कोलंबो'));
    expect(normaliseKey('সিঙ্গাপুর')).toBe(normaliseKey('সিংগাপুর'));
    expect(normaliseKey('টাঙস্টেন')).toBe(normaliseKey('টাংস্টেন'));
    expect(normaliseKey('ব্যাঙ্কক')).toBe(normaliseKey('ব্যাংকক'));
    expect(keyText('कम्पनी').key).toBe(normaliseKey('कम्पनी'));
  });

  it('keeps a nasal that carries a vowel, and a virama before a vowel', () => {
    expect(normaliseKey('नमक')).not.toBe(normaliseKey('ंक'));
    expect(normaliseKey('বাঙালি')).not.toBe(normaliseKey('বাংালি'));
    expect(normaliseKey('न्')).toBe('न्');
  });

  it('drops zero-width joiners and bidi marks', () => {
    expect(normaliseKey('ভা\u200cরত\u200f')).toBe(normaliseKey('ভারত'));
  });
});

describe('keyText(text) and originalSpan', () => {
  it('maps a key range back to the original characters', () => {
    const text = 'যয়\u200c ভারত';
    const k = keyText(text);
    const at = k.key.indexOf(normaliseKey('ভারত'));
    const span = originalSpan(k, at, at + normaliseKey('ভারত').length);
    expect(text.slice(span.start, span.end)).toBe('ভারত');
  });
});

describe('Matcher.find(text)', () => {
  it('matches Bengali names with glued case suffixes', () => {
    expect(find('চিনের সঙ্গে ভারতকে মস্কোয় ওয়াশিংটনে')).toEqual([
      ['চিন', 'CN'],
      ['ভারত', 'IN'],
      ['মস্কো', 'moscow'],
      ['ওয়াশিংটন', 'washington'],
    ]);
  });

  it('does not match a different word that starts with a name (চিনি is sugar)', () => {
    expect(find('চিনি কিনলাম')).toEqual([]);
  });

  it('prefers the longest name at a position', () => {
    expect(find('দক্ষিণ কোরিয়ার নেতা')).toEqual([['দক্ষিণ কোরিয়া', 'KR']]);
  });

  it('keeps case-sensitive aliases case-sensitive', () => {
    expect(find('the US and us')).toEqual([['US', 'US']]);
  });

  it('matches across spelling variants', () => {
    expect(find('कजाखस्तान और अमेरिका')).toEqual([
      ['कजाखस्तान', 'KZ'],
      ['अमेरिका', 'US'],
    ]);
  });

  it('finds a name written with the other nasal spelling, span and all', () => {
    const m = new Matcher([{ alias: 'कोलंबो', value: 'colombo' }]);
    const text = 'वे कोलम्बो पहुंचे';
    const [hit] = m.find(keyText(text), text);
    expect(text.slice(hit!.start, hit!.end)).toBe('कोलम्बो');
  });

  it('needs a word boundary in English', () => {
    expect(find('the White Housekeeper')).toEqual([]);
    expect(find('at the White House.')).toEqual([['White House', 'white-house']]);
  });
});
