/**
 * The tail of a page: after "Related articles", "আরও পড়ুন" or "ये भी पढ़ें" come other stories'
 * headlines and teasers, which are furniture. A marker in the middle of a story (one link, then
 * the story goes on) must not swallow the rest, so the tail ends where paragraphs resume.
 */
import { endsLikeSentence, isInlineMarker, isMarker, type Line } from './clean-lines';

/** Teasers under related headlines stay shorter than this; story paragraphs mostly do not. */
const STORY_PARAGRAPH = 200;

function isStoryParagraph(line: Line | undefined, min = STORY_PARAGRAPH): boolean {
  return line !== undefined && line.text.length >= min && endsLikeSentence(line.text);
}

/** Indexes (from `from` on) of the lines that belong to a related-stories tail. */
export function findTail(lines: Line[], from: number): Set<number> {
  const tail = new Set<number>();
  let i = from;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!isMarker(line.text) || isInlineMarker(line.text)) {
      i++;
      continue;
    }
    // The story resumes at the first two paragraphs in a row; without them the page ends here.
    let resume = lines.length;
    for (let j = i + 1; j < lines.length; j++) {
      if (isMarker(lines[j]!.text)) continue;
      // A long paragraph and another sentence-ended one, or one very long paragraph: teasers come one
      // short line each.
      const long = isStoryParagraph(lines[j]);
      if (long && (isStoryParagraph(lines[j + 1], 40) || lines[j]!.text.length >= 1.75 * STORY_PARAGRAPH)) {
        resume = j;
        break;
      }
    }
    for (let j = i; j < resume; j++) tail.add(j);
    i = resume;
  }
  return tail;
}
