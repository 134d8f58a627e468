/**
 * Sentence splitting with offsets. Intl.Segmenter splits after initials ("এস.জয়শঙ্কর",
 * "Dr. S. Jaishankar"), which cuts names in two, so we split ourselves: always at the danda,
 * "?" "!" and line ends; at "." only when a space follows and the word before it is neither an
 * initial nor a known abbreviation.
 */
import type { Block, Span } from '../shared/schema';

export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph (line) the sentence is in, counting from 0 within the article. */
  paragraph: number;
  /** True for the headline: it names the story but reports no event of its own. */
  title: boolean;
  /** For a clause: the whole sentence it belongs to, which is what evidence shows. */
  parent?: { start: number; end: number; text: string };
}

/** Where a sentence turns to another event: "…, where he will meet…", "…, যেখানে…", "…, जहां…", ";". */
// ", and joined Lula and Ramaphosa for a meeting of IBSA" is a second event of the same subject.
// A relative clause with its own meeting ("Ramaphosa, who met Trump at the White House in May, said…")
// is cut out at both ends: before "who" and before the main verb that resumes the sentence.
const CLAUSE_BREAK =
  /;\s+|,\s+(?=(?:where|while|whereas)\b)|,?\s+(?=(?:যেখানে|जहां|जहाँ)(?![\p{L}\p{M}]))|,\s+(?=who\s+(?:had\s+|has\s+|will\s+)?(?:met|meet|held|visited|hosted|spoke|called)\b)|,\s+(?=(?:said|says|told|added)\b)|,\s+and\s+(?=(?:also\s+|later\s+|then\s+)?(?:joined|met|held|hosted|visited|attended|travell?ed|signed|spoke|called\s+on)\b)|,\s+and\s+(?=(?:[\p{Lu}][\p{L}.'’-]*\s+){1,6}(?:said|says|told|added)\b)/gu;

/** Splits a sentence into clauses for event extraction; one clause gives the sentence itself. */
export function splitClauses(s: Sentence): Sentence[] {
  const cuts: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s.text); m; m = CLAUSE_BREAK.exec(s.text)) {
    if (m.index > 0) cuts.push(m.index + m[0].length);
  }
  if (cuts.length === 0) return [s];
  const parent = { start: s.start, end: s.end, text: s.text };
  const bounds = [0, ...cuts, s.text.length];
  const out: Sentence[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const text = s.text.slice(bounds[i], bounds[i + 1]).trimEnd();
    if (text)
      out.push({ ...s, start: s.start + bounds[i]!, end: s.start + bounds[i]! + text.length, text, parent });
  }
  return out;
}

const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'jr',
  'sr',
  'prof',
  'gen',
  'col',
  'lt',
  'sen',
  'rep',
  'gov',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'md',
  'mohd',
  'maj',
  'brig',
  'capt',
  'adm',
  // Name prefixes Bengali and Hindi write with a dot: মো. (Md.), ড./ডা. (Dr.), डॉ. (Dr.).
  'মো',
  'মু',
  'ড',
  'ডা',
  'डॉ',
  'मो',
]);

/** English letter names written in Bengali and Devanagari, as initials appear in names (এস. জয়শঙ্কর). */
const LETTER_NAMES = new Set(
  [
    'এ বি সি ডি ই এফ জি এইচ আই জে কে এল এম এন ও পি কিউ আর এস টি ইউ ভি ডব্লিউ এক্স ওয়াই জেড',
    'ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड ज़ेड',
  ]
    .join(' ')
    .split(' '),
);

function isBreakAtDot(text: string, dot: number): boolean {
  const after = text[dot + 1];
  if (after !== undefined && !/\s/.test(after)) return false;
  let w = dot;
  while (w > 0 && /[\p{L}\p{M}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // An initial is not a sentence end: one Latin letter ("S."), or the name of a letter as Bengali and
  // Hindi write it ("এস.", "एस."); other short words ("है.", "की.") end Hindi sentences all the time.
  const letters = word.replace(/\p{M}/gu, '');
  if ((letters.length === 1 && /[a-z]/i.test(letters)) || LETTER_NAMES.has(word)) return false;
  if (/\d/.test(text[dot - 1] ?? '') && /\d/.test(text[dot + 1] ?? '')) return false;
  return true;
}

/** Splits one range of text into trimmed sentences. */
function splitRange(
  text: string,
  start: number,
  end: number,
  paragraph: number,
  title: boolean,
  out: Sentence[],
): void {
  let s = start;
  const push = (e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b), paragraph, title });
    s = e;
  };
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '।' || ch === '॥' || ch === '?' || ch === '!' || (ch === '.' && isBreakAtDot(text, i))) {
      let e = i + 1;
      while (e < end && /["'’”)\]]/.test(text[e]!)) e++;
      push(e);
      i = e - 1;
    }
  }
  push(end);
}

/** Sentences of the title and body blocks, in order; furniture and datelines are left out. */
export function splitSentences(text: string, blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const block of blocks) {
    if (block.kind !== 'body' && block.kind !== 'title') continue;
    let lineStart = block.start;
    for (let i = block.start; i <= block.end; i++) {
      if (i === block.end || text[i] === '\n') {
        if (i > lineStart) {
          const before = out.length;
          splitRange(text, lineStart, i, paragraph, block.kind === 'title', out);
          if (out.length > before) paragraph++;
        }
        lineStart = i + 1;
      }
    }
  }
  return out;
}
