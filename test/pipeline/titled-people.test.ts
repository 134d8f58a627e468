import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/analyse';
import { buildLexicon, type Lexicon } from '../../src/pipeline/lexicon';
import { splitSentences } from '../../src/pipeline/sentences';
import type { Language } from '../../src/shared/vocab';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = buildLexicon();
});

const run = (text: string, lang: Language) =>
  analyse(text, splitSentences(text, [{ start: 0, end: text.length, kind: 'body' }]), lang, lexicon);
/** The unknown people found after a title, as written. */
const unknown = (text: string, lang: Language) => run(text, lang).unknownPeople.map((u) => u.native);
/** The gazetteer people the text names. */
const known = (text: string, lang: Language) => [
  ...new Set(
    run(text, lang)
      .entities.filter((e) => e.hit.kind === 'person')
      .map((e) => (e.hit as { id: string }).id),
  ),
];

describe('findTitledPeople: ranks are titles, not names', () => {
  it('takes the name after a rank (সিনিয়র জেনারেল, फील्ड मार्शल, Field Marshal)', () => {
    expect(unknown('সামরিক সরকারপ্রধান সিনিয়র জেনারেল থান তুন অং শনিবার বেইজিং যান।', 'bn')).toEqual([
      'থান তুন অং',
    ]);
    expect(unknown('सेना प्रमुख फील्ड मार्शल करीम बख्श ने कहा।', 'hi')).toEqual(['करीम बख्श']);
    expect(unknown('Army chief Field Marshal Karim Baksh said the deal was fair.', 'en')).toEqual([
      'Karim Baksh',
    ]);
  });

  it('finds no one when the rank is not followed by a name', () => {
    expect(unknown('তিনি সিনিয়র জেনারেল পদে উন্নীত হন।', 'bn')).toEqual([]);
    expect(unknown('उन्हें फील्ड मार्शल का पद दिया गया।', 'hi')).toEqual([]);
  });
});

describe('findTitledPeople: a name stops at a common word, a title word or after four words', () => {
  it('stops at determiners, nouns and verbs (একটি, বৈঠক, शांति)', () => {
    expect(unknown('দুই দেশের পররাষ্ট্রসচিব পর্যায়ের বৈঠক হয়।', 'bn')).toEqual([]);
    expect(unknown('পররাষ্ট্রমন্ত্রী জঁ বাপতিস্ত মুগাবো একটি শান্তিচুক্তিতে সই করেন।', 'bn')).toEqual([
      'জঁ বাপতিস্ত মুগাবো',
    ]);
    expect(unknown('विदेश मंत्री रमेश चंद्र पाठक शांति समझौते पर बोले।', 'hi')).toEqual(['रमेश चंद्र पाठक']);
    expect(unknown('Trade Minister Alina Petrova and Finance Minister Boris Ivanov met.', 'en')).toEqual([
      'Alina Petrova',
      'Boris Ivanov',
    ]);
  });

  it('takes at most four words', () => {
    expect(unknown('मंत्री राम श्याम मोहन सोहन रोहन आए।', 'hi')).toEqual(['राम श्याम मोहन सोहन']);
  });

  it('keeps an abbreviation with a dot inside the name (মো.)', () => {
    expect(unknown('উপদেষ্টা মো. রফিকুল আলম বলেন, আলোচনা ভালো হয়েছে।', 'bn')).toEqual(['মো. রফিকুল আলম']);
  });
});

describe('findTitledPeople: a conjunction joins a second title, not the name', () => {
  it('takes the name after "তথা অর্থনীতিমন্ত্রী", "तथा ... मंत्री", "and Economy Minister"', () => {
    expect(unknown('ইউক্রেনের উপপ্রধানমন্ত্রী তথা অর্থনীতিমন্ত্রী ওলেনা কভালচুক চুক্তিতে সই করেন।', 'bn')).toEqual([
      'ওলেনা কভালচুক',
    ]);
    expect(unknown('उप प्रधानमंत्री तथा डिजिटल परिवर्तन मंत्री ओलेना कोवलचुक ने कहा।', 'hi')).toEqual(['ओलेना कोवलचुक']);
    expect(
      unknown('First Deputy Prime Minister and Economy Minister Olena Kovalchuk signed it.', 'en'),
    ).toEqual(['Olena Kovalchuk']);
  });

  it('finds no one when two titles share no name', () => {
    expect(unknown('প্রধানমন্ত্রী ও পররাষ্ট্রমন্ত্রী বৈঠক করেন।', 'bn')).toEqual([]);
    expect(unknown('प्रधानमंत्री और विदेश मंत्री ने बैठक की।', 'hi')).toEqual([]);
  });
});

