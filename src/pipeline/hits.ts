/**
 * What a gazetteer or cue match stands for. One matcher holds every alias of every kind, so the
 * longest name at a position wins ("দক্ষিণ কোরিয়া" over "কোরিয়া", "White House" over "White").
 */
import type { EndUse, Language, MineralId, Stage } from '../shared/vocab';

export type CueKind =
  | 'meeting'
  | 'call'
  | 'visit'
  | 'summit'
  | 'planned'
  | 'against'
  | 'agency'
  | 'export-control'
  | 'tariff'
  | 'agreement'
  | 'military-incident'
  | 'attend'
  | 'bilateral'
  | 'with'
  | 'pronoun'
  | 'separately'
  | 'reference'
  | 'signing'
  | 'pair'
  | 'negation'
  | 'cancelled'
  | 'jointly'
  | 'sidelines'
  | 'round';

export type Hit =
  | { kind: 'country'; id: string; form: 'name' | 'demonym' }
  | { kind: 'place'; id: string }
  | { kind: 'person'; id: string; surnameOnly: boolean; ambiguous: boolean }
  | { kind: 'organisation'; id: string }
  | { kind: 'mineral'; id: MineralId; contextual: boolean }
  | { kind: 'stage'; id: Stage }
  | { kind: 'end-use'; id: EndUse }
  | { kind: 'title'; role: string; lang: Language; honorific?: boolean }
  | { kind: 'cue'; cue: CueKind }
  /** A phrase that contains a name but is not it (Indian Ocean, দক্ষিণ চীন সাগর): it wins the longest match and yields nothing. */
  | { kind: 'blocker' };

/** A hit located in an article's text. */
export interface Located<H extends Hit = Hit> {
  hit: H;
  start: number;
  end: number;
  /** The glued suffix, folded ('' when none). */
  suffix: string;
  /** Index of the sentence it falls in. */
  sentence: number;
}

/** Cue kinds that name an event itself (not its status or a reference back to it). */
export const EVENT_CUES: ReadonlySet<CueKind> = new Set<CueKind>([
  'meeting',
  'call',
  'visit',
  'summit',
  'attend',
  'sidelines',
  'signing',
  'export-control',
  'tariff',
  'agreement',
  'military-incident',
]);
