import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditCountries } from '../../../src/pipeline/gazetteer/build/audit-countries';
import { loadCountries, loadPlaces } from '../../../src/pipeline/gazetteer/load-geo';
import { buildLexicon } from '../../../src/pipeline/lexicon';
import { keyText } from '../../../src/pipeline/normalise';

const lexicon = buildLexicon();
/** The country codes the lexicon finds in a phrase (names, demonyms, capitals). */
function countriesIn(text: string): string[] {
  const codes = lexicon.matcher.find(keyText(text), text).flatMap((m) =>
    m.values.flatMap((v) => {
      if (v.kind === 'country') return [v.id];
      if (v.kind === 'place') return lexicon.capitalOf.has(v.id) ? [lexicon.capitalOf.get(v.id)!] : [];
      return [];
    }),
  );
  return [...new Set(codes)].sort();
}

describe('country names and demonyms as the press writes them', () => {
  it.each([
    ['কঙ্গোর খনিজ সম্পদ', 'CD'],
    ['ডিআর কঙ্গো ও রুয়ান্ডা', 'CD'],
    ['গণতান্ত্রিক কঙ্গোর প্রেসিডেন্ট', 'CD'],
    ['लोकतांत्रिक कांगो गणराज्य में कोबाल्ट', 'CD'],
    ['कांगो के राष्ट्रपति', 'CD'],
    ["Côte d'Ivoire and Ghana", 'CI'],
    ['আইভরি কোস্টের কোকো', 'CI'],
    ['आइवरी कोस्ट', 'CI'],
    ['Türkiye hosted talks', 'TR'],
    ['তুরস্কের প্রেসিডেন্ট', 'TR'],
    ['तुर्किये के राष्ट्रपति', 'TR'],
    ['Czechia and Slovakia', 'CZ'],
    ['चेक रिपब्लिक', 'CZ'],
    ['Burma', 'MM'],
    ['মিয়ানমারের সেনা', 'MM'],
    ['Eswatini', 'SZ'],
    ['Timor-Leste', 'TL'],
    ['পূর্ব তিমুর', 'TL'],
    ['ইন্দোনেশীয় কর্মকর্তা', 'ID'],
    ['इंडोनेशियाई मंत्री', 'ID'],
    ['ফিলিপিনো নাবিক', 'PH'],
    ['फिलीपीनी राष्ट्रपति', 'PH'],
    ['ভিয়েতনামি প্রতিনিধি', 'VN'],
    ['वियतनामी कंपनी', 'VN'],
    ['কাজাখ প্রেসিডেন্ট', 'KZ'],
    ['कज़ाख़ राष्ट्रपति', 'KZ'],
    ['উজবেক প্রতিনিধি', 'UZ'],
    ['उज़्बेक नेता', 'UZ'],
    ['আফগান শরণার্থী', 'AF'],
    ['अफ़ग़ान सरकार', 'AF'],
    ['নেপালি প্রধানমন্ত্রী', 'NP'],
    ['श्रीलंकाई नौसेना', 'LK'],
    ['শ্রীলঙ্কান সরকার', 'LK'],
    ['মালদ্বীপের প্রেসিডেন্ট', 'MV'],
    ['इस्राइली सेना', 'IL'],
    ['हिन्दुस्तान की जनता', 'IN'],
    ['দ. কোরিয়ার প্রেসিডেন্ট', 'KR'],
    ['ব্রুনাইয়ের সুলতান', 'BN'],
  ])('finds %s as %s', (text, code) => {
    expect(countriesIn(text)).toContain(code);
  });

  it.each([
    'अंटार्कटिका में सहयोग',
    'অ্যান্টার্কটিকা অভিযান',
    'Antarctica research',
    'NDTV India reported',
    'according to the Washington Post',
    'জাপান সাগরে মহড়া',
    'Sea of Japan',
    'यूरोप और अफ्रीका',
    'European leaders and Latin America',
    'ইউরোপ ও আফ্রিকা',
    'Gulf states and the Balkans',
  ])('finds no country in %s', (text) => {
    expect(countriesIn(text)).toEqual([]);
  });
});

describe('auditCountries(countries, places, codes)', () => {
  const list = JSON.parse(
    readFileSync(
      new URL('../../../src/pipeline/gazetteer/build/audit/countries.json', import.meta.url),
      'utf8',
    ),
  ) as { members: string[]; others: string[] };

  it('lists the 193 UN members, every one in countries.json with a named capital', () => {
    expect(list.members).toHaveLength(193);
    const gaps = auditCountries(loadCountries(), loadPlaces(), [...list.members, ...list.others]);
    expect(gaps.missing).toEqual([]);
    expect(gaps.capitalUnnamed).toEqual([]);
  });

  it('reports a country without demonyms or with one spelling', () => {
    const c = loadCountries().find((x) => x.code === 'TO')!;
    const bare = { ...c, demonyms: { en: [], bn: [], hi: [] }, aliases: { ...c.aliases, hi: ['टोंगा'] } };
    const gaps = auditCountries([bare], loadPlaces(), ['TO', 'QQ']);
    expect(gaps.missing).toEqual(['QQ']);
    expect(gaps.noDemonymBn).toEqual(['TO']);
    expect(gaps.noDemonymHi).toEqual(['TO']);
    expect(gaps.oneNameHi).toEqual(['TO']);
  });
});
