import { describe, expect, it } from 'vitest';
import { articleTexts, assembleDataset } from '../../src/pipeline/corpus';
import { memoryEffects } from '../../src/pipeline/effects';
import { buildLexicon } from '../../src/pipeline/lexicon';
import { processSerial } from '../../src/pipeline/parallel';
import { readCorpus } from '../../src/pipeline/read';

const utf16 = (text: string) => {
  const body = Buffer.from(text, 'utf16le');
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
};

const files: Record<string, string | Uint8Array> = {
  'in/empty.txt': '',
  'in/binary.txt': new Uint8Array([0, 1, 2, 0xff, 0xfe, 0, 0, 7, 8, 9, 0, 0]),
  'in/utf16.txt': utf16('Published: 3 March 2025\nTitle\nIndia and Japan held talks in Tokyo on Monday.\n'),
  'in/crlf.txt': 'Published: 3 March 2025\r\nTitle line\r\nIndia and Brazil met in Brasília on Monday.\r\n',
  'in/html.txt':
    'Published: 3 March 2025\n<h1>Title</h1>\n<p>India and <b>Kenya</b> met in Nairobi.<script>alert(1)</script></p>\n',
  'in/bidi.txt': 'প্রকাশিত: ০৩ মার্চ ২০২৫\nশিরোনাম\nভা\u200cরত ও \u200fচীনের মধ্যে বৈঠক হয়েছে।\n',
  'in/feb31.txt': 'Published: 3 March 2025\nTitle\nThe summit of India and Peru is set for 31 February.\n',
};

describe('the pipeline on hostile input', async () => {
  const effects = memoryEffects(files);
  const { articles, reports } = await readCorpus('in', effects);
  const outcomes = processSerial(articles, buildLexicon());
  const data = assembleDataset('in', outcomes, reports, buildLexicon());
  const texts = articleTexts(outcomes).flatMap((c) => c.articles);
  const found = (file: string) => data.articles.find((a) => a.file === file);
  const article = (file: string) => {
    const a = found(file);
    return a && { ...a, ...texts.find((t) => t.id === a.id)! };
  };

  it('reports unreadable files by name and reason and builds the rest', () => {
    expect(data.reports.map((r) => r.file).sort()).toEqual(['binary.txt', 'empty.txt']);
    expect(data.articles.map((a) => a.file).sort()).toEqual([
      'bidi.txt',
      'crlf.txt',
      'feb31.txt',
      'html.txt',
      'utf16.txt',
    ]);
  });

  it('reads UTF-16 with a byte-order mark and Windows line endings', () => {
    expect(article('utf16.txt')?.countries).toEqual(['IN', 'JP']);
    expect(article('crlf.txt')?.text).not.toContain('\r');
    expect(article('crlf.txt')?.countries).toEqual(['BR', 'IN']);
  });

  it('keeps HTML as plain text data', () => {
    const a = article('html.txt')!;
    expect(a.text).toContain('<script>alert(1)</script>');
    expect(a.countries).toEqual(['IN', 'KE']);
  });

  it('matches names through joiners and bidi marks', () => {
    expect(article('bidi.txt')?.countries).toEqual(['CN', 'IN']);
  });

  it('gives no date for 31 February', () => {
    const a = article('feb31.txt')!;
    expect(a.mentions.filter((m) => m.kind === 'date').map((m) => m.id)).not.toContain('2025-02-31');
    for (const e of data.events) if (e.date) expect(Number.isNaN(Date.parse(e.date))).toBe(false);
  });
});
