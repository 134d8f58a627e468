/**
 * The parts of an event a single sentence decides: its date, held or planned, and its evidence.
 */
import type { Evidence } from '../../shared/schema';
import type { EventStatus } from '../../shared/vocab';
import { EVENT_CUES } from '../hits';
import type { CandidateDate } from './candidate';
import type { ArticleContext } from './context';
import type { SentenceFacts } from './facts';

/** Cue kinds that name the event itself; the date nearest to one of them is the event's date. */

/**
 * The sentence's date: the one nearest to the words naming the event ("arrived on Monday, will
 * travel to Seoul on Wednesday" dates the trip Wednesday), a day-precise one on a tie.
 */
export function eventDate(ctx: ArticleContext, f: SentenceFacts): CandidateDate | null {
  const mentions = ctx.dates[f.index]?.mentions ?? [];
  if (mentions.length === 0) return null;
  const anchors = f.cueHits
    .filter((c) => c.hit.kind === 'cue' && EVENT_CUES.has(c.hit.cue))
    .map((c) => c.start - f.sentence.start);
  const distance = (m: { start: number; end: number }) =>
    anchors.length
      ? Math.min(...anchors.map((a) => (a < m.start ? m.start - a : Math.max(0, a - m.end))))
      : 0;
  const rank = (m: (typeof mentions)[number]) => distance(m) + (m.precision === 'day' ? 0 : 0.5);
  const m = [...mentions].sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0]!;
  return { value: m.value, precision: m.precision, assumed: false };
}

/**
 * Held or planned. A date before publication means it happened, one after means it is planned;
 * without a date the verbs decide (future tense, "কথা রয়েছে", "is set to").
 */
export function eventStatus(ctx: ArticleContext, f: SentenceFacts): EventStatus {
  const date = eventDate(ctx, f);
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
