/**
 * What one sentence says about parties and places: the raw material of event extraction.
 * A country named in a sentence is a party to what the sentence reports unless it is only the
 * venue ("ওয়াশিংটনে", "अमेरिका में", "in Seoul") or the object of rivalry ("চীনের ওপর
 * নির্ভরশীলতা", "reliance on China"). People stand for their countries.
 */
import { representedCountry } from './represents';
import type { Language } from '../../shared/vocab';
import type { CueKind, Located } from '../hits';
import type { Lexicon } from '../lexicon';
import type { Sentence } from '../sentences';
import type { UnknownPerson } from '../titled-people';

export interface Party {
  country: string;
  start: number;
  via: 'person' | 'name' | 'capital';
  person?: string;
  /** For a capital standing for its government: the place, which is also where a visit goes. */
  placeId?: string;
}

export interface Venue {
  /** Place id, or null for a country named as the venue. */
  placeId: string | null;
  country: string;
  start: number;
  kind: 'venue' | 'city' | 'country';
  /** Named as where something happens ("ব্লেয়ার হাউসে", "in Tokyo"), not as a destination or a mere mention. */
  locative: boolean;
  /** Named in the dateline ("New Delhi: …"): where the report was filed, a weaker place than one in the story. */
  dateline: boolean;
}

export interface SentenceFacts {
  index: number;
  sentence: Sentence;
  cues: Set<CueKind>;
  cueHits: Located[];
  /** Parties in order of first mention, one per country. */
  parties: Party[];
  /** People named, with their country where known. */
  people: { id: string; country: string | null; start: number }[];
  /** The country of the sentence's subject: the first person named who is not the partner ("…-এর সঙ্গে", "के साथ", "with …"). */
  subject: string | null;
  venues: Venue[];
  /** Country named as the destination of a visit ("ভারত সফরে", "भारत आने", "visit India"). */
  visitHost: string | null;
  organisations: { id: string; start: number; end: number }[];
  minerals: string[];
  stages: string[];
  /** Countries named only as objects of rivalry or dependence. */
  opposed: string[];
  /** The sentence starts with a pronoun or a phrase pointing back ("তিনি", "उन्होंने", "The two"). */
  anaphoric: boolean;
  /** The sentence speaks of a meeting already mentioned ("এই বৈঠক", "इस मुलाकात", "the talks"). */
  refersBack: boolean;
  /** The clause opens with "where" (যেখানে, जहां): it happens at the place the clause before named. */
  samePlace: boolean;
}

const BN_LOCATIVE = new Set(['ে', 'তে', 'য', 'যে', 'এ', 'তেই', 'তেও', 'েও', 'েই', 'যও', 'যই', 'যেই', 'যেও']);

/** True when a name is used as a location: Bengali locative suffix, Hindi "में", English "in/at". */
function isLocative(text: string, hit: Located, lang: Language): boolean {
  if (lang === 'bn') return BN_LOCATIVE.has(hit.suffix);
  const after = text.slice(hit.end, hit.end + 8);
  if (lang === 'hi') return /^\s*(में|मे|स्थित|पहुं|पहुँ)/.test(after);
  const before = text.slice(Math.max(0, hit.start - 12), hit.start);
  return /\b(in|at|to)\s+(the\s+)?$/i.test(before) && !/^'s\b/.test(text.slice(hit.end, hit.end + 2));
}

/**
 * A city named as the owner of the venue ("कोलंबो के राष्ट्रपति सचिवालय में", "at Colombo's Presidential
 * Secretariat"): the meeting is in that city, though the venue itself is not in the gazetteer.
 */
