/**
 * A readable English rendering of a person's name written in Bengali or Devanagari, for people
 * the gazetteer lacks (the pipeline marks them unverified). It follows the conventions of
 * English-language newsrooms rather than a scholarly scheme: a word is cut into syllables
 * (consonant cluster + vowel), the inherent vowel is dropped where speakers drop it (word end,
 * and between two full syllables: রহমান -> Rahman, जयशंकर -> Jayshankar), and a few loanword
 * habits are undone (ল্যাভরভ -> Lavrav, ওয়াং -> Wang, वॉल्ट्ज़ -> Woltz).
 */
import { loadNameParts } from './gazetteer/load-entities';
import { normaliseKey } from './normalise';
import type { Script } from './transliterate-tables';
import {
  BN_YA,
  CONSONANTS,
  LETTER_NAMES,
  NASALS,
  NUKTA,
  NUKTA_SIGN,
  SIGNS,
  VIRAMA,
  VISARGA,
  VOWELS,
} from './transliterate-tables';

interface Syllable {
  /** Latin consonants of the onset cluster, e.g. ['s', 'r'] for স্র. */
  onset: string[];
  /** The original onset letters, for rules that depend on the script letter. */
  letters: string[];
  /** Latin vowel; 'a' for the inherent vowel; null when there is none (virama, deleted schwa). */
  vowel: string | null;
  /** The original vowel sign or independent vowel, '' for the inherent vowel. */
  sign: string;
  inherent: boolean;
  /** Nasal mark after the vowel: Bengali anusvara (ng), chandrabindu or Hindi anusvara (n). */
  nasal: '' | 'n' | 'ng';
}

const LETTERS = new Map(Object.entries(LETTER_NAMES).map(([k, v]) => [k.normalize('NFD'), v]));

/** Cuts one NFD word into syllables. */
function syllables(word: string, script: Script): Syllable[] {
  const out: Syllable[] = [];
  let onset: string[] = [];
  let letters: string[] = [];
  let joined = false;
  const close = (vowel: string | null, sign: string, inherent: boolean) => {
    out.push({ onset, letters, vowel, sign, inherent, nasal: '' });
    onset = [];
    letters = [];
  };
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const consonant = CONSONANTS[ch];
    if (consonant !== undefined) {
      let latin = consonant;
      if (NUKTA_SIGN.has(chars[i + 1] ?? '')) {
        latin = ch === BN_YA ? 'y' : (NUKTA[consonant] ?? consonant);
        i++;
      } else if (script === 'bn' && ch === BN_YA && joined) {
        latin = 'y'; // য-phala: ব্যা, ল্যা
      } else if (ch === 'ব' || ch === 'व') {
        // ব-phala / व after a consonant is w (স্বামী, अश्विनी), but after r or g it keeps its
        // sound (সর্বজিৎ Sarbajit, सर्वेश Sarvesh, दिग्विजय Digvijay).
        const before = letters[letters.length - 1];
        if (joined && !(before === 'র' || before === 'र' || before === 'ग')) latin = 'w';
      }
      if (onset.length > 0 && !joined) close('a', '', true);
      if (ch === 'ৎ') {
        onset.push('t');
        letters.push(ch);
        close(null, '', false);
      } else {
        onset.push(latin);
        letters.push(ch);
      }
      joined = false;
    } else if (VIRAMA.has(ch)) {
      joined = true;
    } else if (SIGNS[ch] !== undefined) {
      close(SIGNS[ch], ch, false);
      joined = false;
    } else if (VOWELS[ch] !== undefined) {
      if (onset.length > 0) close(joined ? null : 'a', '', !joined);
      joined = false;
      // অ্যা / এ্যা: the English "a" of অ্যান্টনি, এ্যাডাম.
      if (
        (ch === 'অ' || ch === 'এ') &&
        chars[i + 1] === '\u09CD' &&
        chars[i + 2] === 'য' &&
        chars[i + 3] === 'া'
      ) {
        i += 3;
        close('a', 'া', false);
      } else {
        close(VOWELS[ch], ch, false);
      }
    } else if (NASALS.has(ch) || VISARGA.has(ch)) {
      if (onset.length > 0) close(joined ? null : 'a', '', !joined);
      joined = false;
      const last = out[out.length - 1];
      if (last && NASALS.has(ch)) last.nasal = ch === '\u0982' ? 'ng' : 'n';
    }
    // Anything else (joiners, stray marks) is dropped.
  }
  if (onset.length > 0) close(joined ? null : 'a', '', !joined);
  return out;
}

