import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/pipeline/clean';
import { isInlineMarker, isMarker, splitLines } from '../../src/pipeline/clean-lines';

const DEV = '/work/shared/eval/dev';
// The dev set lives outside the repo; without it these checks are skipped, not failed.
const files = existsSync(DEV) ? readdirSync(DEV).filter((f) => f.endsWith('.txt')) : [];

/**
 * Sentences the gold meetings of each dev article rest on (checked by hand against the
 * .gold.json notes): each must land in a body block, never in furniture.
 */
const MEETING_SENTENCES: Record<string, string[]> = {
  '000_': ['৪ ফেব্রুয়ারি আমেরিকা সফরে', '৯ জানুয়ারি নয়া দিল্লিতে'],
  '001_': ['Great to see FM', 'पेरू के विदेश मंत्री ह्यूगो डी जेला', 'मार्च के पहले हफ्ते'],
  '002_': ['पांच मध्य एशियाई देशों'],
  '003_': ['বৃহস্পতিবার সকালে এই বৈঠক অনুষ্ঠিত হয়', 'ফেব্রুয়ারিতে সৌদি আরবে সাক্ষাৎ', 'উত্তর কোরিয়া যাবেন'],
  '004_': ['বসন্তকালেই আপনি মস্কোয়'],
  dev_eu_: ['met Chinese President Xi Jinping in Beijing'],
  dev_modi_: ['ब्लेयर हाउस'],
  dev_prabowo_: ['हैदराबाद हाउस'],
  dev_quad_: ['দ্বিপাক্ষিক বৈঠক করেন জয়শঙ্কর'],
};

describe.skipIf(files.length === 0)('cleanArticle(text) over the dev articles', () => {
  it.each(files)('%s: the sentences its gold meetings rest on are body', (file) => {
    const text = readFileSync(path.join(DEV, file), 'utf8');
    const { blocks } = cleanArticle(text);
    const key = Object.keys(MEETING_SENTENCES).find((prefix) => file.startsWith(prefix));
    for (const sentence of key ? MEETING_SENTENCES[key]! : []) {
      const at = text.indexOf(sentence);
      expect(at, sentence).toBeGreaterThanOrEqual(0);
      const holder = blocks.find((b) => b.start <= at && at < b.end);
      expect(holder?.kind, sentence).toBe('body');
    }
  });

  it.each(files)('%s: nothing after a related-stories marker is body', (file) => {
    const text = readFileSync(path.join(DEV, file), 'utf8');
    const { blocks } = cleanArticle(text);
    const marker = splitLines(text).find((l) => isMarker(l.text) && !isInlineMarker(l.text));
    if (!marker) return;
    const after = blocks.filter((b) => b.start >= marker.start);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((b) => b.kind !== 'furniture')).toEqual([]);
  });

  it.each(files)(
    '%s: has a title, a body, and no furniture before the story that names a meeting',
    (file) => {
      const text = readFileSync(path.join(DEV, file), 'utf8');
      const { title, blocks } = cleanArticle(text);
      expect(title.end).toBeGreaterThan(title.start);
      expect(blocks.filter((b) => b.kind === 'title')).toHaveLength(1);
      expect(blocks.some((b) => b.kind === 'body')).toBe(true);
    },
  );

  it('finds the 003 markers সম্পর্কিত and সর্বাধিক পঠিত and keeps their lists out of the body', () => {
    const file = files.find((f) => f.startsWith('003_'));
    if (!file) return;
    const text = readFileSync(path.join(DEV, file), 'utf8');
    const { blocks } = cleanArticle(text);
    const marker = text.indexOf('সম্পর্কিত');
    expect(marker).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.start >= marker && b.kind === 'body')).toEqual([]);
    expect(blocks.find((b) => text.slice(b.start, b.end) === '/এএ/')?.kind).toBe('furniture');
  });
});