function isVenueOwner(text: string, hit: Located, lang: Language): boolean {
  const after = text.slice(hit.end, hit.end + 60);
  if (lang === 'hi') return /^\s*(?:के|की|का)\s+(?:[^\s।,.]+\s+){1,3}?(?:में|पर)(?![\p{L}\p{M}])/u.test(after);
  if (lang === 'en') {
    const before = text.slice(Math.max(0, hit.start - 12), hit.start);
    return /\b(in|at)\s+(the\s+)?$/i.test(before) && /^['’]s\s/.test(after);
  }
  return false;
}

/**
 * A country named for where its city is ("পেরুর রাজধানী লিমায়", "पेरू की राजधानी लीमा में", "the Peruvian
 * capital Lima", "in the Brazilian city of Belem"): the setting, not a party to what happened there.
 */
function namesTheSeat(text: string, hit: Located): boolean {
  const after = text.slice(hit.end, hit.end + 24);
  // A Bengali case ending may stand between the name and the word ("পেরু|র রাজধানী").
  return /^[\u0980-\u09ff]{0,3}\s*(?:(?:'s|’s|की|का|के)\s+)?(?:রাজধানী|বন্দরনগরী|শহর|প্রদেশ|राजधानी|शहर|प्रांत|प्रदेश|capital|city|port city|province|state)(?![\p{L}\p{M}])/iu.test(
    after,
  );
}

/** "रूस के कजान में", "রাশিয়ার কাজানে", "Russia's Kazan": the country of the city named next, as its setting. */
function ownsPlace(h: Located, entities: Located[], text: string, lexicon: Lexicon): boolean {
  if (h.hit.kind !== 'country') return false;
  const country = h.hit.id;
  const next = entities.find((e) => e.start >= h.end && e.start - h.end <= 6);
  if (!next || next.hit.kind !== 'place' || lexicon.places.get(next.hit.id)?.country !== country)
    return false;
  return /^[\u0980-\u09ff]{0,3}\s*(?:के|की|का|'s|’s)?\s*$/u.test(text.slice(h.end, next.start));
}

/** "US tariffs", "মার্কিন শুল্ক", "चीनी निर्यात प्रतिबंध": the country imposing a measure is context, not a party to a meeting. */
function isMeasureActor(hit: Located, measures: Located[], lang: Language): boolean {
  const gap = lang === 'en' ? 4 : 8;
  return measures.some((m) => m.start >= hit.end && m.start - hit.end <= gap);
}

function isOpposed(hit: Located, against: Located[], lang: Language): boolean {
  if (lang === 'en') return against.some((a) => a.end <= hit.start && hit.start - a.end <= 12);
  return against.some((a) => a.start >= hit.end && a.start - hit.end <= 18);
}

/** A place that opens the sentence followed by a colon or dash is the dateline ("वॉशिंगटन:"), not a party. */
function isDateline(text: string, sentence: Sentence, hit: Located): boolean {
  // "वॉशिंगटन:", "BEIJING —", "TOKYO, Oct 28 (Reuters) -".
  return (
    hit.start - sentence.start <= 1 &&
    /^\S*\s*(?:,[^.\n]{0,40}?)?\s*[:—–-]\s/u.test(text.slice(hit.end, hit.end + 50))
  );
}

function visitHostOf(text: string, hits: Located[], visitCues: Located[], lang: Language, lexicon: Lexicon) {
  // The last trip named is the one the clause is about: Bengali and Hindi put the main verb last
  // ("মালয়েশিয়া সফর শেষে ... উত্তর কোরিয়া যাবেন"), and English asides come first ("who arrived in Tokyo…, will travel to Seoul").
  // "ভারত সফরের আগে মস্কোতে…", "before his visit to India": the trip only dates the clause.
  const ordered = [...visitCues].reverse().filter((cue) => !timeReference(text, cue, lang));
  for (const cue of ordered) {
    for (const h of hits) {
      const id = h.hit.kind === 'country' && h.hit.form === 'name' ? h.hit.id : placeCountry(h, lexicon);
      if (!id) continue;
      const near =
        lang === 'en'
          ? h.start >= cue.end && h.start - cue.end <= 8
          : cue.start >= h.end && cue.start - h.end <= 12 && !/[,।]/.test(text.slice(h.end, cue.start));
      if (near) return id;
    }
  }
  return null;
}

/** A trip named only as a moment: "সফরের আগে", "दौरे से पहले", "after the visit to". */
function timeReference(text: string, cue: Located, lang: Language): boolean {
  if (lang === 'en')
    return /\b(?:before|after|ahead of|since)\s+(?:\w+\s+){0,2}$/i.test(
      text.slice(Math.max(0, cue.start - 20), cue.start),
    );
  return /^[\u0980-\u09ff]{0,3}\s*(?:আগে|পরে|শেষে|শেষ করে|से पहले|के बाद|से ठीक पहले|के दौरान नहीं)(?![\p{L}\p{M}])/u.test(
    text.slice(cue.end, cue.end + 16),
  );
}

function placeCountry(h: Located, lexicon: Lexicon): string | null {
  return h.hit.kind === 'place' ? (lexicon.places.get(h.hit.id)?.country ?? null) : null;
}

export function sentenceFacts(
  text: string,
  sentence: Sentence,
  index: number,
  entities: Located[],
  cueHits: Located[],
  unknown: UnknownPerson[],
  lang: Language,
  lexicon: Lexicon,
  /** The article's publication day, to know which office a named person held. */
  on: string | null = null,
): SentenceFacts {
  const cues = new Set<CueKind>();
  for (const c of cueHits) if (c.hit.kind === 'cue') cues.add(c.hit.cue);
  const against = cueHits.filter((c) => c.hit.kind === 'cue' && c.hit.cue === 'against');
  const visitCues = cueHits.filter((c) => c.hit.kind === 'cue' && c.hit.cue === 'visit');
  const momentTrips = visitCues.filter((c) => timeReference(text, c, lang));
  const measures = cueHits.filter(
    (c) => c.hit.kind === 'cue' && (c.hit.cue === 'tariff' || c.hit.cue === 'export-control'),
  );
  const parties: Party[] = [];
  const people: SentenceFacts['people'] = [];
  const venues: Venue[] = [];
  const opposed: string[] = [];
  const organisations: SentenceFacts['organisations'] = [];
  const minerals: string[] = [];
  const stages: string[] = [];
  const addParty = (p: Party) => {
    if (!parties.some((q) => q.country === p.country)) parties.push(p);
  };

  for (const h of entities) {
    const hit = h.hit;
    if (hit.kind === 'person') {
      const entry = lexicon.people.get(hit.id);
      const country = entry ? representedCountry(entry, on, lexicon.countries) : null;
      people.push({ id: hit.id, country, start: h.start });
      if (country) addParty({ country, start: h.start, via: 'person', person: hit.id });
    } else if (hit.kind === 'country') {
      if (isOpposed(h, against, lang) || isMeasureActor(h, measures, lang)) opposed.push(hit.id);
      // The country of the city named next is said by that city's venue: neither party nor venue here.
      else if (ownsPlace(h, entities, text, lexicon)) continue;
      // "ভারত সফরের আগে": where a trip named as a moment goes is no party to this clause.
      else if (
        momentTrips.some((c) =>
          lang === 'en' ? c.end <= h.start && h.start - c.end <= 8 : h.end <= c.start && c.start - h.end <= 4,
        )
      )
        continue;
      else if ((hit.form === 'name' && isLocative(text, h, lang)) || namesTheSeat(text, h)) {
        venues.push({
          placeId: null,
          country: hit.id,
          start: h.start,
          kind: 'country',
          locative: true,
          dateline: false,
        });
      } else addParty({ country: hit.id, start: h.start, via: 'name' });
    } else if (hit.kind === 'place') {
      const place = lexicon.places.get(hit.id);
      if (!place) continue;
      const capital = lexicon.capitalOf.get(hit.id);
      const owner = isVenueOwner(text, h, lang);
      if (
        place.kind === 'venue' ||
        isLocative(text, h, lang) ||
        owner ||
        !capital ||
        isDateline(text, sentence, h)
      ) {
        const dateline = isDateline(text, sentence, h);
        const locative = isLocative(text, h, lang) || owner || dateline;
        venues.push({
          placeId: hit.id,
          country: place.country,
          start: h.start,
          kind: place.kind,
          locative,
          dateline,
        });
      } else if (isOpposed(h, against, lang)) opposed.push(capital);
      else addParty({ country: capital, start: h.start, via: 'capital', placeId: hit.id });
    } else if (hit.kind === 'organisation') organisations.push({ id: hit.id, start: h.start, end: h.end });
    else if (hit.kind === 'mineral') minerals.push(hit.id);
    else if (hit.kind === 'stage') stages.push(hit.id);
  }
  for (const u of unknown) {
    people.push({ id: u.id, country: u.country, start: u.start });
    if (u.country) addParty({ country: u.country, start: u.start, via: 'person', person: u.id });
  }
  parties.sort((a, b) => a.start - b.start);
  people.sort((a, b) => a.start - b.start);

  const pronouns = cueHits.filter((c) => c.hit.kind === 'cue' && c.hit.cue === 'pronoun');
  // A pronoun is the subject when it comes before anyone named ("এর আগে মঙ্গলবার তিনি চীনের…").
  const firstNamed = Math.min(...people.map((p) => p.start), ...parties.map((p) => p.start), sentence.end);
  const anaphoric = pronouns.some((p) => p.start - sentence.start <= 40 && p.start < firstNamed);
  // "After the Quad meeting, he held a separate bilateral meeting with Rubio" is a new meeting, not more of the old one.
  const own =
    cueHits.some((c) => c.hit.kind === 'cue' && (c.hit.cue === 'bilateral' || c.hit.cue === 'separately')) &&
    new Set(parties.map((p) => p.country)).size >= 2;
  const withCues = cueHits.filter((c) => c.hit.kind === 'cue' && c.hit.cue === 'with');
  const ends = new Map([
    ...entities.map((e) => [e.start, e.end] as const),
    ...unknown.map((u) => [u.start, u.end] as const),
  ]);
  const partner = (p: { start: number }) => {
    const end = ends.get(p.start) ?? p.start;
    // Bengali and Hindi put "with" after the partner, English before.
    return withCues.some((w) =>
      lang === 'en' ? w.end <= p.start && p.start - w.end <= 3 : w.start >= end && w.start - end <= 6,
    );
  };
  // Only the partner named ("আনন্দের সঙ্গে দেখা হলো"): the subject is someone said before, not the partner.
  const subject = people.find((p) => p.country && !partner(p))?.country ?? null;
  // "বৈঠকে সি বলেন…", "সিনহুয়া জানায়, বৈঠকে সি…", "बैठक में …", "At the meeting, …": the meeting just told.
  const opensInMeeting = sentence.text
    .split(/[,،]/u)
    .some((part) =>
      /^\s*(?:বৈঠকে|আলোচনায়|সাক্ষাতে|বৈঠকের সময়|নৈশভোজে|ভোজসভায়|बैठक में|बैठक के दौरान|बातचीत में|वार्ता में|मुलाकात में|मुलाकात के दौरान|(?:डिनर|भोज|लंच|रात्रिभोज) के दौरान|(?:at|in|during) the (?:meeting|talks|dinner|lunch|banquet))(?![\p{L}\p{M}])/iu.test(
        part,
      ),
    );
  const refersBack =
    !own && (opensInMeeting || cueHits.some((c) => c.hit.kind === 'cue' && c.hit.cue === 'reference'));
  const visitHost = visitHostOf(text, entities, visitCues, lang, lexicon);
  return {
    index,
    sentence,
    cues,
    cueHits,
    parties,
    people,
    venues,
    visitHost,
    organisations,
    minerals: [...new Set(minerals)],
    stages: [...new Set(stages)],
    opposed: [...new Set(opposed)],
    anaphoric,
    subject,
    refersBack,
    // "…, where", and "there" for the place just told ("शुक्रवार को उन्होंने वहां … भाग लिया").
    samePlace:
      /^[\s,;]*(?:where|যেখানে|जहां|जहाँ)/iu.test(sentence.text) ||
      /(?<![\p{L}\p{M}])(?:there|সেখানে|ওখানে|সেখানেই|वहां|वहाँ|वहीं)(?![\p{L}\p{M}])/iu.test(sentence.text),
  };
}
