/**
 * Stage 2: clean. Cuts an article's text into title, dateline, body and page furniture, so
 * that later stages read only the story. Pure: spans index the text given, nothing is removed.
 * The rules are jusText's in spirit: a line's words and shape, its neighbours, and the tail of
 * other stories' headlines that follows a "related" marker.
 */
import type { Block, Span } from '../shared/schema';
import {
  endsLikeSentence,
  isBareDate,
  isCalendarLine,
  isChrome,
  isDateline,
  isHeaderDate,
  isByline,
  isInlineMarker,
  isMarker,
  isShapeChrome,
  splitLines,
  tweetAttribution,
  words,
  type Line,
} from './clean-lines';
import { findTail } from './clean-tail';

export { outletOf } from './clean-outlet';

export interface Cleaned {
  title: Span;
  blocks: Block[];
}

/** Lines longer than this are paragraphs; shorter ones without a full stop may be subheadings. */
const PARAGRAPH = 100;
/** A title line longer than this ran on into the story (a scraper joined them). */
const RUN_ON_TITLE = 150;
/** The scraper's prefix on the first line: " date 2026-02-05 <title>". */
const SCRAPER_DATE = /^date[:\s]\s*\d{4}-\d{2}-\d{2}\s+/iu;

type Kind = Block['kind'];

function block(kind: Kind, start: number, end: number): Block {
  return { kind, start, end };
}

/** Where a run-on title's first sentence ends (the cut is exclusive of a colon); -1 for none. */
function titleCut(line: string): number {
  const re = /[.।!?:](?=\s)/gu;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index < 20) continue;
    if (m[0] === '.' && /(?:^|\s)\p{Lu}$/u.test(line.slice(0, m.index))) continue; // an initial: "S. Jaishankar"
    return m[0] === ':' ? m.index : m.index + 1;
  }
  return -1;
}

/** Shape rules only: a headline may hold a chrome word ("India, China share concerns"). */
function isTitleFurniture(line: string): boolean {
  if (isShapeChrome(line) || isByline(line) || isBareDate(line) || isCalendarLine(line) || isHeaderDate(line))
    return true;
  // Two words can be a headline ("मोदी-ट्रंप मुलाकात"); a line opening with a city and a colon is the story.
  if (/^[\p{L}\p{M} .]{2,25}:\s/u.test(line) && /[.।]["'’”]?\s*$/u.test(line)) return true;
  return isDateline(line) || isMarker(line) || (line.length < 60 && words(line).length < 2);
}

/** The title line and the blocks it yields (scraper prefix, title, run-on body), or null when not a title. */
function titleBlocks(text: string, line: Line): Block[] | null {
  const prefix = SCRAPER_DATE.exec(line.text);
  const start = line.start + (prefix ? prefix[0].length : 0);
  const rest = text.slice(start, line.end);
  if (!prefix && isTitleFurniture(rest)) return null;
  const out: Block[] = prefix ? [block('dateline', line.start, line.start + prefix[0].trimEnd().length)] : [];
  const cut = rest.length > RUN_ON_TITLE ? titleCut(rest) : -1;
  if (cut < 0) return [...out, block('title', start, line.end)];
  out.push(block('title', start, start + text.slice(start, start + cut).trimEnd().length));
  const bodyStart = start + cut + 1 + (rest.slice(cut + 1).length - rest.slice(cut + 1).trimStart().length);
  if (bodyStart < line.end) out.push(block('body', bodyStart, line.end));
  return out;
}

/** Kind of a line after the title, before the tail; 'body' is provisional (see dropTrailingShort). */
function lineKind(line: Line, repeats: Map<string, number>, seen: Set<string>, seenDateline: boolean): Kind {
  if (isCalendarLine(line.text)) return 'furniture';
  if (isDateline(line.text)) return 'dateline';
  if (isBareDate(line.text)) return seenDateline ? 'furniture' : 'dateline';
  if (isInlineMarker(line.text) || isChrome(line.text)) return 'furniture';
  // Repeated lines are link lists; a pull quote repeating a paragraph keeps its first copy.
  if ((repeats.get(line.text) ?? 0) > 1) {
    const headline = line.text.length < PARAGRAPH && !endsLikeSentence(line.text);
    if (seen.has(line.text) || headline) return 'furniture';
    seen.add(line.text);
  }
  return 'body';
}

/** jusText's context rule: a short line is a subheading only when a paragraph follows it. */
function dropTrailingShort(blocks: Block[], text: string): void {
  let paragraphAfter = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.kind !== 'body') continue;
    const content = text.slice(b.start, b.end);
    if (content.length >= PARAGRAPH) paragraphAfter = true;
    else if (!paragraphAfter && !endsLikeSentence(content)) b.kind = 'furniture';
  }
}

function countRepeats(lines: Line[]): Map<string, number> {
  const repeats = new Map<string, number>();
  for (const line of lines) repeats.set(line.text, (repeats.get(line.text) ?? 0) + 1);
  return repeats;
}

/**
 * A short first "title" (the site's name, "বিবিসি নিউজ, বাংলা") followed by a run of one- or two-word
 * lines (its menu) and then a real headline: how many lines, from `at`, are site name and menu; 0
 * when the line at `at` is the headline itself.
 */
function menuAfter(lines: Line[], at: number): number {
  if (words(lines[at]!.text).length > 4) return 0;
  let j = at + 1;
  const menuLike = (text: string) =>
    (words(text).length <= 3 && !endsLikeSentence(text)) || isTitleFurniture(text) || isDateline(text);
  while (j < lines.length && menuLike(lines[j]!.text)) j++;
  const next = lines[j];
  if (j - at < 3 || !next) return 0;
  return words(next.text).length >= 5 && next.text.length < 200 && !isTitleFurniture(next.text) ? j - at : 0;
}

/** Cuts text into blocks; every non-blank line belongs to exactly one block, in order. */
export function cleanArticle(text: string): Cleaned {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  let i = 0;
  let title: Span = { start: 0, end: 0 };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const found = titleBlocks(text, line);
    const menu = found ? menuAfter(lines, i) : 0;
    if (found && menu > 0) {
      // The site's name, then its menu: the headline comes after them.
      for (let j = i; j < i + menu; j++) blocks.push(block('furniture', lines[j]!.start, lines[j]!.end));
      i += menu - 1;
      continue;
    }
    if (found) {
      blocks.push(...found);
      title = found.find((b) => b.kind === 'title') ?? title;
      i++;
      break;
    }
    blocks.push(block(isDateline(line.text) ? 'dateline' : 'furniture', line.start, line.end));
  }
  const repeats = countRepeats(lines);
  const seen = new Set<string>();
  const titleText = text.slice(title.start, title.end);
  const tail = findTail(lines, i);
  let seenDateline = blocks.some((b) => b.kind === 'dateline');
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (tail.has(i) || line.text === titleText) {
      blocks.push(block('furniture', line.start, line.end));
      continue;
    }
    const attribution = tweetAttribution(line.text);
    if (attribution > 0) {
      const head = line.text.slice(0, attribution).trimEnd().length;
      blocks.push(
        block('body', line.start, line.start + head),
        block('furniture', line.start + attribution, line.end),
      );
      continue;
    }
    const kind = attribution === 0 ? 'furniture' : lineKind(line, repeats, seen, seenDateline);
    seenDateline ||= kind === 'dateline';
    blocks.push(block(kind, line.start, line.end));
  }
  dropTrailingShort(blocks, text);
  return { title, blocks };
}
