/**
 * Meeting candidates, one sentence at a time. A sentence with a meeting word and two or more
 * parties reports a meeting; a summit word makes it a gathering of everyone named (with the host);
 * one party meeting several others ("met A of Canada and B of Peru") gives one meeting per pair.
 * A sentence that points back ("তিনি", "उन्होंने", "the two") borrows the last subject.
 */
import type { MeetingKind } from '../../shared/vocab';
import type { CueKind, Located } from '../hits';
import type { Candidate, CandidatePlace } from './candidate';
import type { ArticleContext } from './context';
import type { SentenceFacts } from './facts';
import { datesCompatible } from './merge';
import { readNegation } from './negation';
import { bestVenue, countryPlace, placeById } from './place';
import { eventDate, eventStatus, evidence } from './sentence-event';

const MEETING_CUES: CueKind[] = ['meeting', 'call', 'visit', 'summit', 'attend', 'bilateral', 'sidelines'];
/** The words that date each kind of meeting in a sentence naming several events. */
const KIND_CUES: Record<MeetingKind, CueKind[]> = {
  summit: ['summit', 'attend'],
  multilateral: ['summit', 'attend', 'meeting'],
  bilateral: ['meeting', 'bilateral'],
  visit: ['visit', 'meeting'],
  call: ['call', 'meeting'],
};
const SUMMIT_WORD = /summit|শীর্ষ|शिखर|समिट/i;

const cueHits = (f: SentenceFacts, kinds: CueKind[]) =>
  f.cueHits.filter((c) => c.hit.kind === 'cue' && kinds.includes(c.hit.cue));

/** Meeting words that are not part of a summit's name ("মিনিস্টেরিয়াল বৈঠক" is the summit itself). */
function pairCues(f: SentenceFacts): Located[] {
  const summits = cueHits(f, ['summit', 'attend']);
  return cueHits(f, ['meeting', 'call', 'visit', 'bilateral', 'sidelines']).filter(
    (c) => !summits.some((s) => c.start >= s.start && c.end <= s.end + 4 && c.start <= s.end),
  );
}

/** Members of an organisation named right before a summit or meeting word ("Quad summit", "কোয়াড বৈঠক"). */
function organisationMembers(ctx: ArticleContext, f: SentenceFacts): string[] {
  const cues = cueHits(f, ['summit', 'meeting']);
  const out: string[] = [];
  for (const o of f.organisations) {
    // "Quad summit", "কোয়াড বৈঠক", and "a meeting of the IBSA grouping", "summit of the G20".
    const after = cues.some(
      (c) =>
        c.start >= o.end && c.start - o.end <= (c.hit.kind === 'cue' && c.hit.cue === 'summit' ? 50 : 25),
    );
    const before = cues.some((c) => c.end <= o.start && o.start - c.end <= 8);
    if (!after && !before) continue;
    out.push(...(ctx.lexicon.organisations.get(o.id)?.members ?? []));
  }
  return out;
}

function make(
  ctx: ArticleContext,
  f: SentenceFacts,
  kind: MeetingKind,
  countries: string[],
  place: CandidatePlace | null,
  extra: Partial<Candidate> = {},
): Candidate {
  const people = f.people.filter((p) => !p.country || countries.includes(p.country)).map((p) => p.id);
  const anchors = KIND_CUES[kind];
  return {
    type: 'meeting',
    kind,
    status: eventStatus(ctx, f, anchors),
    date: eventDate(ctx, f, anchors),
    place: kind === 'call' ? null : place,
    countries: new Set(countries),
    people: new Set(people),
    visitor: null,
    host: null,
    organisations: new Set(f.organisations.map((o) => o.id)),
    minerals: new Set(f.minerals),
    stages: new Set(f.stages),
    tone: 'cooperation',
    sources: [evidence(ctx, f)],
    lastSentence: f.index,
    confidence: 0.6,
    ...extra,
  };
}

/** Where a clause's event happens: on a visit, a place in the host country (else its capital); otherwise the best venue named. */
function clausePlace(ctx: ArticleContext, f: SentenceFacts): CandidatePlace | null {
  if (f.visitHost) {
    const host = f.visitHost;
    // "visiting New Delhi": the capital named for the trip is where it goes.
    const capital = f.parties.find((p) => p.country === host && p.placeId)?.placeId;
    return (
      bestVenue(
        ctx.lexicon,
        f.venues.filter((v) => v.country === host),
      ) ??
      (capital ? placeById(ctx.lexicon, capital, 'city') : null) ??
      countryPlace(ctx.lexicon, host)
    );
  }
  return bestVenue(ctx.lexicon, f.venues);
}

