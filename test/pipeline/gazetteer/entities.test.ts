import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  loadMinerals,
  loadOrganisations,
  loadTerms,
  loadTitles,
} from '../../../src/pipeline/gazetteer/load-entities';
import type { LangStrings } from '../../../src/pipeline/gazetteer/types-entities';
import { Matcher } from '../../../src/pipeline/matcher';
import { keyText, normaliseKey } from '../../../src/pipeline/normalise';
import { END_USES, LANGUAGES, MINERAL_IDS, STAGES } from '../../../src/shared/vocab';

const DEV = new URL('../../../../shared/eval/dev/', import.meta.url);

const aliasesOf = (list: Partial<LangStrings> | undefined) => LANGUAGES.flatMap((l) => list?.[l] ?? []);

/** Folded aliases claimed by more than one entry. */
function sharedAliases(entries: { id: string; aliases: LangStrings; contextual?: Partial<LangStrings> }[]) {
  const owner = new Map<string, string>();
  const shared: string[] = [];
  for (const e of entries) {
    for (const alias of new Set([...aliasesOf(e.aliases), ...aliasesOf(e.contextual)].map(normaliseKey))) {
      const other = owner.get(alias);
      if (other && other !== e.id) shared.push(`${alias}: ${other}, ${e.id}`);
      owner.set(alias, e.id);
    }
  }
  return shared;
}

function mineralMatcher() {
  const patterns = loadMinerals().flatMap((m) =>
    [...aliasesOf(m.aliases), ...aliasesOf(m.contextual)].map((alias) => ({ alias, value: m.id })),
  );
  return new Matcher(patterns);
}

const mineralsIn = (matcher: Matcher<string>, text: string) =>
  new Set(matcher.find(keyText(text), text).flatMap((m) => m.values));

describe('organisations.json', () => {
  it('has unique ids, en/bn/hi names and aliases no two organisations share', () => {
    const orgs = loadOrganisations();
    expect(new Set(orgs.map((o) => o.id)).size).toBe(orgs.length);
    for (const o of orgs)
      for (const lang of LANGUAGES) expect(o.aliases[lang].length, o.id).toBeGreaterThan(0);
    expect(sharedAliases(orgs)).toEqual([]);
    expect(orgs.map((o) => o.id)).toEqual(
      expect.arrayContaining(['g7', 'g20', 'asean', 'sco', 'quad', 'brics']),
    );
  });

  it('lists member countries as upper-case codes', () => {
    for (const o of loadOrganisations()) for (const m of o.members) expect(m, o.id).toMatch(/^[A-Z]{2}$/);
  });
});