describe('findTitledPeople: an honorific after a title is part of the name', () => {
  it('names one person, Sheikh included (সচিব শেখ ..., सचिव शेख ..., spokesman Sheikh ...)', () => {
    expect(unknown('দলের তথ্য সচিব শেখ নাদিম আকবর বলেন, সমঝোতা গোপন।', 'bn')).toEqual(['শেখ নাদিম আকবর']);
    expect(unknown('पार्टी के सूचना सचिव शेख नदीम अकबर ने कहा।', 'hi')).toEqual(['शेख नदीम अकबर']);
    expect(unknown('Party Secretary Sheikh Nadeem Akbar said so.', 'en')).toEqual(['Sheikh Nadeem Akbar']);
  });

  it('takes Sheikh with the name when no other title comes first', () => {
    expect(unknown('শেখ নাদিম আকবর বলেন।', 'bn')).toEqual(['শেখ নাদিম আকবর']);
  });
});

describe('findTitledPeople: a Bengali case ending comes off only where the text shows it is one', () => {
  it('keeps a name that ends like an ending (ওয়াগনার, ফেরেইরো) and strips a genitive before সঙ্গে', () => {
    expect(unknown('পররাষ্ট্রমন্ত্রী ক্লাউস ওয়াগনার এবং অন্যরা আসেন।', 'bn')).toEqual(['ক্লাউস ওয়াগনার']);
    expect(unknown('পররাষ্ট্রমন্ত্রী ক্লাউস ওয়াগনারের সঙ্গে বৈঠক হয়।', 'bn')).toEqual(['ক্লাউস ওয়াগনার']);
    expect(unknown('মন্ত্রী লুসিয়া ফেরেইরোর সঙ্গে কথা হয়।', 'bn')).toEqual(['লুসিয়া ফেরেইরো']);
    expect(unknown('মন্ত্রী লুসিয়া ফেরেইরো আসেন।', 'bn')).toEqual(['লুসিয়া ফেরেইরো']);
  });
});

describe('analyse: a family name inside a place name is not the person', () => {
  it('drops পিটার্স in সেন্ট পিটার্স ব্যাসিলিকা, पीटर्स in सेंट पीटर्स, Peters in Peters Basilica', () => {
    expect(known('সেন্ট পিটার্স ব্যাসিলিকার ভিতরে দুই নেতা কথা বলেন।', 'bn')).toEqual([]);
    expect(known('सेंट पीटर्स बेसिलिका में दोनों नेता मिले।', 'hi')).toEqual([]);
    expect(known('The two leaders met inside the Peters Basilica.', 'en')).toEqual([]);
  });

  it('keeps the family name where it names the person', () => {
    expect(known('উইনস্টন পিটার্স বলেন, পিটার্স ঢাকায় যাবেন।', 'bn')).toEqual(['winston-peters']);
    expect(known('पीटर्स ने कहा कि वे दिल्ली जाएंगे।', 'hi')).toEqual(['winston-peters']);
    expect(known('Peters said he would travel to Delhi.', 'en')).toEqual(['winston-peters']);
  });
});

describe('findTitledPeople: a gazetteer person in a spelling the gazetteer lacks', () => {
  it('is recognised by the transliterated name, not reported as unknown', () => {
    const text = 'इंडोनेशिया के ऊर्जा मंत्री बहलील लहादालिया ने निकल पर कहा।';
    expect(known(text, 'hi')).toEqual(['bahlil-lahadalia']);
    expect(unknown(text, 'hi')).toEqual([]);
  });
});

describe('findTitledPeople: a first word with a genitive or locative ending is a noun', () => {
  it('finds no one in "জেনারেল অ্যাসেম্বলিতে ভাষণ"', () => {
    expect(unknown('জেনারেল অ্যাসেম্বলিতে ভাষণ দেন প্রধানমন্ত্রী।', 'bn')).toEqual([]);
    expect(unknown('মন্ত্রী রাশেদ খান মেনন বলেন।', 'bn')).toEqual(['রাশেদ খান মেনন']);
  });
});
