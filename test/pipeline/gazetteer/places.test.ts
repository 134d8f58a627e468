import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import type { GeoLang, PlaceEntry } from '../../../src/pipeline/gazetteer/types-geo';
import { buildLexicon } from '../../../src/pipeline/lexicon';
import { keyText } from '../../../src/pipeline/normalise';

const places = JSON.parse(
  readFileSync(new URL('../../../src/pipeline/gazetteer/places.json', import.meta.url), 'utf8'),
) as PlaceEntry[];
const byId = new Map(places.map((p) => [p.id, p]));
const LANGS: GeoLang[] = ['en', 'bn', 'hi'];

/** ISO entries with no permanent population, so no capital. */
const NO_CAPITAL = new Set(['AQ', 'BV', 'HM', 'UM']);

/** How a matcher would compare forms: NFC, and case-free for English. */
const key = (form: string): string => form.normalize('NFC').toLowerCase();

/** Folded alias -> ids of the places it names. */
function aliasIndex(): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const p of places) {
    for (const form of [...LANGS.flatMap((l) => p.aliases[l]), ...p.aliasesCased]) {
      index.set(key(form), (index.get(key(form)) ?? new Set()).add(p.id));
    }
  }
  return index;
}

describe('places.json', () => {
  it('has unique ids in sorted order', () => {
    const ids = places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('puts every place at real coordinates in a real country', () => {
    const bad = places.filter(
      (p) =>
        !(
          Number.isFinite(p.lat) &&
          Math.abs(p.lat) <= 90 &&
          Number.isFinite(p.lon) &&
          Math.abs(p.lon) <= 180
        ) || !(countries.isValid(p.country) || p.country === 'XK'),
    );
    expect(bad.map((p) => p.id)).toEqual([]);
  });

  it('puts every venue within a city of the same country, nearby', () => {
    const venues = places.filter((p) => p.kind === 'venue');
    expect(venues.length).toBeGreaterThan(30);
    const bad = venues.filter((v) => {
      const city = v.within ? byId.get(v.within) : undefined;
      return (
        !city ||
        city.kind !== 'city' ||
        city.country !== v.country ||
        Math.abs(city.lat - v.lat) > 0.5 ||
        Math.abs(city.lon - v.lon) > 0.5
      );
    });
    expect(bad.map((v) => v.id)).toEqual([]);
  });

  it('gives a capital to every inhabited ISO country and territory', () => {
    const withCapital = new Set(places.flatMap((p) => (p.capitalOf ? [p.capitalOf] : [])));
    const missing = Object.keys(countries.getAlpha2Codes()).filter(
      (code) => !NO_CAPITAL.has(code) && !withCapital.has(code),
    );
    expect(missing).toEqual([]);
    expect(withCapital.has('XK')).toBe(true);
  });

  it('marks capitals only as cities of the country they stand for', () => {
    const bad = places.filter((p) => p.capitalOf && (p.capitalOf !== p.country || p.kind !== 'city'));
    expect(bad.map((p) => p.id)).toEqual([]);
  });

  it('names every capital in Bengali and Hindi', () => {
    const bad = places.filter((p) => p.capitalOf && !(p.names.bn && p.names.hi));
    expect(bad.map((p) => p.id)).toEqual([]);
  });

  it('lists each display name first among its aliases', () => {
    const bad = places.filter(
      (p) =>
        p.names.en !== p.name ||
        (p.aliases.en.length > 0 && p.aliases.en[0] !== p.name) ||
        (p.names.bn !== undefined && p.aliases.bn[0] !== p.names.bn) ||
        (p.names.hi !== undefined && p.aliases.hi[0] !== p.names.hi),
    );
    expect(bad.map((p) => p.id)).toEqual([]);
  });

  it('keeps case-sensitive English forms (Male, Nice) out of the case-free aliases', () => {
    const bad = places.filter((p) => p.aliasesCased.some((c) => p.aliases.en.some((a) => key(a) === key(c))));
    expect(bad.map((p) => p.id)).toEqual([]);
    expect(byId.get('male')?.aliasesCased).toContain('Male');
  });

  it('gives no surface form to two places', () => {
    const shared = [...aliasIndex()]
      .filter(([, ids]) => ids.size > 1)
      .map(([form, ids]) => `${form}: ${[...ids]}`);
    expect(shared).toEqual([]);
  });

  it('lists no alias that is a common word (sand, forest, ear, river, corn, Rio Tinto...)', () => {
    const common = ['বালি', 'বন', 'দমন', 'दमन', 'ভোলা', 'भोला', 'পারো', 'सूरत', 'मक्का', 'गांजा', 'গাঞ্জা'];
    const more = [
      'কান',
      'कान',
      'নদী',
      'नदी',
      'পায়রা',
      'চমন',
      'चमन',
      'উরি',
      'গল',
      'सोची',
      'हिली',
      'कोम',
      'rio',
    ];
    const index = aliasIndex();
    expect([...common, ...more].filter((w) => index.has(key(w)))).toEqual([]);
  });

  it.each([
    ['ওয়াশিংটন', 'washington'],
    ['वॉशिंगटन', 'washington'],
    ['वाशिंगटन', 'washington'],
    ['Washington, D.C.', 'washington'],
    ['বেজিং', 'beijing'],
    ['बीजिंग', 'beijing'],
    ['नई दिल्ली', 'new-delhi'],
    ['নয়াদিল্লি', 'new-delhi'],
    ['নয়া দিল্লি', 'new-delhi'],
    ['দিল্লি', 'new-delhi'],
    ['दिल्ली', 'new-delhi'],
    ['মস্কো', 'moscow'],
    ['मॉस्को', 'moscow'],
    ['कीव', 'kyiv'],
    ['Kiev', 'kyiv'],
    ['কিয়েভ', 'kyiv'],
    ['পিয়ংইয়ং', 'pyongyang'],
    ['क्रेमलिन', 'kremlin'],
    ['ক্রেমলিন', 'kremlin'],
    ['হোয়াইট হাউস', 'white-house'],
    ['व्हाइट हाउस', 'white-house'],
    ['हैदराबाद हाउस', 'hyderabad-house'],
    ['হায়দরাবাদ হাউস', 'hyderabad-house'],
    ['ब्लेयर हाउस', 'blair-house'],
    ['Chittagong', 'chattogram'],
    ['চট্টগ্রাম', 'chattogram'],
    ['Bombay', 'mumbai'],
    ['Rangoon', 'yangon'],
    ['Nur-Sultan', 'astana'],
    ['কাঠমান্ডু', 'kathmandu'],
    ['10 Downing Street', 'downing-street'],
    ['Foggy Bottom', 'state-department'],
    ['গণভবন', 'ganabhaban'],
    ['বঙ্গভবন', 'bangabhaban'],
    ['रियो डी जनेरियो', 'rio-de-janeiro'],
    ['রিও ডি জেনেইরো', 'rio-de-janeiro'],
    ['টোকিয়ো', 'tokyo'],
    ['অনুরাধাপুর', 'anuradhapura'],
    ['अनुराधापुरा', 'anuradhapura'],
    ['বোয়াও', 'boao'],
    ['बोआओ', 'boao'],
    ['हाइनान', 'hainan'],
    ['Hainan', 'hainan'],
    ['কানানাস্কিস', 'kananaskis'],
    ['Belem', 'belem'],
    ['Doral', 'doral'],
    ['डोरल', 'doral'],
    ['যমুনা', 'chief-advisers-office'],
    ['जिनेवा', 'geneva'],
    ['जेनीवा', 'geneva'],
    ['গিয়ংজু', 'gyeongju'],
    ['एलिसी महल', 'elysee-palace'],
    ['১০ ডাউনিং স্ট্রিট', 'downing-street'],
    ['ঝোংনানহাই', 'zhongnanhai'],
    ['Nur Sultan', 'astana'],
    ['St. Petersburg', 'saint-petersburg'],
  ])('finds %s as %s', (form, id) => {
    expect([...(aliasIndex().get(key(form)) ?? [])]).toContain(id);
  });

  it('reports its coverage of Bengali and Hindi names', () => {
    const bn = places.filter((p) => p.names.bn).length;
    const hi = places.filter((p) => p.names.hi).length;
    console.info(`places: ${places.length}, with bn ${bn}, with hi ${hi}`);
    expect(Math.min(bn, hi)).toBeGreaterThan(places.length * 0.9);
  });
});

describe('places in running text (the lexicon matcher)', () => {
  const lexicon = buildLexicon();
  const placeIn = (text: string) =>
    lexicon.matcher
      .find(keyText(text), text)
      .flatMap((m) => m.values.flatMap((v) => (v.kind === 'place' ? [v.id] : [])));

  it.each([
    ['জেনেভায় বৈঠক হবে', 'geneva'],
    ['টোকিয়োয় পৌঁছেছেন', 'tokyo'],
    ['টোকিওতে বৈঠক', 'tokyo'],
    ['বোয়াওতে এশিয়া ফোরাম', 'boao'],
    ['কুনমিংয়ে ত্রিপক্ষীয় বৈঠক', 'kunming'],
    ['যমুনায় বৈঠক করেন', 'chief-advisers-office'],
    ['वे कोलम्बो पहुंचे', 'colombo'],
    ['रियो डी जनेरियो में शिखर सम्मेलन', 'rio-de-janeiro'],
  ])('finds the place in %s, with its glued suffix or other spelling', (text, id) => {
    expect(placeIn(text)).toContain(id);
  });

  it.each(['যমুনা নদীর ভাঙন', 'যমুনা সেতু দিয়ে', 'The Jamuna River floods'])('finds no venue in %s', (text) => {
    expect(placeIn(text)).toEqual([]);
  });
});
