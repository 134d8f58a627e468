import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/pipeline/corpus';
import { buildLexicon } from '../../../src/pipeline/lexicon';

const lexicon = buildLexicon();

/** Meetings of one made-up article published on Monday 3 March 2025, as [countries, date, place]. */
function meetingsOf(body: string) {
  const text = `Published: 3 March 2025\nA headline about diplomacy\n${body}\n`;
  const data = buildDataset('x', [{ file: 'a.txt', text }], [], lexicon);
  return data.events
    .filter((e) => e.type === 'meeting')
    .map((e) => [e.countries.join(','), e.date, e.place?.name ?? null] as const);
}

describe('meetings beside a summit', () => {
  it('keeps a sideline meeting apart from the summit, dated and placed by it (Hindi)', () => {
    const found = meetingsOf(
      'शुक्रवार को मोदी ने बैंकॉक में बिम्सटेक शिखर सम्मेलन में भाग लिया। सम्मेलन से इतर मोदी ने नेपाल के प्रधानमंत्री ओली से मुलाकात की।',
    );
    expect(found).toContainEqual(['IN,NP', '2025-02-28', 'Bangkok']);
  });

  it('reads a meeting on the sidelines of "the same summit" as a side meeting, placed at the summit (Bengali)', () => {
    const found = meetingsOf(
      'শনিবার তিয়ানজিনে এসসিও শীর্ষ সম্মেলনে যোগ দেন মোদী। রোববার একই সম্মেলনের ফাঁকে মালদ্বীপের প্রেসিডেন্ট মুইজ্জুর সঙ্গেও বৈঠক করেন মোদী।',
    );
    expect(found).toContainEqual(['IN,MV', '2025-03-02', 'Tianjin']);
    expect(found.filter(([c]) => c === 'IN,MV')).toHaveLength(1);
  });

  it('gives one meeting per partner for "talks with A and B", and one for a trilateral', () => {
    const pairs = meetingsOf(
      'In Tianjin on Sunday, Modi held talks with Chinese President Xi Jinping and Russian President Vladimir Putin.',
    );
    expect(pairs.map(([c]) => c).sort()).toEqual(['CN,IN', 'IN,RU']);
    const together = meetingsOf(
      'In Tianjin on Sunday, Modi held trilateral talks with Chinese President Xi Jinping and Russian President Vladimir Putin.',
    );
    expect(together.map(([c]) => c)).toEqual(['CN,IN,RU']);
  });

  it('keeps a gathering of one organisation apart from the summit of another', () => {
    const found = meetingsOf(
      'Leaders of the G20 held a summit in Johannesburg on Sunday. Modi also held a meeting with Japan’s prime minister Sanae Takaichi, and joined Brazilian President Lula for a meeting of the IBSA grouping.',
    );
    expect(found.map(([c]) => c)).toContainEqual('BR,IN,ZA');
    expect(found.map(([c]) => c)).toContainEqual('IN,JP');
  });
});

describe('clauses and references', () => {
  it('reads a relative clause with its own meeting ("X, who met Y at the White House in May, said")', () => {
    const found = meetingsOf(
      'South African President Cyril Ramaphosa, who met Trump at the White House in January, said the talks in Pretoria had gone well.',
    );
    expect(found).toContainEqual(['US,ZA', '2025-01', 'White House']);
  });

  it('takes "there" as the place last named, and does not make its country a party', () => {
    const found = meetingsOf(
      'On Saturday Modi arrived in Tianjin. There he held talks with Maldivian President Mohamed Muizzu on the Kaladan project.',
    );
    // The talks are India and the Maldives only; China is where they were held.
    expect(found).toContainEqual(['IN,MV', '2025-03-01', 'Tianjin']);
    expect(found.map(([c]) => c)).not.toContain('CN,IN,MV');
  });

  it('adds a sentence opening "বৈঠকে …" to the meeting just told, not a new planned one', () => {
    const found = meetingsOf(
      'শনিবার বেইজিংয়ে মিয়ানমারের প্রধান মিন অং হ্লাইং চীনের প্রেসিডেন্ট সি চিন পিংয়ের সঙ্গে বৈঠক করেছেন। বৈঠকে সি বলেন, চীন মিয়ানমারকে সহায়তা করবে।',
    );
    expect(found).toEqual([['CN,MM', '2025-03-01', 'Beijing']]);
  });
});

