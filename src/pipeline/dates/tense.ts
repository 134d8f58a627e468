/** The tense of a sentence from its verbs, used to choose which way an unanchored date points. */
import type { Language } from '../../shared/vocab';

export type Tense = 'past' | 'future' | null;

const END = '(?![\\p{L}\\p{M}])';
const START = '(?<![\\p{L}\\p{M}])';

/** A marker regex: `words` are whole words, `endings` close a longer word. */
function markers(words: string[], endings: string[] = []): RegExp {
  const parts = [];
  if (words.length > 0) parts.push(`${START}(?:${words.join('|')})${END}`);
  if (endings.length > 0) parts.push(`[\\p{L}\\p{M}]+(?:${endings.join('|')})${END}`);
  // NFC on both sides: য় and ড় stay decomposed under NFC, whichever form the page used.
  return new RegExp(parts.join('|').normalize('NFC'), 'gu');
}

// Bengali: future -বে/-বেন/-বো and planned forms; past -লেন/-েছেন/-েছিল and short -ল verbs.
// Reporting verbs (বলেন, জানিয়েছেন) close many sentences about future plans, so they do not count.
const BN_FUTURE = markers(
  ['যাচ্ছেন', 'যাচ্ছে', 'আসছেন', 'আসছে', 'কথা রয়েছে', 'কথা আছে', 'চলেছেন', 'চলেছে', 'হবে', 'হবেন', 'সম্ভাবনা'],
  ['বে', 'বেন', 'বো', 'বেঃ', 'তে পারে', 'তে পারেন'],
);
const BN_PAST = markers(
  // Simple present (করেন, দেন) narrates past events in Bengali news.
  [
    'হয়',
    'হল',
    'হলো',
    'করল',
    'গেল',
    'এল',
    'দিল',
    'নিল',
    'পেল',
    'বসল',
    'ছিল',
    'ছিলেন',
    'করেন',
    'দেন',
    'নেন',
    'যান',
    'আসেন',
  ],
  ['লেন', 'েছেন', 'েছিলেন', 'েছিল', 'েছে', 'েছিলাম', 'লাম'],
);
const BN_REPORT = markers([
  'বলেন',
  'বলেছেন',
  'জানান',
  'জানিয়েছেন',
  'জানিয়েছেন',
  'জানিয়েছে',
  'জানিয়েছে',
  'বলা হয়েছে',
]);

// Hindi: future -गा/-गी/-गे after a vowel sign (करेगा, जाएंगे, होगी; not आगे, ज़िंदगी), planned वाले हैं.
const HI_FUTURE = new RegExp(
  `[\\p{L}\\p{M}]*[\\u0947\\u094b\\u0942\\u0948एओ][\\u0902\\u0901]?ग[\\u093e\\u0940\\u0947]${END}|` +
    `${START}(?:वाले|वाली|वाला)\\s+(?:हैं|है)${END}|${START}(?:प्रस्तावित|संभावना|सकता|सकती|सकते)${END}|` +
    // Not the passive progressive after a participle ("देखा जा रहा है", is being seen): that is the present.
    `(?<![\\u093e\\u0947\\u0940]\\s)${START}(?:जा|आ)\\s+(?:रहे|रही|रहा)\\s+(?:हैं|है)${END}`,
  'gu',
);
const HI_PAST = new RegExp(
  `${START}(?:था|थी|थे|थीं|ने|उन्होंने|किया|किए|किये|कीं|हुई|हुआ|हुए|हुईं|गया|गई|गयी|गए|गये|लिया|दिया|मिले|पहुंचे|पहुँचे)${END}|` +
    `${START}की(?=\\s*(?:[।.|,]|$|और|थी|है))`,
  'gu',
);
const HI_REPORT = markers(['कहा', 'बताया']);

// English: modal and scheduled future; past from -ed words and common irregular verbs.
const EN_FUTURE =
  /\b(?:will|shall|won't|'ll|would|is set to|are set to|is to|are to|to be held|plans? to|planning to|is scheduled|are scheduled|scheduled to|is expected to|are expected to|is due to|are due to|going to|upcoming|proposed|planned|slated|to be|to visit|to meet|to attend|to host)\b/gi;
const EN_PAST =
  /\b(?:was|were|had|did|met|held|went|came|spoke|took|gave|made|began|left|sent|saw|told|signed|[a-z]+ed)\b/g;
const EN_NOT_PAST = new Set([
  'need',
  'hundred',
  'exceed',
  'proceed',
  'succeed',
  'speed',
  'seed',
  'feed',
  'breed',
  'indeed',
  'red',
  'bed',
  'shed',
  'based',
  'said',
]);

/** End of the last marker found; a phrase (কথা রয়েছে) and a verb inside it (রয়েছে) end together. */
function lastEnd(re: RegExp, text: string, skip?: (word: string) => boolean): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!skip?.(m[0])) last = m.index + m[0].length;
  return last;
}

/** Tense of a sentence; in Bengali and Hindi the verb comes last, so the last marker decides. */
export function detectTense(sentence: string, lang: Language): Tense {
  if (lang === 'en') {
    if (lastEnd(EN_FUTURE, sentence) >= 0) return 'future';
    return lastEnd(EN_PAST, sentence, (w) => EN_NOT_PAST.has(w)) >= 0 ? 'past' : null;
  }
  const [future, past, report] =
    lang === 'bn' ? [BN_FUTURE, BN_PAST, BN_REPORT] : [HI_FUTURE, HI_PAST, HI_REPORT];
  // Blank out reporting verbs so that "... যাবেন, জানিয়েছেন" reads as future.
  let text = sentence.normalize('NFC');
  report.lastIndex = 0;
  // ...but "কথা বলেছেন" is "talked", the event itself, not a report of what someone said.
  text = text.replace(report, (w, ...rest: unknown[]) => {
    const at = rest.find((x) => typeof x === 'number') as number;
    return /কথা\s*$/u.test(text.slice(Math.max(0, at - 8), at)) ? w : ' '.repeat(w.length);
  });
  const f = lastEnd(future, text);
  const p = lastEnd(past, text);
  if (f < 0 && p < 0) return null;
  // A tie is a future phrase holding a past-looking verb (কথা রয়েছে).
  return f >= p ? 'future' : 'past';
}
