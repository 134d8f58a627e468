/**
 * People the gazetteer lacks, found after a title ("রিপাবলিকান সদস্য জিমি পেট্রোনিস",
 * "Foreign Minister Hugo de Zela", "वित्त मंत्री ..."). Their English names come from
 * transliteration, so they are marked unverified.
 */
import type { Language } from '../shared/vocab';
import type { Located } from './hits';
import type { Lexicon } from './lexicon';
import { normaliseKey } from './normalise';
import type { Sentence } from './sentences';
import { transliterateName } from './transliterate';

export interface UnknownPerson {
  /** "unverified-" + kebab-case of the English name. */
  id: string;
  /** English rendering (transliterated for bn/hi). */
  name: string;
  /** The name as written. */
  native: string;
  lang: Language;
  role: string;
  /** Country from a demonym or country name just before the title, when there is one. */
  country: string | null;
  start: number;
  end: number;
  sentence: number;
}

/** Words that end or cannot be part of a name. */
const STOP = new Set(
  [
    'এবং',
    'ও',
    'কে',
    'সহ',
    'তিনি',
    'তার',
    'তাঁর',
    'যে',
    'বলেন',
    'জানান',
    'করেন',
    'ছিলেন',
    'হিসেবে',
    'এই',
    'ওই',
    'সঙ্গে',
    'সাথে',
    'নিয়ে',
    'থেকে',
    'জন্য',
    'পর',
    'আগে',
    'কাছে',
    'মধ্যে',
    'বলে',
    'হয়',
    'ছিল',
    'নবনিযুক্ত',
    'সাবেক',
    'প্রাক্তন',
    'ভারপ্রাপ্ত',
    'নতুন',
    'ने',
    'के',
    'की',
    'का',
    'को',
    'से',
    'में',
    'पर',
    'और',
    'एवं',
    'तथा',
    'है',
    'हैं',
    'था',
    'थी',
    'थे',
    'भी',
    'ही',
    'जो',
    'कि',
    'यह',
    'वह',
    'इस',
    'उस',
    'साथ',
    'लिए',
    'बताया',
    'कहा',
    'पूर्व',
    'नवनियुक्त',
    'नए',
    'नई',
  ].map(normaliseKey),
);
const EN_PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'bin',
  'al',
  'el',
  'da',
  'di',
  'le',
  'la',
  'du',
  'ibn',
]);
/** Bengali case endings a name's last word may carry (রুবিওর, গোরও). */
const BN_CASE = /(?:ের|এর|কে|র|ও|ই|য়ের|তে)$/u;

interface Token {
  text: string;
  start: number;
  end: number;
  /** Punctuation right after the token (",", "।", ...), '' when a space follows. */
  after: string;
  /** True when a quotation mark opens before the token: a quoted phrase is not a name ("প্রিয় বন্ধু"). */
  quoted: boolean;
}

function tokensAfter(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{M}'’.-]+/gu;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  let previousEnd = from;
  while ((m = re.exec(text)) && m.index < to) {
    const quoted = /[‘“"«]/.test(text.slice(previousEnd, m.index));
    let word = m[0];
    let end = m.index + word.length;
    while (word.endsWith('.') && word.length > 2) {
      word = word.slice(0, -1);
      end--;
    }
    const rest = text.slice(end, Math.min(to, end + 2));
    out.push({
      text: word,
      start: m.index,
      end,
      after: /^\s/.test(rest) || rest === '' ? '' : rest[0]!,
      quoted,
    });
    previousEnd = end;
    if (out.length >= 8) break;
  }
  return out;
}

const kebab = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Takes a name (2-4 words) from the tokens; null when they do not look like one. */
function takeName(tokens: Token[], lang: Language, occupied: (start: number) => boolean): Token[] | null {
  const name: Token[] = [];
  for (const t of tokens) {
    if (occupied(t.start) || t.quoted) break;
    if (lang === 'en') {
      const particle = EN_PARTICLES.has(t.text.toLowerCase()) && name.length > 0;
      if (!particle && !/^\p{Lu}/u.test(t.text)) break;
    } else if (STOP.has(normaliseKey(t.text)) || /[\d০-৯०-९]/.test(t.text)) {
      break;
    }
    name.push(t);
    if (t.after || name.length >= 4) break;
    if (lang === 'bn' && BN_CASE.test(t.text) && name.length >= 2) break;
  }
  while (name.length && lang === 'en' && EN_PARTICLES.has(name[name.length - 1]!.text.toLowerCase()))
    name.pop();
  return name.length >= 2 ? name : null;
}

export function findTitledPeople(
  text: string,
  sentences: Sentence[],
  entities: Located[],
  lang: Language,
  lexicon: Lexicon,
): UnknownPerson[] {
  const out: UnknownPerson[] = [];
  const starts = new Set(entities.filter((e) => e.hit.kind !== 'title').map((e) => e.start));
  const occupied = (start: number) => starts.has(start);
  for (const title of entities) {
    if (title.hit.kind !== 'title') continue;
    // A title with a case ending or plural (বিদেশমন্ত্রীদের, মন্ত্রীর) is not followed by a name.
    if (title.suffix) continue;
    const sentence = sentences[title.sentence]!;
    const tokens = tokensAfter(text, title.end, sentence.end);
    const name = takeName(tokens, lang, occupied);
    if (!name) continue;
    const first = name[0]!;
    const last = name[name.length - 1]!;
    let native = text.slice(first.start, last.end);
    if (lang === 'bn') native = native.replace(BN_CASE, '');
    if (lang !== 'en' && /[A-Za-z]/.test(native)) continue;
    const english = lang === 'en' ? native : transliterateName(native, lang);
    if (!english || lexicon.people.has(kebab(english))) continue;
    const before = entities.filter(
      (e) =>
        e.hit.kind === 'country' &&
        e.end <= title.start &&
        title.start - e.end < 40 &&
        e.sentence === title.sentence,
    );
    const country = before.length ? (before[before.length - 1]!.hit as { id: string }).id : null;
    out.push({
      id: `unverified-${kebab(english)}`,
      name: english,
      native,
      lang,
      role: title.hit.role,
      country,
      start: first.start,
      end: first.start + native.length,
      sentence: title.sentence,
    });
  }
  return out;
}