describe('whom a pronoun means', () => {
  it('takes "वह" after "X hosted him" as the person the story follows, and "उनकी वार्ता" as his', () => {
    const found = meetingsOf(
      'प्रधानमंत्री नरेंद्र मोदी ने बुधवार को केन्या से यात्रा की शुरुआत की, जहां राष्ट्रपति विलियम रुटो ने नैरोबी में उनकी मेजबानी की। इसके बाद वह तंजानिया पहुंचे, जहां शुक्रवार को राष्ट्रपति सामिया सुलुहू हसन के साथ उनकी द्विपक्षीय वार्ता हुई। मोदी ने कहा कि भारत अफ्रीका का भरोसेमंद साझेदार है।',
    );
    expect(found).toContainEqual(['IN,KE', '2025-02-26', 'Nairobi']);
    expect(found.map(([c, d]) => `${c} ${d}`)).toContainEqual('IN,TZ 2025-02-28');
    expect(found.map(([c]) => c)).not.toContain('KE,TZ');
  });

  it('does not read "his country" in a speaker’s words as a second party', () => {
    const found = meetingsOf(
      'White House dinner: leaders of Kazakhstan and the United States met in Washington on Thursday. During the dinner, Tajikistan’s president said his country has many minerals.',
    );
    expect(found.map(([c]) => c)).not.toContain('TJ,US');
  });
});

describe('the two just told, on another occasion', () => {
  it('reads "सितंबर में … दोनों की संक्षिप्त मुलाकात हुई थी" as a second meeting of the same pair', () => {
    const found = meetingsOf(
      'अमेरिका के राष्ट्रपति डोनाल्ड ट्रंप और ऑस्ट्रेलिया के प्रधानमंत्री एंथनी अल्बनीज़ ने रविवार को व्हाइट हाउस में मुलाकात की. जनवरी में न्यूयॉर्क में एक स्वागत समारोह में दोनों की संक्षिप्त मुलाकात हुई थी.',
    );
    expect(found).toContainEqual(['AU,US', '2025-03-02', 'White House']);
    expect(found).toContainEqual(['AU,US', '2025-01', 'New York']);
  });

  it('reads "उस बातचीत से पहले" as the talks already told, not a new planned meeting', () => {
    const found = meetingsOf(
      'दक्षिण कोरिया में अगले हफ्ते ट्रंप की चीनी राष्ट्रपति शी जिनपिंग से मुलाकात प्रस्तावित है. माना जा रहा है कि ऑस्ट्रेलिया के साथ यह समझौता उस बातचीत से पहले वाशिंगटन की स्थिति को मजबूत करेगा.',
    );
    expect(found.map(([c]) => c)).toEqual(['CN,US']);
  });
});

describe('the setting of a meeting', () => {
  it('takes "रूस के कजान में" and "চীনের তিয়ানজিন শহরে" as the city, not the country as a party', () => {
    const hi = meetingsOf('पिछली बार मोदी और शी जिनपिंग अक्टूबर 2024 में रूस के कजान में मिले थे.');
    expect(hi).toContainEqual(['CN,IN', '2024-10', 'Kazan']);
    const bn = meetingsOf(
      'মিয়ানমারের প্রধান মিন অং হ্লাইং শনিবার চীনের তিয়ানজিন শহরে প্রেসিডেন্ট সি চিন পিংয়ের সঙ্গে বৈঠক করেছেন।',
    );
    expect(bn).toContainEqual(['CN,MM', '2025-03-01', 'Tianjin']);
  });

  it('reads "भूटान गए थे" as a visit of the subject, dated by its own month', () => {
    const found = meetingsOf('प्रधानमंत्री नरेंद्र मोदी इससे पहले मार्च 2024 में भूटान गए थे.');
    expect(found.map(([c, d]) => `${c} ${d}`)).toContainEqual('BT,IN 2024-03');
  });

  it('dates "next year\'s talks … this week" by next year', () => {
    const found = meetingsOf(
      "Next year's talks between Turkey and Australia will be held in Antalya under a compromise reached this week.",
    );
    expect(found.map(([c, d]) => `${c} ${d}`)).toContainEqual('AU,TR 2026');
  });
});

describe('a trip named only as a moment', () => {
  it('does not take "ভারত সফরের আগে মস্কোতে…" as a visit to India', () => {
    const found = meetingsOf('ভারত সফরের আগে মঙ্গলবার মস্কোতে রাশিয়া ও আফগানিস্তানের মন্ত্রীদের বৈঠক হয়।');
    expect(found.map(([c, , p]) => `${c} ${p}`)).toContainEqual('AF,RU Moscow');
    expect(found.map(([c]) => c).join(' ')).not.toContain('IN');
  });
});