/**
 * Whether a consonant may close the syllable before this onset: a single consonant, or a
 * cluster that starts with s or ends in r/l (জেলেনস্কি Zelenski, मनप्रीत Manprit), but not
 * a nasal cluster or y-cluster (জয়শঙ্কর Jayshankar, नेतन्याहू Netanyahu).
 */
const easyOnset = (onset: string[]) =>
  onset.length === 1 || (onset.length === 2 && (onset[0] === 's' || /^[rl]$/.test(onset[1]!)));

/** Final clusters after which Bengali keeps the inherent vowel: সুকান্ত Sukanta, গুপ্ত Gupta, দত্ত Dutta. */
const BN_VOICED_FINAL = new Set(['ত', 'থ', 'দ', 'ধ']);

/** Whether the word's final inherent vowel is spoken. */
function keepsFinalVowel(last: Syllable, script: Script): boolean {
  if (last.onset.length < 2) return false;
  const tail = last.onset[last.onset.length - 1];
  // A final cluster ending in r or y keeps its vowel: মিত্র Mitra, सूर्य Surya.
  if (tail === 'r' || tail === 'y') return true;
  return script === 'bn' && BN_VOICED_FINAL.has(last.letters[last.letters.length - 1]!);
}

/**
 * Drops the inherent vowel where speakers drop it: at the word end, and in V C(a) C V, from
 * the right (अमरनाथ Amarnath, कमलनाथ Kamalnath). A ण keeps its vowel before व or य, which it
 * hardly ever joins (फडणवीस Fadnavis), and a consonant loses it before a vowel letter, where
 * two name parts meet (সালেহউদ্দিন Salehuddin).
 */
function deleteSchwa(units: Syllable[], script: Script): void {
  const n = units.length;
  const last = units[n - 1];
  if (n > 1 && last?.inherent && !last.nasal && !keepsFinalVowel(last, script)) last.vowel = null;
  for (let i = n - 2; i >= 1; i--) {
    const u = units[i]!;
    const prev = units[i - 1]!;
    const next = units[i + 1]!;
    if (!u.inherent || u.nasal || u.onset.length !== 1) continue;
    if (next.onset.length === 0 && /^[উঊउऊ]$/.test(next.sign)) {
      u.vowel = null;
      continue;
    }
    if (prev.vowel === null || next.vowel === null || !easyOnset(next.onset)) continue;
    if (/^[णণ]$/.test(u.letters[0]!) && /^[वयবয]$/.test(next.letters[0] ?? '')) continue;
    u.vowel = null;
  }
}

/** Renders syllables in Latin letters, with the loanword rules that need a neighbour. */
function render(units: Syllable[], script: Script): string {
  let out = '';
  units.forEach((u, i) => {
    const next = units[i + 1];
    const onset = [...u.onset];
    let vowel = u.vowel ?? '';
    // Bengali ভ is v in loanwords (ভিক্টর, ভ্লাদিমির) but bh before আ and at a word's start (ভারত).
    if (script === 'bn' && u.letters[0] === 'ভ' && onset[0] === 'bh') {
      if (onset.length > 1 || !(u.sign === 'া' || (i === 0 && u.inherent))) onset[0] = 'v';
    }
    // য-phala + আ at the word's start is the English "a" (ল্যাভরভ Lavrov, হ্যারিস Harris).
    if (script === 'bn' && i === 0 && onset.length > 1 && onset[onset.length - 1] === 'y' && u.sign === 'া')
      onset.pop();
    // ওয় + vowel is w (ওয়াশিংটন, ওয়াং); वॉ is wo (वॉशिंगटन).
    if (
      u.onset.length === 0 &&
      u.sign === 'ও' &&
      next?.onset.length === 1 &&
      next.onset[0] === 'y' &&
      next.vowel
    ) {
      vowel = 'w';
      next.onset = [];
    }
    if (onset.length === 1 && onset[0] === 'v' && u.sign === 'ॉ') onset[0] = 'w';
    // व after a consonant whose vowel was dropped is w (भगवंत Bhagwant, अनवर Anwar), not after r.
    const prev = units[i - 1];
    if (
      u.letters[0] === 'व' &&
      onset.length === 1 &&
      prev?.inherent &&
      prev.vowel === null &&
      prev.onset.at(-1) !== 'r'
    )
      onset[0] = 'w';
    // ै before r is the English "a" of हैरिस Harris.
    if (u.sign === 'ै' && next?.onset[0] === 'r') vowel = 'a';
    // ক্স / क्स is x (আলেক্সান্ডার Alexander); क्ष stays ksh.
    const cluster = onset.join('|') === 'k|s' ? 'x' : onset.join('');
    out += cluster + vowel;
    if (u.nasal === 'ng') out += 'ng';
    else if (u.nasal) out += next && /^[pbm]/.test(next.onset[0] ?? '') ? 'm' : 'n';
  });
  return out;
}

