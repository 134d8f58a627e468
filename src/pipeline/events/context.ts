/**
 * What event extraction knows about the article it is reading.
 */
import type { Language } from '../../shared/vocab';
import type { DateMention } from '../dates/mention';
import type { Lexicon } from '../lexicon';
import type { CandidatePlace } from './candidate';
import type { SentenceFacts } from './facts';

export interface SentenceDates {
  mentions: DateMention[];
  future: boolean;
  /** False for verbless lines (headlines, captions, "আমেরিকা সফরে বিদেশমন্ত্রী"): they report nothing by themselves. */
  hasVerb: boolean;
}

export interface ArticleContext {
  articleId: string;
  lang: Language;
  published: string | null;
  lexicon: Lexicon;
  /** The place of the dateline ("वॉशिंगटन:", "BEIJING —"), where held meetings happened unless said otherwise. */
  dateline: CandidatePlace | null;
  facts: SentenceFacts[];
  dates: SentenceDates[];
}
