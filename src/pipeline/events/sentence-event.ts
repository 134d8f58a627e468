/**
 * The parts of an event a single sentence decides: its date, held or planned, and its evidence.
 */
import type { Evidence } from '../../shared/schema';
import type { DatePrecision, EventStatus } from '../../shared/vocab';
import { EVENT_CUES } from '../hits';
import type { CueKind } from '../hits';
import type { CandidateDate } from './candidate';
import type { ArticleContext } from './context';
import type { SentenceFacts } from './facts';

/** Cue kinds that name the event itself; the date nearest to one of them is the event's date. */

/**
 * The sentence's date: the one nearest to the words naming the event ("arrived on Monday, will
 * travel to Seoul on Wednesday" dates the trip Wednesday), a day-precise one on a tie.
 */
export function eventDate(
  ctx: ArticleContext,
  f: SentenceFacts,
  kinds?: readonly CueKind[],
): CandidateDate | null {
  const all = ctx.dates[f.index]?.mentions ?? [];
  const text = f.sentence.text;
  // A year that bounds a span ("since 2022", "through 2029", "২০৩০ সালের মধ্যে", "2030 तक") is background.
  const mentions = all.filter((m) => m.precision !== 'year' || !isBound(text, m));
  if (mentions.length === 0) return null;
  // The words naming this kind of event, when the sentence has them ("will fly to Tianjin on Saturday
  // for the summit on August 31" dates the summit by "summit"); else any event word.
  const named = (c: (typeof f.cueHits)[number]) => c.hit.kind === 'cue' && EVENT_CUES.has(c.hit.cue);
  const own = kinds
    ? f.cueHits.filter((c) => named(c) && c.hit.kind === 'cue' && kinds.includes(c.hit.cue))
    : [];
  const anchors = (own.length > 0 ? own : f.cueHits.filter(named)).map((c) => c.start - f.sentence.start);
  const distance = (m: { start: number; end: number }) =>
    anchors.length
      ? Math.min(...anchors.map((a) => (a < m.start ? m.start - a : Math.max(0, a - m.end))))
      : 0;
  // Nearness decides, but a bare year must be much nearer than a day to win ("On Sunday, they agreed to
  // revive talks that stalled in 2023" is dated Sunday).
  // "next year" dates an event as surely as a month; only a year written out may be background.
  const penalty = (m: (typeof mentions)[number]) =>
    m.precision === 'year' && m.relative ? PRECISION_PENALTY.month : PRECISION_PENALTY[m.precision];
  const rank = (m: (typeof mentions)[number]) => distance(m) + penalty(m);
  // A year written out far from the event's words is background (not "next year", which dates it) ("…, the first visit since ties collapsed in 2023").
  const near = mentions.filter(
    (m) => m.precision !== 'year' || m.relative || !anchors.length || distance(m) <= YEAR_REACH,
  );
  if (near.length === 0) return null;
  const m = [...near].sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0]!;
  return { value: m.value, precision: m.precision, assumed: false };
}

/** How far (in characters) from the event's words a bare year may stand and still date it. */
const YEAR_REACH = 40;

const PRECISION_PENALTY: Record<DatePrecision, number> = {
  day: 0,
  week: 5,
  month: 10,
  season: 20,
  year: 200,
};

const BOUND_BEFORE =
  /(?:since|until|till|through|by|before|from|to|between|and|ahead of)\s+(?:the\s+)?(?:end\s+of\s+)?$/i;
const BOUND_AFTER =
  /^\s*(?:সালের মধ্যে|সাল পর্যন্ত|সালের পর থেকে|থেকে|পর্যন্ত|নাগাদ|এর মধ্যে|সালের আগে|तक|से|के बाद से|के अंत तक|के बाद|की शुरुआत तक)/u;

function isBound(text: string, m: { start: number; end: number }): boolean {
  return (
    BOUND_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) ||
    BOUND_AFTER.test(text.slice(m.end, m.end + 24))
  );
}

/**
 * Held or planned. A date before publication means it happened, one after means it is planned;
 * without a date the verbs decide (future tense, "কথা রয়েছে", "is set to").
 */
export function eventStatus(ctx: ArticleContext, f: SentenceFacts, kinds?: readonly CueKind[]): EventStatus {
  const date = eventDate(ctx, f, kinds);
  if (date && ctx.published) {
    const pub = ctx.published.slice(0, date.value.length);
    if (date.value < pub) return 'held';
    if (date.value > pub) return 'planned';
  }
  return ctx.dates[f.index]?.future || f.cues.has('planned') ? 'planned' : 'held';
}

export function evidence(ctx: ArticleContext, f: SentenceFacts, confidence = 0.7): Evidence {
  return {
    articleId: ctx.articleId,
    sentence: (f.sentence.parent ?? f.sentence).text,
    span: { start: (f.sentence.parent ?? f.sentence).start, end: (f.sentence.parent ?? f.sentence).end },
    confidence,
  };
}