describe('minerals.json', () => {
  it('has one entry for every MINERAL_IDS id, with aliases in en, bn and hi', () => {
    const minerals = loadMinerals();
    expect(minerals.map((m) => m.id).sort()).toEqual([...MINERAL_IDS].sort());
    for (const m of minerals)
      for (const lang of LANGUAGES) expect(m.aliases[lang].length, m.id).toBeGreaterThan(0);
    expect(sharedAliases(minerals)).toEqual([]);
  });

  it('names no mineral in the generic phrases for critical minerals', () => {
    const matcher = mineralMatcher();
    for (const text of [
      'critical minerals',
      'গুরুত্বপূর্ণ খনিজ',
      'গুরুত্বপূর্ণ খনিজ সম্পদ',
      'महत्वपूर्ण खनिज',
      'महत्वपूर्ण खनिजों',
      'खनिज संसाधन',
      'क्रिटिकल मिनरल्स',
    ])
      expect([...mineralsIn(matcher, text)], text).toEqual([]);
  });

  it.each([
    ['টাইটেনিয়াম ও টাইটানিয়াম', 'titanium'],
    ['टाइटेनियम और टाइटानियम', 'titanium'],
    ['ferrochrome and chrome ore', 'chromium'],
    ['platinum and palladium', 'platinum-group-metals'],
    ['প্ল্যাটিনাম ও প্যালেডিয়াম', 'platinum-group-metals'],
    ['पैलेडियम', 'platinum-group-metals'],
    ['bauxite and alumina', 'aluminium'],
    ['বক্সাইট', 'aluminium'],
    ['बॉक्साइट', 'aluminium'],
    ['coltan from Kivu', 'tantalum'],
    ['কোল্টান', 'tantalum'],
    ['iron ore pellets', 'iron-ore'],
    ['লৌহ আকরিক', 'iron-ore'],
    ['लौह अयस्क', 'iron-ore'],
    ['potash and potassium chloride', 'potash'],
    ['पोटाश', 'potash'],
    ['phosphate rock and phosphorite', 'phosphate'],
    ['ফসফরাইট', 'phosphate'],
    ['कोबाल्ट', 'cobalt'],
    ['কোবাল্ট', 'cobalt'],
    ['নিকেল', 'nickel'],
    ['ग्रेफाइट', 'graphite'],
    ['গ্যালিয়াম', 'gallium'],
    ['जर्मेनियम', 'germanium'],
    ['অ্যান্টিমনি', 'antimony'],
    ['एन्टीमनी', 'antimony'],
    ['টাংস্টেন', 'tungsten'],
    ['টাঙ্গস্টেন', 'tungsten'],
    ['टंगस्टन', 'tungsten'],
    ['ম্যাঙ্গানিজ', 'manganese'],
    ['ম্যাংগানিজ', 'manganese'],
    ['मैंगनीज', 'manganese'],
    ['তামা', 'copper'],
    ['तांबा', 'copper'],
    ['ইউরেনিয়াম', 'uranium'],
    ['यूरेनियम', 'uranium'],
    ['लिथियम', 'lithium'],
    ['বিরল মৃত্তিকা', 'rare-earths'],
    ['रेयर अर्थ', 'rare-earths'],
  ])('finds %s as %s', (text, id) => {
    expect([...mineralsIn(mineralMatcher(), text)]).toContain(id);
  });

  it('keeps words that are also common words (निकल, सोना) in the contextual list only', () => {
    const nickel = loadMinerals().find((m) => m.id === 'nickel')!;
    expect(nickel.contextual?.hi).toContain('निकल');
    expect(nickel.aliases.hi).not.toContain('निकल');
  });

  it('finds every gold mineral of the dev articles in their text', () => {
    if (!existsSync(DEV)) return;
    const matcher = mineralMatcher();
    for (const file of readdirSync(DEV).filter((f) => f.endsWith('.gold.json'))) {
      const gold = JSON.parse(readFileSync(new URL(file, DEV), 'utf8')) as {
        file: string;
        minerals: string[];
      };
      const found = mineralsIn(matcher, readFileSync(new URL(gold.file, DEV), 'utf8'));
      for (const id of gold.minerals) expect(found.has(id), `${gold.file}: ${id}`).toBe(true);
    }
  });
});

describe('terms.json', () => {
  it('has every STAGES and END_USES id once, with aliases in en, bn and hi', () => {
    const terms = loadTerms();
    expect(
      terms
        .filter((t) => t.kind === 'stage')
        .map((t) => t.id)
        .sort(),
    ).toEqual([...STAGES].sort());
    expect(
      terms
        .filter((t) => t.kind === 'end-use')
        .map((t) => t.id)
        .sort(),
    ).toEqual([...END_USES].sort());
    for (const t of terms)
      for (const lang of LANGUAGES) expect(t.aliases[lang].length, t.id).toBeGreaterThan(0);
    expect(sharedAliases(terms)).toEqual([]);
  });
});

describe('titles.json', () => {
  it('gives each title text one role per language', () => {
    const seen = new Map<string, string>();
    for (const t of loadTitles()) {
      const key = `${t.lang}:${normaliseKey(t.text)}`;
      expect(seen.get(key) ?? t.role, key).toBe(t.role);
      seen.set(key, t.role);
    }
  });

  it('covers the main offices in every language', () => {
    const titles = loadTitles();
    for (const lang of LANGUAGES)
      for (const role of [
        'President',
        'Prime Minister',
        'Foreign Minister',
        'Ambassador',
        'Defence Minister',
      ])
        expect(
          titles.some((t) => t.lang === lang && t.role === role),
          `${lang} ${role}`,
        ).toBe(true);
  });
});
