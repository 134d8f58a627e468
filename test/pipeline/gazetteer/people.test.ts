import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPeople } from '../../../src/pipeline/gazetteer/build/build-people';
import { toId, type SourcePerson } from '../../../src/pipeline/gazetteer/build/people-derive';
import type { PersonEntry } from '../../../src/pipeline/gazetteer/types-entities';
import { normaliseKey } from '../../../src/pipeline/normalise';

const LANGS = ['en', 'bn', 'hi'] as const;
const people = JSON.parse(
  readFileSync(new URL('../../../src/pipeline/gazetteer/people.json', import.meta.url), 'utf8'),
) as PersonEntry[];
const DEV = '/work/shared/eval/dev/';
/** Aliases the matcher cannot tell apart: its folded key, and dots and hyphens ignored. */
const fold = (s: string) =>
  normaliseKey(s)
    .replace(/[.\-\s]+/g, ' ')
    .trim();

/** Zero-width (non-)joiners are part of how Bengali writes র‍্যা; they are not letters of another script. */
const noJoiners = (s: string) => s.replace(/\u200C|\u200D/g, '');

/** The person whose English name or alias is one of the gold alternatives ("A|B"). */
function findPerson(gold: string): PersonEntry | undefined {
  const wanted = gold.split('|').map(fold);
  return people.find((p) => [p.name, ...p.aliases.en].some((a) => wanted.includes(fold(a))));
}

/** Language of an article by which script most of its letters are in. */
function articleLang(text: string): 'en' | 'bn' | 'hi' {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const [bn, hi, en] = [count(/[\u0980-\u09FF]/g), count(/[\u0900-\u097F]/g), count(/[A-Za-z]/g)];
  return bn >= hi && bn >= en ? 'bn' : hi >= en ? 'hi' : 'en';
}

const src = (en: string, extra: Partial<SourcePerson> = {}): SourcePerson => ({
  en,
  c: 'XX',
  bn: [`${en}-bn`],
  hi: [`${en}-hi`],
  ...extra,
});

