/**
 * Turns one curated source record into a full PersonEntry: the curated files list only the
 * spellings a person writes down once; the variants every name has (no dots, no diacritics,
 * ट्रंप/ट्रम्प, ज़/ज, the bare family name) are derived here so no file repeats them.
 */
import type { LangStrings, PersonEntry, PersonRole } from '../types-entities';
import { nameVariants } from './name-variants';

/** A person as curated in build/people/*.json. */
export interface SourcePerson {
  /** Usual English name. */
  en: string;
  /** ISO country code. */
  c: string;
  /** Other English spellings. */
  alt?: string[];
  /** Bengali spellings, the preferred one first. */
  bn: string[];
  /** Hindi spellings, the preferred one first. */
  hi: string[];
  /** Roles as [title, from, to, country?]; country defaults to c. */
  r?: [string, string | null, string | null, string?][];
  /** Family name comes first (Xi Jinping, Kim Jong Un). */
  ff?: boolean;
  /** The last word is not a family name (mononyms, royal names): derive no short name. */
  ns?: boolean;
  /** Short names are common words or names even if no other person shares them. */
  amb?: boolean;
}

const PARTICLES = new Set([
  'von',
  'der',
  'van',
  'de',
  'da',
  'di',
  'del',
  'la',
  'le',
  'dos',
  'do',
  'den',
  'al',
  'el',
]);

/** Family names too common to trust alone (press writes "Singh", "Kim", "Wong" for many people). */
export const COMMON_SURNAMES = new Set(
  (
    'smith wong khan singh lee kim li wang zhang liu chen park nguyen tran ali ahmed ahmad rahman ' +
    'hossain hasan hassan hussain shah sharma kumar patel johnson brown jones williams miller ' +
    'davis wilson anand joshi reddy gandhi yadav chowdhury islam uddin mohammed muhammad aziz ' +
    'abdullah saleh jones taylor thomas white martin garcia lopez gonzalez rodriguez silva ' +
    'santos costa rossi yang huang zhao wu zhou sun ma song han choi jung kang cho yoon lim ' +
    'tan lim ng ong hun rao das bose sen shetty naidu mishra gupta'
  ).split(/\s+/),
);

export function toId(name: string): string {
  return stripMarks(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function stripMarks(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Anusvara before a stop and the class nasal with virama are both common (ट्रंप / ट्रम्प). */
const NASAL_OF: [RegExp, string][] = [
  [/ं(?=[कखगघ])/g, 'ङ्'],
  [/ं(?=[चछजझ])/g, 'ञ्'],
  [/ं(?=[टठडढ])/g, 'ण्'],
  [/ं(?=[तथदध])/g, 'न्'],
  [/ं(?=[पफबभ])/g, 'म्'],
];

function hindiVariants(s: string): string[] {
  const out = [s, s.replace(/\u093C/g, '')];
  let virama = s;
  for (const [re, rep] of NASAL_OF) virama = virama.replace(re, rep);
  out.push(virama, s.replace(/[नमणञङ]्(?=[क-भ])/g, 'ं'));
  return out;
}

function englishVariants(s: string): string[] {
  const noDots = s.replace(/\.\s*/g, ' ').trim();
  return [s, noDots, stripMarks(s), stripMarks(noDots), s.replace(/-/g, ' ')];
}

/** Generational suffixes: "Ferdinand Marcos Jr." is Marcos, not "Jr.". */
const SUFFIXES = new Set(
  ['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'জুনিয়র', 'जूनियर'].map((w) => w.normalize('NFC')),
);

/** Family name of a full name: last word with any particles before it, or the first word. */
function familyName(full: string, ff: boolean, particleWords: number): string {
  const words = full.split(/\s+/).filter((w) => !SUFFIXES.has(w.normalize('NFC').toLowerCase()));
  if (words.length < 2) return '';
  if (ff) return words[0]!;
  return words.slice(-1 - particleWords).join(' ');
}

function particleCount(en: string): number {
  const words = en.split(/\s+/).filter((w) => !SUFFIXES.has(w.toLowerCase()));
  let n = 0;
  for (let i = words.length - 2; i > 0 && PARTICLES.has(words[i]!.toLowerCase()); i--) n++;
  return n;
}

const uniq = (xs: string[]): string[] => [
  ...new Set(xs.map((x) => x.normalize('NFC').trim()).filter(Boolean)),
];

export function derivePerson(src: SourcePerson, region: string): PersonEntry {
  const ff = src.ff ?? false;
  const pc = particleCount(src.en);
  const short = (full: string) => (src.ns ? '' : familyName(full, ff, pc));
  const enFull = uniq([src.en, ...(src.alt ?? [])].flatMap(englishVariants));
  const bnFull = uniq(src.bn.flatMap((f) => nameVariants(f, 'bn')));
  const hiFull = uniq(src.hi.flatMap(hindiVariants).flatMap((f) => nameVariants(f, 'hi')));
  const bnShort = short(src.bn[0] ?? '');
  const hiShort = short(src.hi[0] ?? '');
  const surnames: LangStrings = {
    en: uniq([short(src.en), ...enFull.filter((a) => !a.includes(' '))].flatMap(englishVariants)),
    bn: uniq([...(bnShort ? nameVariants(bnShort, 'bn') : []), ...bnFull.filter((a) => !/[\s.]/.test(a))]),
    hi: uniq(
      [...(hiShort ? nameVariants(hiShort, 'hi') : []), ...hiFull.filter((a) => !/[\s.]/.test(a))].flatMap(
        hindiVariants,
      ),
    ),
  };
  const roles: PersonRole[] = (src.r ?? []).map(([title, from, to, country]) => ({
    title,
    country: country ?? src.c,
    from,
    to,
  }));
  const lastEn = stripMarks(surnames.en[0] ?? '').toLowerCase();
  return {
    id: toId(src.en),
    name: src.en,
    names: { en: src.en, bn: bnFull[0] ?? '', hi: hiFull[0] ?? '' },
    aliases: {
      en: uniq([...enFull, ...surnames.en]),
      bn: uniq([...bnFull, ...surnames.bn]),
      hi: uniq([...hiFull, ...surnames.hi]),
    },
    surnameOnly: surnames,
    // Short names of three letters or fewer (Xi, Li, He, Cho, Ahn) are also words in some language.
    ...(src.amb || COMMON_SURNAMES.has(lastEn) || (lastEn !== '' && lastEn.length <= 3)
      ? { ambiguousSurname: true }
      : {}),
    country: src.c,
    roles,
    region,
  };
}
