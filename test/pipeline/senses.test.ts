import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/analyse';
import { buildLexicon } from '../../src/pipeline/lexicon';
import type { Lexicon } from '../../src/pipeline/lexicon';
import { compileSenses, senseOf } from '../../src/pipeline/senses';
import type { Sentence } from '../../src/pipeline/sentences';
import type { Language } from '../../src/shared/vocab';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = buildLexicon();
});

/** The ids of one kind that analyse keeps in a one-sentence text. */
function found(text: string, kind: 'country' | 'mineral', lang: Language): string[] {
  const sentences: Sentence[] = [{ start: 0, end: text.length, text, paragraph: 0, title: false }];
  const ids = analyse(text, sentences, lang, lexicon).entities.flatMap((e) =>
    e.hit.kind === kind ? [e.hit.id] : [],
  );
  return [...new Set(ids)].sort();
}

describe('senseOf(rules, hit, sentence, start, end, suffix)', () => {
  const rules = compileSenses([
    { reading: 'test', kinds: ['country'], forms: ['X'], next: ['dollar', '$'], listWith: ['rice'] },
    { reading: 'test', kinds: ['mineral'], forms: ['nik'], next: ['went'], sure: ['ore'], noSuffix: true },
  ]);
  const country = { kind: 'country', id: 'XX', form: 'name' } as const;
  const mineral = { kind: 'mineral', id: 'nickel', contextual: true } as const;
  const at = (s: string, form: string) => [s.indexOf(form), s.indexOf(form) + form.length] as const;

  it('reads the next word, a touching symbol and a list neighbour', () => {
    expect(senseOf(rules, country, 'a X dollar bond', ...at('a X dollar bond', 'X'), '')).toBe('other');
    expect(senseOf(rules, country, 'a X$ bond', ...at('a X$ bond', 'X'), '')).toBe('other');
    expect(senseOf(rules, country, 'rice, X and tea', ...at('rice, X and tea', 'X'), '')).toBe('other');
    expect(senseOf(rules, country, 'tea, X and rice', ...at('tea, X and rice', 'X'), '')).toBe('other');
  });

  it('leaves other hits alone: another form, another kind, a neighbour with no list mark', () => {
    expect(senseOf(rules, country, 'X said', ...at('X said', 'X'), '')).toBe('unknown');
    expect(senseOf(rules, country, 'rice X said', ...at('rice X said', 'X'), '')).toBe('unknown');
    expect(senseOf(rules, country, 'Y dollar', ...at('Y dollar', 'Y'), '')).toBe('unknown');
    expect(senseOf(rules, mineral, 'X dollar', ...at('X dollar', 'X'), '')).toBe('unknown');
  });

  it('confirms with a sure word and refuses a glued suffix when asked to', () => {
    expect(senseOf(rules, mineral, 'nik ore', ...at('nik ore', 'nik'), '')).toBe('sure');
    expect(senseOf(rules, mineral, 'nik went', ...at('nik went', 'nik'), '')).toBe('other');
    expect(senseOf(rules, mineral, 'nike', 0, 3, 'e')).toBe('other');
  });
});

describe('Hindi चीनी: Chinese or sugar', () => {
  it.each([
    'भारत पेट्रोलियम उत्पाद, दवाइयां, चीनी और चावल बड़ी मात्रा में निर्यात करता है।',
    'चीनी की कीमतें इस साल बढ़ीं।',
    'सरकार ने 10 लाख टन चीनी के निर्यात की अनुमति दी।',
    'गेहूं और चीनी पर निर्यात शुल्क लगाया गया।',
  ])('reads %s as sugar', (text) => {
    expect(found(text, 'country', 'hi')).not.toContain('CN');
  });

  it.each([
    'चीनी राष्ट्रपति शी जिनपिंग ने बैठक की।',
    'चीनी कंपनियों ने निवेश बढ़ाया।',
    'चीनी और अमेरिकी अधिकारी मिले।',
    'अमेरिकी, चीनी और रूसी राजनयिक पहुंचे।',
    'उसने चीनी निर्यात पर रोक की बात कही।',
  ])('reads %s as Chinese', (text) => {
    expect(found(text, 'country', 'hi')).toContain('CN');
  });
});

