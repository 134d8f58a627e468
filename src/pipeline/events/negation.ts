/**
 * Denied and cancelled meetings, and habits: what a clause says did not or will not happen
 * ("শরিফের সঙ্গে মোদীর কোনও বৈঠকের সম্ভাবনা নেই", "no U.S. official would attend", "मुलाकात रद्द हो
 * गई") or happens as a rule ("সাধারণত"). A cancellation counts anywhere in the sentence; a plain
 * negative only in the stretch of a meeting word (in English before it: "the meeting was 'not an
 * alliance'" still met), and only when every meeting word of the sentence is negated.
 */
import type { Language } from '../../shared/vocab';
import type { Located } from '../hits';
import type { SentenceFacts } from './facts';

const NOT_NEGATION =
  /\b(?:not only|not just|no sooner|not least|no less|nothing but)\b|न केवल|न सिर्फ|ना केवल/iu;
// Bengali past negatives are glued to the verb (হয়নি, করেননি, যায়নি). Listed by verb: a bare -নি
// ending would take names (পেনি, Penny) and nouns (খনি, a mine).
const YA = '(?:\u09df|\u09af\u09bc)';
const BN_NEGATED_VERB = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:হ${YA}|হন|করেন|করে|যান|যা${YA}|দেন|দে${YA}|নেন|নে${YA}|আসেন|আসে|বসেন|বসে|মেলেন|মেলে|পারেন|পারে|পৌঁছা${YA}|পৌঁছেন)নি(?![\\p{L}\\p{M}])`,
  'gu',
);
// Short negatives only as whole words: the cue matcher would find না in নাম and নি in নিয়ে.
const SHORT_NEGATION = /(?<![\p{L}\p{M}])(?:না|নেই|নয়|नहीं|न)(?![\p{L}\p{M}])/gu;
// Where a negation stops: a comma, or a word that starts another clause ("…যাননি, ফলে বৈঠকের…").
const SEGMENT_BREAK =
  /[,;:—–]|\s(?:but|although|though|while|whereas|yet|after|before)\s|যদিও|তবে|কিন্তু|ফলে|लेकिन|हालांकि|मगर|जबकि/giu;

/** "নেপালের প্রধানমন্ত্রীরা সাধারণত প্রথম সফরে ভারতে যান": a habit, not an event. */
const HABIT =
  /(?<![\p{L}\p{M}])(?:usually|traditionally|typically|customarily|as a rule|tend to|সাধারণত|ঐতিহ্যগতভাবে|রীতি অনুযায়ী|প্রথা অনুযায়ী|आमतौर पर|आम तौर पर|परंपरागत रूप से|परंपरा के अनुसार|अक्सर)(?![\p{L}\p{M}])/iu;

/** The clause-like stretch of `text` around `at`, between segment breaks. */
function segmentAround(text: string, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  SEGMENT_BREAK.lastIndex = 0;
  for (let m = SEGMENT_BREAK.exec(text); m; m = SEGMENT_BREAK.exec(text)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index > at) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

export interface Negation {
  /** Nothing of the kind happened, or it is a habit: the clause gives no meeting. */
  denied: boolean;
  /** True for a party named only where the sentence denies it ("the US secretary did not go, so…"). */
  deniesAt: (start: number) => boolean;
}

/** Reads a clause's negatives once; `meetingWords` are its meeting cue hits. */
export function readNegation(f: SentenceFacts, lang: Language, meetingWords: readonly Located[]): Negation {
  const text = f.sentence.text;
  const exempt = NOT_NEGATION.test(text);
  // Offsets in the clause of every plain negative: the cue list's words, glued Bengali negatives, short ones.
  const negs = exempt
    ? []
    : [
        ...f.cueHits
          .filter((c) => c.hit.kind === 'cue' && c.hit.cue === 'negation')
          .map((c) => c.start - f.sentence.start),
        ...[...text.matchAll(BN_NEGATED_VERB)].map((m) => m.index),
        ...[...text.matchAll(SHORT_NEGATION)].map((m) => m.index),
      ];
  const negatedAt = (at: number) => {
    const [start, end] = segmentAround(text, at);
    return negs.some((n) => n >= start && n < end && (lang !== 'en' || n < at));
  };
  // Every meeting word negated: "wrapped up a summit… that the US, which boycotted the meeting" still met.
  const allNegated =
    negs.length > 0 &&
    meetingWords.length > 0 &&
    meetingWords.every((c) => negatedAt(c.start - f.sentence.start));
  return {
    denied: (f.cues.has('cancelled') && !exempt) || allNegated || HABIT.test(text),
    deniesAt: (start) => negs.length > 0 && negatedAt(start - f.sentence.start),
  };
}
