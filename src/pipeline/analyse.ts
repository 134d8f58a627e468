/**
 * Mentions: finds every entity and cue in an article's sentences and applies the rules that
 * need context (a surname that is a common word, a mineral name that is also a verb, a
 * demonym naming a news agency rather than a country).
 */
import type { Mention } from '../shared/schema';
import type { Language } from '../shared/vocab';
import type { Hit, Located } from './hits';
import type { Lexicon } from './lexicon';
import { insidePlaceName } from './name-words';
import { keyText } from './normalise';
import type { KeyedText } from './normalise';
import { senseOf } from './senses';
import type { Sentence } from './sentences';
import { findTitledPeople } from './titled-people';
import type { UnknownPerson } from './titled-people';

export interface Analysis {
  sentences: Sentence[];
  /** Entity hits that passed the context rules, in text order. */
  entities: Located[];
  /** Cue hits, in text order (several may share a span). */
  cues: Located[];
  /** People found by a title and named by transliteration. */
  unknownPeople: UnknownPerson[];
}

/** Words near which an ambiguous mineral name (निकल, सोना) means the mineral. */
const MINERAL_CONTEXT =
  /খনিজ|খনি|ধাতু|খনন|আকরিক|মিনারেল|खनिज|खनन|धातु|खदान|अयस्क|मिनरल|mineral|mining|metal|\bore\b|\bmines?\b/i;

function sentenceIndexOf(sentences: Sentence[], start: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function locate(lexicon: Lexicon, sentences: Sentence[], keyed: KeyedText[], cues: boolean): Located[] {
  const out: Located[] = [];
  for (const [index, s] of sentences.entries()) {
    const matcher = cues ? lexicon.cueMatcher : lexicon.matcher;
    for (const m of matcher.find(keyed[index]!, s.text, cues)) {
      for (const hit of m.values) {
        out.push({ hit, start: s.start + m.start, end: s.start + m.end, suffix: m.suffix, sentence: index });
      }
    }
  }
  return out;
}

/** Keeps one value per span for names: a person over a place over a country (Washington the man is rare in this news). */
function pickOne(hits: Located[]): Located[] {
  const rank: Record<Hit['kind'], number> = {
    person: 0,
    organisation: 1,
    place: 2,
    country: 3,
    mineral: 4,
    stage: 5,
    'end-use': 6,
    title: 7,
    cue: 8,
    blocker: 9,
  };
  const bySpan = new Map<string, Located>();
  for (const h of hits) {
    const k = `${h.start}:${h.end}`;
    const prev = bySpan.get(k);
    if (!prev || rank[h.hit.kind] < rank[prev.hit.kind]) bySpan.set(k, h);
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start);
}

export function analyse(text: string, sentences: Sentence[], lang: Language, lexicon: Lexicon): Analysis {
  const keyed = sentences.map((s) => keyText(s.text));
  const cues = locate(lexicon, sentences, keyed, true);
  // Context rules run before one reading per span is kept, so that a rejected reading (চিন the
  // surname of a Vietnamese minister) leaves the span to the next one (চিন, China).
  const raw = locate(lexicon, sentences, keyed, false).filter((h) => h.hit.kind !== 'blocker');
  const fullNames = new Set(
    raw.filter((h) => h.hit.kind === 'person' && !h.hit.surnameOnly).map((h) => (h.hit as { id: string }).id),
  );
  const agencyStarts = cues.filter((c) => c.hit.kind === 'cue' && c.hit.cue === 'agency');
  const titleEnds = raw.filter((h) => h.hit.kind === 'title');
  const kept = raw.filter((h) => {
    const hit = h.hit;
    const sentence = sentences[h.sentence]!;
    // "व्यापार मंत्री रियाद मजूर": a city's name right after a title is a person's name (Ryad).
    if (
      hit.kind === 'place' &&
      titleEnds.some((t) => t.end <= h.start && /^\s{1,2}$/u.test(text.slice(t.end, h.start)))
    )
      return false;
    if (hit.kind === 'person' && hit.ambiguous) return fullNames.has(hit.id);
    // A family name alone inside a place's name (সেন্ট পিটার্স ব্যাসিলিকা) is not the person.
    if (hit.kind === 'person' && hit.surnameOnly && insidePlaceName(text, h.start, h.end, lang)) return false;
    // Another reading shown by the words around it (चीनी sugar, निकल आएगा, মার্কিন ডলার).
    const at = h.start - sentence.start;
    const sense = senseOf(lexicon.senses, hit, sentence.text, at, at + h.end - h.start, h.suffix);
    if (sense === 'other') return false;
    if (hit.kind === 'mineral' && hit.contextual) {
      if (sense === 'sure') return true;
      // Accepted near mining words, or in a list with other minerals ("लिथियम, कोबाल्ट और निकल").
      const otherMineral = raw.some(
        (o) =>
          o.sentence === h.sentence &&
          o.hit.kind === 'mineral' &&
          !o.hit.contextual &&
          Math.abs(o.start - h.start) < 60,
      );
      return otherMineral || MINERAL_CONTEXT.test(sentence.text);
    }
    if (hit.kind === 'country' && hit.form === 'demonym') {
      // "ব্রিটিশ বার্তা সংস্থা রয়টার্স": the demonym qualifies an agency, not a party to the story.
      const next = agencyStarts.find((a) => a.start >= h.end && a.start - h.end <= 2);
      if (next) return false;
    }
    return true;
  });
  const found = pickOne(kept);
  const titled = findTitledPeople(text, sentences, found, lang, lexicon);
  const entities = [...found, ...titled.recognised].sort((a, b) => a.start - b.start);
  return { sentences, entities, cues, unknownPeople: titled.unknown };
}

/** The dataset's mention list: entities, unknown people and dates, sorted by position. */
export function toMentions(analysis: Analysis, lexicon: Lexicon, dates: Mention[]): Mention[] {
  const out: Mention[] = [...dates];
  for (const h of analysis.entities) {
    const hit = h.hit;
    if (hit.kind === 'title' || hit.kind === 'cue' || hit.kind === 'blocker') continue;
    if (hit.kind === 'place' && lexicon.capitalOf.has(hit.id)) {
      out.push({ kind: 'place', id: hit.id, start: h.start, end: h.end });
      continue;
    }
    out.push({ kind: hit.kind, id: hit.id, start: h.start, end: h.end });
  }
  for (const p of analysis.unknownPeople) out.push({ kind: 'person', id: p.id, start: p.start, end: p.end });
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}

export { sentenceIndexOf };
