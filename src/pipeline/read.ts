/**
 * Stage 1: read. Turns a folder of article files into decoded texts; a file that cannot be an
 * article becomes a Report with a reason a person can act on, never a silent gap.
 */
import path from 'node:path';
import type { Report } from '../shared/schema';
import type { Effects } from './effects';

/** One article file, decoded: \r\n and \r are \n, no BOM, no NUL. Spans of later stages index `text`. */
export interface RawArticle {
  file: string;
  text: string;
}

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** A few broken bytes (a truncated teaser) are tolerated; more means the file is not UTF-8 text. */
const MAX_REPLACEMENTS = 8;
const MAX_CONTROL_SHARE = 0.005;

type Decoded = { article: RawArticle } | { report: Report };

function reject(file: string, level: Report['level'], reason: string): Decoded {
  return { report: { file, level, reason } };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function oversize(file: string, bytes: number): Decoded {
  const limit = megabytes(MAX_ARTICLE_BYTES);
  return reject(
    file,
    'error',
    `file is ${megabytes(bytes)} MB, over the ${limit} MB limit for one article; not read`,
  );
}

/** UTF-16 without a BOM shows as zero bytes in every other position (ASCII text) — worth naming. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return n >= 8 && Math.max(even, odd) > n / 6 && Math.min(even, odd) < n / 50;
}

function sniffEncoding(bytes: Uint8Array): { encoding: string; skip: number } | { unsupported: string } {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (b0 === 0xff && b1 === 0xfe) {
    return b2 === 0 && b3 === 0 ? { unsupported: 'UTF-32' } : { encoding: 'utf-16le', skip: 2 };
  }
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { unsupported: 'UTF-32' };
  return { encoding: 'utf-8', skip: 0 };
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** C0/C1 controls other than tab, line feed, vertical tab, form feed, carriage return and NEL. */
function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x01 && c <= 0x08) || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f && c !== 0x85))
      count++;
  }
  return count;
}

/** Decodes one file's bytes, or says in plain words why it is not an article. */
export function decodeArticle(file: string, bytes: Uint8Array): Decoded {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) return oversize(file, bytes.byteLength);
  if (bytes.byteLength === 0) return reject(file, 'warning', 'file is empty');
  const sniffed = sniffEncoding(bytes);
  if ('unsupported' in sniffed) {
    return reject(
      file,
      'error',
      `file is ${sniffed.unsupported} text, which is not supported; save it as UTF-8`,
    );
  }
  const bomless = sniffed.skip === 0;
  const decoded = new TextDecoder(sniffed.encoding, { ignoreBOM: true }).decode(bytes.subarray(sniffed.skip));
  // Trailing NULs are padding some tools leave behind; a NUL anywhere else means binary data.
  const text = decoded.replace(/\0+$/, '');
  if (text.includes('\0')) {
    if (bomless && looksLikeBomlessUtf16(bytes)) {
      return reject(file, 'error', 'file looks like UTF-16 text without a byte-order mark; save it as UTF-8');
    }
    return reject(file, 'error', 'file is binary (it contains NUL bytes), not a text article');
  }
  const replacements = countMatches(text, /\uFFFD/g);
  if (replacements > MAX_REPLACEMENTS) {
    return reject(file, 'error', `file is not valid UTF-8 text (${replacements} undecodable byte sequences)`);
  }
  const controls = countControls(text);
  if (controls > MAX_REPLACEMENTS && controls > text.length * MAX_CONTROL_SHARE) {
    return reject(file, 'error', `file is binary, not a text article (${controls} control characters)`);
  }
  const normalised = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0085\u2028\u2029]/g, '\n');
  if (/^[\s\u200B-\u200F\u2060\u202A-\u202E\u2066-\u2069]*$/u.test(normalised)) {
    return reject(file, 'warning', 'file holds only whitespace, no article text');
  }
  return { article: { file, text: normalised } };
}

/** Reads every *.txt article in dir in sorted order; every other file is reported or logged, none dropped unseen. */
export async function readCorpus(
  dir: string,
  effects: Effects,
): Promise<{ articles: RawArticle[]; reports: Report[] }> {
  const articles: RawArticle[] = [];
  const reports: Report[] = [];
  const report = (file: string, level: Report['level'], reason: string) => {
    reports.push({ file, level, reason });
    effects.logger.warn(`${file}: ${reason}`);
  };
  const names = [...(await effects.listFiles(dir))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    // Hidden files (.DS_Store) and gold annotations live beside articles by design: log, no report.
    if (name.startsWith('.') || name.toLowerCase().endsWith('.gold.json')) {
      effects.logger.info(`${name}: skipped (${name.startsWith('.') ? 'hidden file' : 'gold annotations'})`);
      continue;
    }
    if (!name.toLowerCase().endsWith('.txt')) {
      report(name, 'warning', 'skipped: not a .txt article file');
      continue;
    }
    const file = path.join(dir, name);
    try {
      // Size first, so a huge file is refused without being read into memory.
      const size = await effects.fileSize(file);
      const result =
        size > MAX_ARTICLE_BYTES ? oversize(name, size) : decodeArticle(name, await effects.readFile(file));
      if ('article' in result) articles.push(result.article);
      else report(name, result.report.level, result.report.reason);
    } catch (error) {
      report(
        name,
        'error',
        `could not read the file: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  effects.logger.info(`read ${articles.length} articles from ${dir}, ${reports.length} files reported`);
  return { articles, reports };
}
