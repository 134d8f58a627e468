import { describe, expect, it } from 'vitest';
import { nameVariants } from '../../../../src/pipeline/gazetteer/build/name-variants';

describe('nameVariants(form, lang)', () => {
  it('writes a nasal before k or g as a conjunct, an anusvara or a plain letter (Bengali)', () => {
    expect(nameVariants('ইউলিয়া স্ভিরিদেনকো', 'bn')).toContain('ইউলিয়া স্ভিরিদেঙ্কো');
    expect(nameVariants('ইউলিয়া স্ভিরিদেঙ্কো', 'bn')).toEqual(
      expect.arrayContaining(['ইউলিয়া স্ভিরিদেনকো', 'ইউলিয়া স্ভিরিদেংকো']),
    );
    expect(nameVariants('অলিভিয়ে এনদুহুঙ্গিরেহে', 'bn')).toContain('অলিভিয়ে এনদুহুনগিরেহে');
  });

  it('writes a glide after a vowel or leaves it out (কায়িকোয়াম্বা, রুবিয়ো; कायिक्वाम्बा)', () => {
    expect(nameVariants('তেরেজ কায়িকোয়াম্বা ওয়াগনার', 'bn')).toContain('তেরেজ কাইকোয়াম্বা ওয়াগনার');
    expect(nameVariants('মার্কো রুবিও', 'bn')).toContain('মার্কো রুবিয়ো');
    expect(nameVariants('थेरेसे कायिक्वाम्बा', 'hi')).toContain('थेरेसे काइक्वाम्बा');
  });

  it('swaps a word-initial d or t between dental and retroflex in full names only', () => {
    expect(nameVariants('ডিং শুয়েশিয়াং', 'bn')).toContain('দিং শুয়েশিয়াং');
    expect(nameVariants('डिंग श्वेश्यांग', 'hi')).toContain('दिंग श्वेश्यांग');
    expect(nameVariants('ডাক', 'bn')).toEqual(['ডাক']);
  });

  it('writes an r before a consonant as a reph or a plain letter (স্টার্মার, स्टारमर)', () => {
    expect(nameVariants('কিয়ার স্টার্মার', 'bn')).toContain('কিয়ার স্টারমার');
    expect(nameVariants('মার্ক কারনি', 'bn')).toContain('মার্ক কার্নি');
    expect(nameVariants('कीर स्टार्मर', 'hi')).toContain('कीर स्टारमर');
  });

  it('reads a hyphen as a space, and Hindi ॉ as ो but not the other way round', () => {
    expect(nameVariants('कमला प्रसाद-बिसेसर', 'hi')).toContain('कमला प्रसाद बिसेसर');
    expect(nameVariants('कॉलिन', 'hi')).toEqual(['कॉलिन', 'कोलिन']);
    expect(nameVariants('मोदी', 'hi')).toEqual(['मोदी']);
  });
});
