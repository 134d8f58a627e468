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
  // The story's own opening ("काहिरा, एजेंसी। …") before the site's date line ("नई दिल्ली | प्रकाशित: …"),
  // which names the desk that published it.
  const firstLines = (kind: Block['kind'], max: number) =>
    blocks
      .filter((b) => b.kind === kind)
      .flatMap((b) => text.slice(b.start, b.end).split('\n'))
      .filter((line) => line.trim())
      .slice(0, max);
  for (const line of [...firstLines('body', 2), ...firstLines('dateline', 2)]) {
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