describe('people.json', () => {
  it('has at least 600 people with unique kebab-case ids of their English names, sorted by id', () => {
    expect(people.length).toBeGreaterThanOrEqual(600);
    const ids = people.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const p of people) expect(p.id).toBe(toId(p.name));
  });

  it('gives every person an en name and a bn and hi name in their own scripts', () => {
    for (const p of people) {
      expect(p.names.en, p.id).toBe(p.name);
      expect(noJoiners(p.names.bn), p.id).toMatch(/^[\u0980-\u09FF][\u0980-\u09FF .'-]*$/);
      expect(noJoiners(p.names.hi), p.id).toMatch(/^[\u0900-\u097F][\u0900-\u097F .'-]*$/);
    }
  });

  it('lists every short name among the aliases', () => {
    for (const p of people)
      for (const l of LANGS) for (const s of p.surnameOnly[l]) expect(p.aliases[l], p.id).toContain(s);
  });

  it('shares an alias between people only as an ambiguous short name', () => {
    for (const l of LANGS) {
      const owners = new Map<string, PersonEntry[]>();
      for (const p of people)
        for (const a of new Set(p.aliases[l].map(fold))) owners.set(a, [...(owners.get(a) ?? []), p]);
      for (const [alias, list] of owners) {
        if (list.length < 2) continue;
        const asFull = list.filter((p) => !p.surnameOnly[l].map(fold).includes(alias));
        expect(asFull.length, `${l} "${alias}" is the full name of ${asFull.map((p) => p.id)}`).toBeLessThan(
          2,
        );
        for (const p of list) expect(p.ambiguousSurname, `${l} "${alias}" (${p.id})`).toBe(true);
      }
    }
  });

  it('gives no one an unambiguous short name that is a common word or a title word', () => {
    const words = JSON.parse(
      readFileSync(new URL('../../../src/pipeline/gazetteer/name-words.json', import.meta.url), 'utf8'),
    ) as { kind: string; lang: (typeof LANGS)[number]; words: string[] }[];
    const common = new Set(
      words
        .filter((w) => w.kind === 'stop' || w.kind === 'conjunction' || w.kind === 'title-ending')
        .flatMap((w) => w.words.map((x) => `${w.lang}|${normaliseKey(x)}`)),
    );
    const clashes = people.flatMap((p) =>
      p.ambiguousSurname
        ? []
        : LANGS.flatMap((l) =>
            p.surnameOnly[l].filter((s) => common.has(`${l}|${normaliseKey(s)}`)).map((s) => `${p.id}: ${s}`),
          ),
    );
    expect(clashes).toEqual([]);
  });

  it('has the people the brief names by name', () => {
    const required = (
      'Donald Trump;JD Vance;Marco Rubio;Scott Bessent;Howard Lutnick;Xi Jinping;Li Qiang;Wang Yi;Wang Wentao;' +
      'He Lifeng;Dong Jun;Vladimir Putin;Sergey Lavrov;Mikhail Mishustin;Andrei Belousov;Sergei Shoigu;' +
      'Dmitry Peskov;Kassym-Jomart Tokayev;Sadyr Japarov;Emomali Rahmon;Serdar Berdimuhamedow;' +
      'Shavkat Mirziyoyev;Ursula von der Leyen;António Costa;Charles Michel;Kaja Kallas;Josep Borrell;' +
      'Maroš Šefčovič;Friedrich Merz;Olaf Scholz;Johann Wadephul;Annalena Baerbock;Giorgia Meloni;' +
      'Antonio Tajani;Volodymyr Zelensky;Andrii Sybiha;Mark Rutte;António Guterres;Kristalina Georgieva;' +
      'Ngozi Okonjo-Iweala;Rafael Grossi;Anthony Albanese;Penny Wong;Richard Marles;Muhammad Yunus;' +
      'Touhid Hossain;Sukarno;Jawaharlal Nehru;Mahatma Gandhi;Mao Zedong;Mohammed bin Salman;Tamim bin Hamad Al Thani;' +
      'Ding Xuexiang;Thérèse Kayikwamba Wagner;Olivier Nduhungirehe;Yulia Svyrydenko;Kamla Persad-Bissessar;' +
      'Devendra Fadnavis;Imtiaz Ahmad Kazi;Sheikh Waqas Akram'
    ).split(';');
    expect(required.filter((n) => !findPerson(n))).toEqual([]);
  });
});

describe('people.json against the dev set', () => {
  const golds = readdirSync(DEV).filter((f) => f.endsWith('.gold.json'));

  it('has every gold person, under a spelling the article itself uses', () => {
    const missing: string[] = [];
    for (const g of golds) {
      const gold = JSON.parse(readFileSync(DEV + g, 'utf8')) as { people: string[] };
      const text = readFileSync(DEV + g.replace(/\.gold\.json$/, ''), 'utf8').normalize('NFC');
      const lang = articleLang(text);
      for (const name of gold.people) {
        const p = findPerson(name);
        if (!p) missing.push(`${g}: ${name} not in gazetteer`);
        else if (!p.aliases[lang].some((a) => text.includes(a.normalize('NFC'))))
          missing.push(`${g}: no ${lang} alias of ${p.id} occurs in the article`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('buildPeople(files)', () => {
  it('rejects two people with the same id', () => {
    expect(() => buildPeople([{ region: 'a', people: [src('Ana Lima'), src('Ana Lima')] }])).toThrow(
      /duplicate id/,
    );
  });

  it('rejects a full-name alias that names two people', () => {
    const files = [
      {
        region: 'a',
        people: [src('Ana Lima', { alt: ['A. Lima'] }), src('Alvaro Lima', { alt: ['A. Lima'] })],
      },
    ];
    expect(() => buildPeople(files)).toThrow(/names both/);
  });

  it('marks a family name two people share as ambiguous for both', () => {
    const built = buildPeople([
      { region: 'a', people: [src('Ana Pereira'), src('Bruno Pereira'), src('Carla Mendes')] },
    ]);
    expect(built.map((p) => [p.id, p.ambiguousSurname ?? false])).toEqual([
      ['ana-pereira', true],
      ['bruno-pereira', true],
      ['carla-mendes', false],
    ]);
  });

  it("marks a family name that is another person's first name as ambiguous (Nawaz)", () => {
    const built = buildPeople([{ region: 'a', people: [src('Maryam Nawaz'), src('Nawaz Sharif')] }]);
    expect(built.map((p) => [p.id, p.ambiguousSurname ?? false])).toEqual([
      ['maryam-nawaz', true],
      ['nawaz-sharif', false],
    ]);
  });

  it('derives the family name past a generational suffix and a particle', () => {
    const [marcos, leyen] = buildPeople([
      { region: 'a', people: [src('Ferdinand Marcos Jr.'), src('Ursula von der Leyen')] },
    ]);
    expect(marcos!.surnameOnly.en).toContain('Marcos');
    expect(leyen!.surnameOnly.en).toContain('von der Leyen');
  });
});

afterAll(() => {
  const rows = new Map<string, { people: number; ambiguous: number }>();
  for (const p of people) {
    const row = rows.get(p.region) ?? { people: 0, ambiguous: 0 };
    row.people++;
    if (p.ambiguousSurname) row.ambiguous++;
    rows.set(p.region, row);
  }
  const lines = [...rows]
    .sort()
    .map(([r, c]) => `  ${r.padEnd(22)} ${String(c.people).padStart(4)} (${c.ambiguous} ambiguous)`);
  console.log(`people by region (all with en/bn/hi names):\n${lines.join('\n')}\n  total ${people.length}`);
});
