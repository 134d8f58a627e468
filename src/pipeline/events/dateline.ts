/**
 * The dateline: the city a report is filed from ("वॉशिंगटन:", "BEIJING —", "ঢাকা, ১০ জুলাই").
 * A meeting the article reports as held, with no other place, happened there.
 */
import type { Block } from '../../shared/schema';
import type { Lexicon } from '../lexicon';
import { keyText } from '../normalise';
import type { CandidatePlace } from './candidate';
import { placeById } from './place';

/** A name at the very start of a line, followed by a colon, a dash, or a comma and more. */
const DATELINE = /^\s*([^\n:—–,]{2,40}?)\s*(?:[:—–]|,\s|\s-\s)/u;

export function findDateline(text: string, blocks: Block[], lexicon: Lexicon): CandidatePlace | null {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind !== 'dateline' && b.kind !== 'body') continue;
    for (const line of text.slice(b.start, b.end).split('\n')) {
      if (line.trim()) lines.push(line);
      if (lines.length >= 4) break;
    }
    if (lines.length >= 4) break;
  }
  for (const line of lines) {
    const m = DATELINE.exec(line);
    if (!m) continue;
    const head = m[1]!;
    for (const hit of lexicon.matcher.find(keyText(head), head)) {
      const place = hit.values.find((v) => v.kind === 'place');
      if (place && place.kind === 'place' && hit.start <= 2) return placeById(lexicon, place.id, 'dateline');
    }
  }
  return null;
}
