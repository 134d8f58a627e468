/**
 * The parts of an event a single sentence decides: its date, held or planned, and its evidence.
 */
import type { Evidence } from '../../shared/schema';
import type { EventStatus } from '../../shared/vocab';
import type { CandidateDate } from './candidate';
import type { ArticleContext } from './context';
import type { SentenceFacts } from './facts';

/** The sentence's date: the first day-precise one, else the first of any precision. */
export function eventDate(ctx: ArticleContext, f: SentenceFacts): CandidateDate | null {
  const mentions = ctx.dates[f.index]?.mentions ?? [];
  const m = mentions.find((d) => d.precision === 'day') ?? mentions[0];
  return m ? { value: m.value, precision: m.precision, assumed: false } : null;
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
    sentence: f.sentence.text,
    span: { start: f.sentence.start, end: f.sentence.end },
    confidence,
  };
}