/** English-spelling touch-ups on one rendered word. */
function tidy(word: string): string {
  return (
    word
      .replace(/ngg/g, 'ng')
      .replace(/ngk/g, 'nk')
      .replace(/iy([ao])$/, 'i$1')
      .replace(/uy([ae])/g, 'u$1')
      .replace(/^iu/, 'yu')
      // ह्यू / হিউ write the English "hu" of Hugo, Hughes.
      .replace(/^h[iy]u/, 'hu')
      .replace(/nh$/, 'ngh')
      // "ay" before a consonant is the English "ai" (जयशंकर Jaishankar, उदयपुर Udaipur).
      .replace(/ay(?=[bcdfghjklmnpqrstvwxz])/g, 'ai')
      .replace(/([aeiou])\1+/g, '$1')
  );
}

const capitalise = (w: string) => (w ? w[0]!.toUpperCase() + w.slice(1) : w);

/** Letter names that are also everyday words (के "of", কে "who", এ "this"): initials only with a dot or in a run. */
const COMMON_WORDS = new Set(['के', 'ए', 'কে', 'এ'].map((w) => w.normalize('NFD')));

/** Letter names that are also particles or words inside a name (হুগো ডি জেলা, আর "and"): never a medial initial. */
const NOT_MEDIAL = new Set(
  ['ডি', 'डी', 'এ', 'ए', 'কে', 'के', 'আর', 'आर', 'জি', 'जी'].map((w) => w.normalize('NFD')),
);

/** How many leading words are initials (এস জয়শঙ্কর, एस. जयशंकर, এ কে আব্দুল মোমেন). */
function countInitials(words: { text: string; dotted: boolean }[]): number {
  let n = 0;
  while (n < words.length - 1 && LETTERS.has(words[n]!.text)) n++;
  if (n === 1 && COMMON_WORDS.has(words[0]!.text) && !words[0]!.dotted) return 0;
  return n;
}

let partsTable: Record<'bn' | 'hi', Map<string, string>> | null = null;

/** Name parts whose press spelling no letter rule gives (হোসেন Hossain, वकास Waqas, শেখ Sheikh). */
function namePart(word: string, lang: 'bn' | 'hi'): string | undefined {
  if (!partsTable) {
    partsTable = { bn: new Map(), hi: new Map() };
    for (const p of loadNameParts())
      for (const l of ['bn', 'hi'] as const)
        for (const f of p[l] ?? []) partsTable[l].set(normaliseKey(f), p.en);
  }
  return partsTable[lang].get(normaliseKey(word));
}

function word(text: string, lang: 'bn' | 'hi'): string {
  const known = namePart(text, lang);
  if (known) return known;
  const parts = text.split('-').map((part) => {
    const knownPart = namePart(part, lang);
    if (knownPart) return knownPart;
    const units = syllables(part, lang);
    if (units.length === 0) return part.normalize('NFC');
    deleteSchwa(units, lang);
    return capitalise(tidy(render(units, lang)));
  });
  return parts.join('-');
}

export function transliterateName(name: string, lang: 'bn' | 'hi'): string {
  // NFD splits Bengali ো and ৌ into two signs; put them back together.
  const text = name
    .normalize('NFD')
    .replace(/\u09C7\u09BE/g, '\u09CB')
    .replace(/\u09C7\u09D7/g, '\u09CC');
  const words = [...text.matchAll(/([^\s.]+)(\.?)/gu)].map((m) => ({ text: m[1]!, dotted: m[2] === '.' }));
  const initials = countInitials(words);
  // A letter name between two names is an initial too (আহসান এইচ মনসুর Ahsan H. Mansur).
  const initial = (w: { text: string }, i: number) =>
    i < initials || (i > 0 && i < words.length - 1 && LETTERS.has(w.text) && !NOT_MEDIAL.has(w.text));
  return words.map((w, i) => (initial(w, i) ? `${LETTERS.get(w.text)!}.` : word(w.text, lang))).join(' ');
}