/** The country of the person the story follows: the one named most often (the first on a tie). */
function protagonistOf(ctx: ArticleContext): string | null {
  const count = new Map<string, number>();
  for (const f of ctx.facts)
    for (const p of f.people) if (p.country) count.set(p.country, (count.get(p.country) ?? 0) + 1);
  let best: string | null = null;
  for (const [c, n] of count) if (best === null || n > count.get(best)!) best = c;
  return best;
}

// Pointing words: "after the talks" may bring in talks not told yet; "this meeting", "उस बातचीत" cannot.
const DEMONSTRATIVE = /^(?:this|that|these|those|the|इस|उस|यह|वह|এই|ওই|সেই|এ)(?![\p{L}\p{M}])/iu;

/** True when each meeting word lies inside a phrase pointing back ("this meeting", "उस बातचीत"). */
function onlyReferences(f: SentenceFacts): boolean {
  const refs = cueHits(f, ['reference']).filter((r) =>
    DEMONSTRATIVE.test(f.sentence.text.slice(r.start - f.sentence.start, r.end - f.sentence.start)),
  );
  const words = cueHits(f, MEETING_CUES);
  return words.length > 0 && words.every((w) => refs.some((r) => w.start >= r.start && w.end <= r.end));
}

const endsSentence = (text: string) => /[.।?!]["'’”)]?\s*$/u.test(text);

/** The latest meeting of exactly two parties: whom "the two" and "the next round" mean. */
const lastPairMeeting = (out: readonly Candidate[]) =>
  [...out].reverse().find((c) => c.type === 'meeting' && c.countries.size === 2);

const hasPronoun = (f: SentenceFacts) => cueHits(f, ['pronoun']).length > 0;

/** "उनकी द्विपक्षीय वार्ता", "his talks with", "তাঁর বৈঠক": a pronoun owning the meeting word, just before it. */
function ownsMeeting(f: SentenceFacts): boolean {
  const words = pairCues(f);
  return cueHits(f, ['pronoun']).some((p) => words.some((w) => w.start >= p.end && w.start - p.end <= 50));
}

export function meetingCandidates(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
  const protagonist = protagonistOf(ctx);
  // Whom "he" means: the last subject, unless that sentence had someone act on "him" ("महामा ने
  // अकरा में उनकी मेजबानी की। इसके बाद वह…"): then the person the story follows.
  let pronounRef: string | null = null;
  let lastPlace: CandidatePlace | null = null;
  // The latest place any clause named: "there" and "where" point to it.
  let placeBefore: CandidatePlace | null = null;
  let hostBefore: string | null = null;
  for (const f of ctx.facts) {
    if (lastPlace) placeBefore = lastPlace;
    // "मोदी यहां से ब्राजील रवाना होंगे, जहां …": "where" is in the country the trip goes to, even
    // when the last place named was elsewhere (where the trip starts).
    if (f.samePlace && hostBefore && placeBefore?.country !== hostBefore)
      placeBefore = countryPlace(ctx.lexicon, hostBefore);
    hostBefore = f.visitHost;
    lastPlace = clausePlace(ctx, f);
    // The headline names the story; the body reports it, with its date and place.
    if (f.sentence.title) continue;
    const subject = (f.anaphoric && pronounRef) || f.subject || f.parties[0]?.country || null;
    if (f.subject && !f.anaphoric) {
      pronounRef = hasPronoun(f) && protagonist && protagonist !== f.subject ? protagonist : f.subject;
    }
    const negation = readNegation(f, ctx.lang, cueHits(f, MEETING_CUES));
    if (negation.denied) continue;
    if (!MEETING_CUES.some((c) => f.cues.has(c))) {
      // Leaders who sign something together ("Trump and Takaichi signed a framework") met to do it.
      const signers = [...new Set(f.people.flatMap((p) => (p.country ? [p.country] : [])))];
      if (f.cues.has('signing') && signers.length >= 2 && ctx.dates[f.index]?.hasVerb) {
        const kind = signers.length > 2 ? 'multilateral' : 'bilateral';
        out.push(make(ctx, f, kind, signers, lastPlace ?? (f.samePlace ? placeBefore : null)));
      }
      continue;
    }

    let parties = f.parties.filter((p) => !negation.deniesAt(p.start)).map((p) => p.country);
    if (f.anaphoric && pronounRef && !parties.includes(pronounRef)) parties.unshift(pronounRef);
    // One party and "his" or "उनकी" ("…लूला के साथ उनकी द्विपक्षीय वार्ता होगी"): the other is whom it means.
    else if (parties.length === 1 && ownsMeeting(f) && pronounRef && !parties.includes(pronounRef))
      parties.unshift(pronounRef);
    if (parties.length < 2 && f.cues.has('pair')) {
      // "দুই দেশের", "दोनों नेताओं", "the two sides": the two parties of the meeting just told.
      const last = lastPairMeeting(out);
      if (last) parties = [...new Set([...parties, ...last.countries])];
    }
    if (f.visitHost) {
      // A visit is between the visitor and the host; other countries named on the way are context.
      const people = f.people.flatMap((p) => (p.country ? [p.country] : []));
      parties = [...new Set([...(subject ? [subject] : []), ...people, f.visitHost])];
    }
    if (f.refersBack && attachToPrevious(out, ctx, f, parties)) continue;
    // "उस बातचीत से पहले…", "The visit comes as…": every meeting word only points back to a meeting
    // told; the clause is about something else and makes no meeting of its own.
    if (f.refersBack && onlyReferences(f)) continue;
    // A verbless line with no date and no full stop (a headline or caption) can only add to a meeting already found.
    const fragment = !endsSentence(f.sentence.text);
    // A short line without a full stop inside the story is a subheading ("बैंकॉक में यूनुस और ओली से
    // मिले"): its subject is the story's, so it too only adds to a meeting told.
    const whole = (f.sentence.parent ?? f.sentence).text;
    const subheading = !endsSentence(whole) && whole.trim().length <= 70;
    if ((fragment && !ctx.dates[f.index]?.hasVerb && !ctx.dates[f.index]?.mentions.length) || subheading) {
      attachToPrevious(out, ctx, f, parties);
      continue;
    }

    const venue = lastPlace ?? (f.samePlace ? placeBefore : null);
    const isCall = f.cues.has('call');
    const host = venue?.country ?? null;
    const members = organisationMembers(ctx, f);
    // A gathering: a summit word, attending, or an organisation's meeting ("क्वाड देशों के मंत्रियों की बैठक").
    const summit = f.cues.has('summit') || f.cues.has('attend') || members.length > 0;
    const made: Candidate[] = [];
    // "একই সম্মেলনের ফাঁকে … মোদীর সঙ্গেও বৈঠক": the summit is the setting of a side meeting, told already.
    const aside = f.cues.has('sidelines') && pairCues(f).length > 0;
    if (summit && !aside) {
      const all = [...new Set([...parties, ...(host ? [host] : []), ...members])];
      if (all.length >= 2) {
        const kind = SUMMIT_WORD.test(f.sentence.text) ? 'summit' : 'multilateral';
        made.push(make(ctx, f, isCall ? 'call' : kind, all, venue));
      }
    }
    if (pairCues(f).length > 0 || !summit) {
      let group = parties;
      // "Jaishankar held talks in Tokyo" met Japan; "…met NATO's Rutte in Brussels" met NATO, not Belgium.
      const official = f.people.some((p) => p.country === null && ctx.lexicon.people.has(p.id));
      // A place given as "there" is the last one told: its country is no new party.
      const anaphoricPlace = !lastPlace && f.samePlace;
      if (group.length < 2 && host && !group.includes(host) && !isCall && !official && !anaphoricPlace)
        group = [...group, host];
      const kind: MeetingKind = isCall ? 'call' : f.visitHost ? 'visit' : 'bilateral';
      const visit = (visitor: string) =>
        kind === 'visit' && visitor !== f.visitHost ? { visitor, host: f.visitHost } : {};
      const separately = f.cues.has('separately') || f.cues.has('bilateral');
      // A meeting on a summit's sidelines is its own meeting, not the summit.
      if (group.length === 2 && !(summit && made.length && !(separately || aside))) {
        made.push(make(ctx, f, kind, group, venue, visit(subject ?? group[0]!)));
      } else if (
        group.length > 2 &&
        subject &&
        (separately || (f.cues.has('with') && !f.cues.has('jointly')))
      ) {
        // "met A of Canada and B of Peru" in bilateral meetings, "will hold talks with Xi and Putin":
        // one meeting per pair, unless the sentence says they met together (trilateral, একসঙ্গে).
        for (const other of group) {
          if (other === subject || (other === host && !f.parties.some((p) => p.country === host))) continue;
          made.push(make(ctx, f, kind, [subject, other], venue, visit(subject)));
        }
      } else if (group.length > 2 && !made.length) {
        made.push(make(ctx, f, isCall ? 'call' : 'multilateral', group, venue));
      } else if (group.length < 2 && !attachToPrevious(out, ctx, f, group)) {
        // "सितंबर में … दोनों की संक्षिप्त मुलाकात हुई थी": the two just told, met on another occasion.
        const last = lastPairMeeting(out);
        const own = eventDate(ctx, f);
        // "अगले दौर की बातचीत 10 मार्च से ब्रसेल्स में होगी": the next round of the talks just told.
        const again = hasPronoun(f) || f.cues.has('round');
        if (again && last && own && last.date && !datesCompatible(own, last.date))
          made.push(make(ctx, f, kind, [...new Set([...group, ...last.countries])], venue));
      }
    }
    for (const c of made) inheritContext(c, made, out, f);
    out.push(...made);
  }
  return out;
}

/**
 * A meeting the clause leaves undated takes the date of the gathering it was held beside ("सम्मेलन
 * से इतर मोदी ने यूनुस से मुलाकात की") or of the meeting told just before ("He also held talks with
 * Oli"); its place too, unless it is a call, and a side meeting takes the summit's place. Narrative
 * order makes these the same occasion.
 */
// "इसके बाद वह तंजानिया पहुंचे": a later step of the story, not the occasion just told.
const NEXT_STEP =
  /(?<![\p{L}\p{M}])(?:इसके बाद|उसके बाद|इसके पश्चात|एरपर|এরপর|তারপর|তার পর|এর পর|পরদিন|after that|afterwards|then|later|next|the next day)(?![\p{L}\p{M}])/iu;

function inheritContext(c: Candidate, made: Candidate[], out: Candidate[], f: SentenceFacts): void {
  if (NEXT_STEP.test(f.sentence.text)) return;
  const gathering = (o: Candidate) =>
    o.type === 'meeting' && (o.kind === 'summit' || o.kind === 'multilateral');
  const beside = made.find((o) => o !== c && o.date && gathering(o));
  const before = [...out].reverse().find((o) => o.type === 'meeting' && f.index - o.lastSentence <= 2);
  // On a summit's sidelines: the summit told last is where it happened.
  const summit = f.cues.has('sidelines') ? [...out].reverse().find(gathering) : undefined;
  const ref = beside ?? (before?.date && before.status === c.status ? before : undefined);
  if (!c.date && ref?.date) c.date = ref.date;
  const from = beside ?? summit ?? (ref && ref.date === c.date ? ref : undefined);
  if (!c.place && c.kind !== 'call' && from?.place) c.place = from.place;
}

/**
 * A sentence that continues a meeting ("এই বৈঠকে…", "इस मुलाकात…", or naming fewer than two
 * parties) adds its evidence to the latest meeting it fits, and fills its date or place if missing.
 * "this meeting" may come paragraphs later; anything else continues only what was just told.
 */
function attachToPrevious(out: Candidate[], ctx: ArticleContext, f: SentenceFacts, group: string[]): boolean {
  const status = eventStatus(ctx, f);
  const isGathering = (c: Candidate) => c.kind === 'summit' || c.kind === 'multilateral';
  // "इस कार्यक्रम में … यूरोपीय संघ शामिल हुए", "রুয়ান্ডার প্রেসিডেন্টও এই বৈঠকে যোগ দেন": more parties join
  // the gathering just told, or else the latest meeting.
  if (f.refersBack && (f.cues.has('attend') || f.cues.has('summit'))) {
    const same = out.filter((c) => c.type === 'meeting' && c.status === status);
    const target = [...same].reverse().find(isGathering) ?? same[same.length - 1];
    if (target) {
      for (const c of group) target.countries.add(c);
      if (target.countries.size > 2 && !isGathering(target)) target.kind = 'multilateral';
      target.sources.push(evidence(ctx, f));
      target.lastSentence = f.index;
      if (!target.date) target.date = eventDate(ctx, f);
      return true;
    }
  }
  for (let i = out.length - 1; i >= 0 && i >= out.length - 12; i--) {
    const prev = out[i]!;
    if (!f.refersBack && f.index - prev.lastSentence > 3) continue;
    // "after the meeting, the two sides set a 2030 target": the sentence's own date and tense are not the meeting's.
    if ((!f.refersBack && prev.status !== status) || !group.every((c) => prev.countries.has(c))) continue;
    if (!f.anaphoric && !f.refersBack && group.length === 0) return false;
    if (f.refersBack && prev.status !== status) {
      prev.sources.push(evidence(ctx, f));
      prev.lastSentence = f.index;
      return true;
    }
    const own = eventDate(ctx, f);
    // Its own different day (or a month that cannot hold that day) makes it another meeting.
    if (own && prev.date && !own.assumed && !prev.date.assumed && !datesCompatible(own, prev.date))
      return false;
    prev.sources.push(evidence(ctx, f));
    prev.lastSentence = f.index;
    if (!prev.date && own) prev.date = own;
    const venue = bestVenue(ctx.lexicon, f.venues);
    if (!prev.place && venue && prev.kind !== 'call') prev.place = venue;
    return true;
  }
  return false;
}
