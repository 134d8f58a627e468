/**
 * Words after a title, as candidates for a name (titled-people.ts), and the Bengali case ending
 * a name's last word may carry (রুবিওর, ট্রাম্পকে). An ending is taken off only where the text
 * shows it is one: always for -ের/-এর, and for endings that also end names (ওয়াগনার, ফুয়েন্তে,
 * দিসানায়েকে, রুবিও) only before a word that takes a genitive (সঙ্গে, কাছে) or when the article
 * also writes the name without it.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Punctuation right after the token (",", "।", ...), '' when a space follows. */
  after: string;
  /** True when a quotation mark opens before the token: a quoted phrase is not a name ("প্রিয় বন্ধু"). */
  quoted: boolean;
}

/** Abbreviations written with a dot inside a name (মো. তৌহিদ হোসেন, Md. Jashim Uddin). */
const DOTTED = /^(?:মো|মোঃ|ড|ডা|মু|Md|Mohd|Dr|Mr|Mrs|Ms|मो|डॉ)$/u;

/** Up to `max` words from `from`, stopping at `to`. */
export function tokensAfter(text: string, from: number, to: number, max = 12): Token[] {
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
    let after = /^\s/.test(rest) || rest === '' ? '' : rest[0]!;
    // An initial (এস. জয়শঙ্কর) or an abbreviation (মো.) does not end the name at its dot.
    if (after === '.' && (DOTTED.test(word) || [...word].length <= 2)) after = '';
    out.push({ text: word, start: m.index, end, after, quoted });
    previousEnd = end;
    if (out.length >= max) break;
  }
  return out;
}

/** Endings that are only case endings, and endings that also end names. */
const SURE = ['য়ের', 'ের', 'এর'].map((e) => e.normalize('NFC'));
const MAYBE = ['কে', 'তে', 'র', 'ও', 'ই'].map((e) => e.normalize('NFC'));
/** Words that take a genitive before them: "X-এর সঙ্গে" (with X). */
const GENITIVE_BEFORE =
  /^(?:সঙ্গে|সাথে|কাছে|জন্য|পক্ষে|মতে|বিরুদ্ধে|নেতৃত্বে|উপস্থিতিতে|আমন্ত্রণে|সফর|সফরে|মধ্যে|দপ্তর|দপ্তরে|বক্তব্য|বক্তব্যে|ভাষ্য|ভাষ্যমতে|হাতে|পরিবর্তে|স্থলাভিষিক্ত|নাম)/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the article writes `stem` as a whole word somewhere (or with another ending). */
function seenBare(text: string, stem: string, ending: string): boolean {
  const others = [...SURE, ...MAYBE].filter((e) => e !== ending).join('|');
  const re = new RegExp(`(?:^|[^\\p{L}\\p{M}])${escape(stem)}(?:${others})?(?![\\p{L}\\p{M}])`, 'u');
  return re.test(text);
}

/** The Bengali name without the case ending its last word carries, when it carries one. */
export function stripBengaliCase(native: string, next: string | undefined, text: string): string {
  const nfc = native.normalize('NFC');
  for (const e of SURE) if (nfc.endsWith(e) && nfc.length > e.length + 1) return nfc.slice(0, -e.length);
  for (const e of MAYBE) {
    if (!nfc.endsWith(e) || nfc.length <= e.length + 1) continue;
    const stem = nfc.slice(0, -e.length);
    const lastWord = stem.split(/\s+/).pop()!;
    if (
      (e === 'র' && next !== undefined && GENITIVE_BEFORE.test(next)) ||
      seenBare(text.normalize('NFC'), lastWord, e)
    )
      return stem;
    return nfc;
  }
  return nfc;
}
