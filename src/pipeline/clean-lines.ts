/**
 * Line-level tests of the cleaner, after jusText: a line is judged by its length, its words
 * (chrome, date labels, bylines) and its shape, never by matching one site's exact strings.
 */
import {
  BYLINE,
  CAPTION_LINE,
  CALENDAR_MONTH,
  CHROME_WORD,
  DATE_LABEL,
  DATE_TOKEN,
  MARKERS,
  MONTH_WORD,
  WEEKDAY_WORD,
  PHOTO_CREDIT,
  STRONG_CHROME,
} from './clean-words';

/** A non-blank line: its trimmed range in the text and its trimmed content. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Whitespace plus the invisible marks (zero-width, bidi controls, BOM) that pages scatter around. */
const INVISIBLE = /[\s\u200B-\u200F\u2060\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** The non-blank lines of text, each trimmed of whitespace and invisible marks at both ends. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    let start = lineStart;
    let end = i;
    while (start < end && INVISIBLE.test(text[start]!)) start++;
    while (end > start && INVISIBLE.test(text[end - 1]!)) end--;
    if (end > start) lines.push({ start, end, text: text.slice(start, end) });
    lineStart = i + 1;
  }
  return lines;
}

/** Words of a line, with invisible marks removed so "a\u200Bb" counts as one word. */
export function words(line: string): string[] {
  return line
    .replace(/[\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '')
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

const TRAILING_PUNCTUATION = /[\s:：.…»>|\-–—]+$/u;

/** A line that opens a list of other stories ("Related articles", "আরও পড়ুন", "ये भी पढ़ें:"). */
export function isMarker(line: string): boolean {
  if (line.length > 80) return false; // markers are short; also keeps the trailing-punctuation regex linear
  const bare = line.replace(TRAILING_PUNCTUATION, '').replace(/\s+/gu, ' ').trim();
  return bare.length > 0 && words(bare).length <= 6 && MARKERS.some((marker) => marker.test(bare));
}

/** "Also read: <headline>" on one line: a marker with its one link, not the start of a tail. */
export function isInlineMarker(line: string): boolean {
  const colon = line.search(/[:：]/u);
  // "আরও পড়তে পারেন:" with nothing after the colon opens a list on the lines below.
  return colon > 0 && colon < 40 && words(line.slice(colon + 1)).length > 0 && isMarker(line.slice(0, colon));
}

function dateTokens(line: string): string[] {
  return line
    .replace(/[,()|]/gu, ' ')
    .split(/\s+/u)
    .filter((t) => t.length > 0);
}

/** A line that is only a date (and maybe a weekday and time): "শুক্রবার, ১১ জুলাই ২০২৫", "Sunday, November 2, 2025". */
export function isBareDate(line: string): boolean {
  if (line.length > 120) return false;
  const tokens = dateTokens(line);
  if (tokens.length < 2 || tokens.length > 9 || !tokens.every((t) => DATE_TOKEN.test(t))) return false;
  return (
    tokens.some((t) => /^\p{Nd}/u.test(t)) && tokens.some((t) => /\p{L}/u.test(t) || /\p{Nd}{4}/u.test(t))
  );
}

/**
 * The site's date of the day with its city and other calendars: "ঢাকা, রবিবার ১২ অক্টোবর ২০২৫ | ২৭
 * আশ্বিন ১৪৩২". A weekday, a month and a year on a short line without a full stop.
 */
export function isHeaderDate(line: string): boolean {
  if (line.length > 120 || endsLikeSentence(line) || words(line).length > 14) return false;
  const tokens = dateTokens(line);
  return WEEKDAY_WORD.test(line) && MONTH_WORD.test(line) && tokens.some((t) => /^\p{Nd}{4}$/u.test(t));
}

/** A date in another calendar printed under the site's header: "২৬ আষাঢ় ১৪৩২". */
export function isCalendarLine(line: string): boolean {
  if (line.length > 80) return false;
  const tokens = dateTokens(line);
  return (
    tokens.length <= 6 && tokens.some((t) => CALENDAR_MONTH.test(t)) && tokens.some((t) => /\p{Nd}/u.test(t))
  );
}

/** The article's own date line: a date label with a date, or a short byline carrying a date. */
export function isDateline(line: string): boolean {
  if (line.length > 200 || !/\p{Nd}/u.test(line)) return false;
  // A story sentence may say "published on 5 May"; a date line is short or has no full stop.
  if (DATE_LABEL.test(line)) return words(line).length <= 12 || !endsLikeSentence(line);
  const hasDate = MONTH_WORD.test(line) || /\p{Nd}{1,4}[./-]\p{Nd}{1,2}[./-]\p{Nd}{2,4}/u.test(line);
  const hasTime = /\p{Nd}{1,2}:\p{Nd}{2}/u.test(line) && /\p{Nd}{4}/u.test(line);
  return hasDate && hasTime && line.length <= 120 && words(line).length <= 10 && !endsLikeSentence(line);
}

/** A tweet's attribution: "— Name (@handle) February 4, 2026"; returns where it starts, or -1. */
export function tweetAttribution(line: string): number {
  const match = /[—–-]\s*[^—–()]{1,60}\(@\w{1,30}\)\s*[\p{L}\p{Nd}, ]{0,30}\p{Nd}{4}\s*$/u.exec(line);
  return match ? match.index : -1;
}

/** Markup left in the text: a script/style element, or tags with hardly any words between them. */
function isMarkup(line: string): boolean {
  if (!/^<\/?[a-z!][^>]*>/iu.test(line)) return false;
  if (/^<(?:script|style|iframe|noscript|svg)\b/iu.test(line)) return true;
  return words(line.replace(/<[^>]*>/gu, ' ')).length < 3;
}

/** "Home / World / Asia" or "প্রচ্ছদ » আন্তর্জাতিক": two or more separators between short segments. */
function isBreadcrumb(line: string): boolean {
  const parts = line.split(/\s+[/>»›]\s+/u);
  return line.length <= 200 && parts.length >= 3 && parts.every((part) => words(part).length <= 3);
}

/** Chrome by shape alone (safe even for a title): counters, lone tokens, links, markup, menus. */
export function isShapeChrome(line: string): boolean {
  // Counting words of a huge line is slow and pointless: only short lines are judged by count.
  const count = line.length <= 200 ? words(line).length : Infinity;
  if (!/[\p{L}]/u.test(line)) return true; // "15", "•", "|||": no words at all
  if (count <= 1 && (line.length <= 3 || /^[\x21-\x7E]+$/u.test(line))) return true; // "X", "PREV", "spot_img"
  if (/pic\.twitter\.com\/|^https?:\/\/\S+$|^www\.\S+$|^@\w+$|^#\S+(?:\s+#\S+)*$/iu.test(line)) return true;
  if (isMarkup(line)) return true;
  if (/^\/[^\s/]{1,15}\/$|^[([][\p{L}\p{M}]{1,12}[)\]]$/u.test(line)) return true; // "/এএ/" desks, "(ANI)"
  if (/^[\p{L}\p{M}\s]{1,25}[:：]$/u.test(line) && count <= 3) return true; // a label with no value: "Date:"
  if ((line.match(/\|/gu)?.length ?? 0) >= 3) return true; // a menu: "Home | World | Sport | ..."
  if (isBreadcrumb(line)) return true;
  if (/^(?:tags?|topics?|keywords?|ট্যাগ|ট্যাগস|विषय|टैग|टैग्स|कीवर्ड)\s*[:：]/iu.test(line)) return true;
  if (
    /[(|]\s*(?:photo|file photo|image|ছবি|ফাইল ছবি|फोटो|फाइल फोटो|तस्वीर)\s*[:：][^()]{0,60}\)?$/iu.test(line)
  )
    return true;
  if (/©|\(c\)\s*\p{Nd}{4}|all rights reserved|সর্বস্বত্ব|सर्वाधिकार/iu.test(line)) return true;
  return STRONG_CHROME.test(line) && line.length <= 160;
}

/** A short byline or desk line: "By ANI", "আন্তর্জাতিক ডেস্ক", "Source: PTI". */
export function isByline(line: string): boolean {
  return line.length <= 100 && words(line).length <= 10 && !endsLikeSentence(line) && BYLINE.test(line);
}

/**
 * A wire story's credit line, however long: "(Reporting by A in Singapore; Editing by B)". Its
 * places are where the reporters sat, not what the story is about.
 */
const CREDIT_LINE =
  /^\(?\s*(?:additional\s+)?(?:reporting|writing|compiled)\s+by\b.*\bedit(?:ing|ed)\s+by\b/iu;

/** Page chrome by shape or words: the above, plus short share prompts, photo credits and bylines. */
export function isChrome(line: string): boolean {
  if (isShapeChrome(line) || isByline(line) || CAPTION_LINE.test(line) || CREDIT_LINE.test(line)) return true;
  // Only very short lines: "India, China share concerns" is a headline, "Share post:" is not.
  return line.length <= 60 && words(line).length <= 4 && (CHROME_WORD.test(line) || PHOTO_CREDIT.test(line));
}

/** Ends like a sentence (full stop, danda, question or exclamation mark, closing quote after one). */
export function endsLikeSentence(line: string): boolean {
  return /[.।?!॥][\s"'”’)\]]*$/u.test(line);
}
