/**
 * One article through every per-article stage: clean, language, publication date, sentences,
 * mentions, dates, event candidates. Pure: the same text gives the same result.
 */
import type { Article, ArticleText, Mention } from '../shared/schema';
import type { EndUse, MineralId, Stage } from '../shared/vocab';
import { analyse, toMentions } from './analyse';
import { cleanArticle, outletOf } from './clean';
import { datesIn, mayHoldDate } from './dates/find-dates';
import { findPublished } from './dates/published';
import { detectTense } from './dates/tense';
import type { Candidate } from './events/candidate';
import { EVENT_CUES } from './hits';
import type { Located } from './hits';
import type { ArticleContext, SentenceDates } from './events/context';
import { findDateline } from './events/dateline';
import { sentenceFacts } from './events/facts';
import { incidentCandidates } from './events/incidents';
import { meetingCandidates } from './events/meetings';
import { mergeCandidates } from './events/merge';
import { fillFromArticle, inheritPlannedDates } from './events/finalise';
import { detectLanguage } from './language';
import type { Lexicon } from './lexicon';
import type { RawArticle } from './read';
import { splitClauses, splitSentences } from './sentences';
import type { Sentence } from './sentences';
import type { UnknownPerson } from './titled-people';

/** An article as the stages leave it: its facts and its text together (split when written). */
export type FullArticle = Omit<Article, 'events' | 'textChunk'> & Omit<ArticleText, 'id'>;

export interface ProcessedArticle {
  article: FullArticle;
  candidates: Candidate[];
  unknownPeople: UnknownPerson[];
}

export const articleId = (file: string) => file.replace(/\.txt$/i, '');

const uniqueSorted = <T extends string>(xs: Iterable<T>) => [...new Set(xs)].sort();

/** Cues that make a clause an event candidate: its tense decides held or planned. */

function unitDates(
  units: Sentence[],
  cues: Located[],
  ctxLang: Article['language'],
  published: string | null,
): SentenceDates[] {
  return units.map((s) => {
    // Tense costs several patterns per clause: read it only where an event or a date may be.
    const eventish = cues.some(
      (c) =>
        c.start >= s.start &&
        c.start < s.end &&
        c.hit.kind === 'cue' &&
        (EVENT_CUES.has(c.hit.cue) || c.hit.cue === 'planned' || c.hit.cue === 'reference'),
    );
    const maybeDate = mayHoldDate(s.text);
    const tense = eventish || maybeDate ? detectTense(s.text, ctxLang) : null;
    return {
      mentions: maybeDate ? datesIn(s.text, ctxLang, published, tense) : [],
      future: tense === 'future',
      hasVerb: tense !== null,
    };
  });
}

function dateMentions(units: Sentence[], dates: SentenceDates[]): Mention[] {
  return units.flatMap((s, i) =>
    dates[i]!.mentions.map((d) => ({
      kind: 'date' as const,
      id: d.value,
      start: s.start + d.start,
      end: s.start + d.end,
    })),
  );
}

export function processArticle(raw: RawArticle, lexicon: Lexicon): ProcessedArticle {
  const { text, file } = raw;
  const id = articleId(file);
  const cleaned = cleanArticle(text);
  // Language from the story itself: a related-headlines list in another script must not tip it.
  const story = cleaned.blocks
    .filter((b) => b.kind === 'title' || b.kind === 'body')
    .map((b) => text.slice(b.start, b.end))
    .join('\n');
  const lang = detectLanguage(story || text);
  const pub = findPublished(text);
  const sentences = splitSentences(text, cleaned.blocks);
  const analysis = analyse(text, sentences, lang, lexicon);
  // Events are read clause by clause ("…, where he will meet…" is a second event), dates likewise.
  const units = sentences.flatMap(splitClauses);
  const dates = unitDates(units, analysis.cues, lang, pub.date);
  const within = <T extends { start: number }>(list: T[], u: Sentence) =>
    list.filter((x) => x.start >= u.start && x.start < u.end);
  const facts = units.map((u, i) =>
    sentenceFacts(
      text,
      u,
      i,
      within(analysis.entities, u),
      within(analysis.cues, u),
      within(analysis.unknownPeople, u),
      lang,
      lexicon,
      pub.date,
    ),
  );
  const dateline = findDateline(text, cleaned.blocks, lexicon);
  const ctx: ArticleContext = { articleId: id, lang, published: pub.date, lexicon, dateline, facts, dates };
  const candidates = mergeCandidates([...meetingCandidates(ctx), ...incidentCandidates(ctx)], false);
  for (const c of candidates) fillFromArticle(c, pub.date, dateline);
  inheritPlannedDates(candidates);

  const countries = new Set<string>();
  const people = new Set<string>();
  const minerals = new Set<MineralId>();
  const places = new Set<string>();
  const organisations = new Set<string>();
  const stages = new Set<Stage>();
  const endUses = new Set<EndUse>();
  for (const { hit } of analysis.entities) {
    if (hit.kind === 'country') countries.add(hit.id);
    else if (hit.kind === 'person') people.add(hit.id);
    else if (hit.kind === 'mineral') minerals.add(hit.id);
    else if (hit.kind === 'organisation') organisations.add(hit.id);
    else if (hit.kind === 'stage') stages.add(hit.id);
    else if (hit.kind === 'end-use') endUses.add(hit.id);
    else if (hit.kind === 'place') {
      places.add(hit.id);
      const capitalOf = lexicon.capitalOf.get(hit.id);
      if (capitalOf) countries.add(capitalOf);
    }
  }
  for (const u of analysis.unknownPeople) people.add(u.id);
  // The place of a meeting the article reports counts as a country it refers to.
  for (const c of candidates)
    if (c.type === 'meeting' && c.place && c.place.level !== 'dateline') countries.add(c.place.country);

  const title = text.slice(cleaned.title.start, cleaned.title.end).trim();
  return {
    article: {
      id,
      file,
      language: lang,
      title,
      published: pub.date,
      publishedFrom: pub.from,
      outlet: outletOf(text, cleaned.blocks),
      text,
      blocks: cleaned.blocks,
      countries: uniqueSorted(countries),
      people: uniqueSorted(people),
      minerals: uniqueSorted(minerals),
      places: uniqueSorted(places),
      organisations: uniqueSorted(organisations),
      stages: uniqueSorted(stages),
      endUses: uniqueSorted(endUses),
      mentions: toMentions(analysis, lexicon, dateMentions(units, dates)),
    },
    candidates,
    unknownPeople: analysis.unknownPeople,
  };
}