describe('a country inside a currency name', () => {
  it.each([
    ['২১০ কোটি মার্কিন ডলারের বিনিয়োগ আসবে।', 'bn', 'US'],
    ['৫০ কোটি ভারতীয় রুপির ঋণ।', 'bn', 'IN'],
    ['कुल 8.5 अरब अमेरिकी डॉलर की परियोजनाएं।', 'hi', 'US'],
    ['यह सौदा 20 करोड़ चीनी युआन का है।', 'hi', 'CN'],
    ['The deal is worth 2 billion US dollars.', 'en', 'US'],
    ['a loan of US$ 300 million', 'en', 'US'],
    ['a US-dollar bond', 'en', 'US'],
    ['The Australian dollar fell.', 'en', 'AU'],
  ] as const)('does not count the country in %s', (text, lang, code) => {
    expect(found(text, 'country', lang)).not.toContain(code);
  });

  it.each([
    ['মার্কিন প্রেসিডেন্ট ডলার নিয়ে কথা বললেন।', 'bn', 'US'],
    ['अमेरिकी राष्ट्रपति ने डॉलर की बात की।', 'hi', 'US'],
    ['The US won the vote on the dollar.', 'en', 'US'],
  ] as const)('still counts it in %s', (text, lang, code) => {
    expect(found(text, 'country', lang)).toContain(code);
  });
});

describe('Hindi निकल: nickel or the verb निकलना', () => {
  it.each([
    'रेयर अर्थ पर चल रहे विवाद का भी जल्द हल निकल आएगा।',
    'खनिज समझौते से रास्ता निकल सकता है।',
    'बैठक से कोई नतीजा नहीं निकल पाया, खनन पर बात अधूरी रही।',
    'मंत्री खनिज भवन से निकले और पत्रकारों से बात की।',
  ])('reads %s as the verb', (text) => {
    expect(found(text, 'mineral', 'hi')).not.toContain('nickel');
  });

  it.each([
    'इंडोनेशिया निकल का सबसे बड़ा उत्पादक है।',
    'निकल उत्पादन में तेजी आई।',
    'लिथियम, कोबाल्ट और निकल की मांग बढ़ी।',
    'निकल अयस्क के निर्यात पर रोक है।',
  ])('reads %s as nickel', (text) => {
    expect(found(text, 'mineral', 'hi')).toContain('nickel');
  });
});

describe('metals as colours and prizes', () => {
  it.each([
    ['Trump offered a gold card to investors.', 'en', 'gold'],
    ['She won a gold medal in Paris.', 'en', 'gold'],
    ['The Gold Coast hosted talks.', 'en', 'gold'],
    ['a silver lining for the miners', 'en', 'silver'],
    ['সোনার বাংলা গড়ার ডাক দেন তিনি, খনিজ নিয়েও কথা হয়।', 'bn', 'gold'],
    ['তিনি স্বর্ণ পদক পেয়েছেন।', 'bn', 'gold'],
    ['भारत के लिए यह सोने का मौका है, खनिज क्षेत्र में।', 'hi', 'gold'],
    ['टिन की छत वाले घर, खनिज गांव में।', 'hi', 'tin'],
    ['খনিজ অঞ্চলের টিনের চালা ঘর।', 'bn', 'tin'],
    ['Silicon Valley firms want mineral deals.', 'en', 'silicon'],
    ['Russia tested a Zircon missile near a mining town.', 'en', 'zirconium'],
  ] as const)('finds no mineral in %s', (text, lang, id) => {
    expect(found(text, 'mineral', lang)).not.toContain(id);
  });

  it.each([
    ['Gold and copper mines were offered.', 'en', 'gold'],
    ['সোনার খনি নিয়ে চুক্তি হয়েছে।', 'bn', 'gold'],
    ['सोने की खदान में निवेश।', 'hi', 'gold'],
    ['South Africa is a major source of manganese and chrome.', 'en', 'chromium'],
    ['Tin and tungsten exports rose.', 'en', 'tin'],
  ] as const)('finds the mineral in %s', (text, lang, id) => {
    expect(found(text, 'mineral', lang)).toContain(id);
  });
});
