import type { DatePrecision, Language } from '../../shared/vocab';
import type { Ymd } from './calendar';
import type { Tense } from './tense';

/** One resolved date expression in a sentence (the public result of findDates). */
export interface DateMention {
  /** Offsets in the sentence given, in UTF-16 code units. */
  start: number;
  end: number;
  /** sentence.slice(start, end) */
  text: string;
  /** "YYYY" | "YYYY-MM" | "YYYY-MM-DD"; a week gives its Monday, a season its first month. */
  value: string;
  precision: DatePrecision;
  /** True when the value depends on the publication date. */
  relative: boolean;
}

/** A match before overlap resolution; a null value marks text that looks like a date but is not one (31 February). */
export interface Candidate {
  start: number;
  end: number;
  value: string | null;
  precision: DatePrecision;
  relative: boolean;
  /** A weekday name, dropped when it only labels a full date next to it ("Thursday, February 4"). */
  weekday?: boolean;
}

/** What a rule needs to resolve a match. `pubDay` is the publication date as a day number. */
export interface DateContext {
  lang: Language;
  pub: Ymd | null;
  pubDay: number | null;
  tense: Tense;
}

/** Runs a global regex over the folded sentence and collects what `make` returns for each match. */
export function scan(
  re: RegExp,
  text: string,
  make: (m: RegExpExecArray) => Omit<Candidate, 'start' | 'end'> | null,
  out: Candidate[],
): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const made = make(m);
    if (made) out.push({ start: m.index, end: m.index + m[0].length, ...made });
    if (m[0].length === 0) re.lastIndex++;
  }
}
