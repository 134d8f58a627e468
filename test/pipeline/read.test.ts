import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryEffects, nodeEffects } from '../../src/pipeline/effects';
import { decodeArticle, MAX_ARTICLE_BYTES, readCorpus } from '../../src/pipeline/read';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    out.set(bigEndian ? [hi, lo] : [lo, hi], 2 + i * 2);
  }
  return out;
}

function textOf(result: ReturnType<typeof decodeArticle>): string | undefined {
  return 'article' in result ? result.article.text : undefined;
}

function reasonOf(result: ReturnType<typeof decodeArticle>): string | undefined {
  return 'report' in result ? result.report.reason : undefined;
}

const BN = 'ঢাকায় বৈঠক।\nদুই দেশের আলোচনা।';

describe('decodeArticle(file, bytes)', () => {
  it('decodes UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(textOf(decodeArticle('a.txt', utf8(BN)))).toBe(BN);
    expect(textOf(decodeArticle('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(BN)])))).toBe(BN);
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    expect(textOf(decodeArticle('le.txt', utf16(BN, false)))).toBe(BN);
    expect(textOf(decodeArticle('be.txt', utf16(BN, true)))).toBe(BN);
  });

  it('turns Windows and old Mac line endings into \\n', () => {
    expect(textOf(decodeArticle('crlf.txt', utf8('Title\r\n\r\nBody one.\rBody two.\r\n')))).toBe(
      'Title\n\nBody one.\nBody two.\n',
    );
  });

  it('rejects an empty file and a whitespace-only file with a warning', () => {
    const empty = decodeArticle('empty.txt', new Uint8Array());
    expect('report' in empty && empty.report.level).toBe('warning');
    expect(reasonOf(empty)).toMatch(/empty/);
    expect(reasonOf(decodeArticle('blank.txt', utf8(' \n\t\r\n\u200B ')))).toMatch(/only whitespace/);
  });

  it('rejects binary bytes (NULs, control bytes) as not a text article', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(reasonOf(decodeArticle('image.txt', png))).toMatch(/binary/);
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(reasonOf(decodeArticle('controls.txt', controls))).toMatch(/binary/);
  });

  it('rejects bytes that are not UTF-8 beyond a few replacement characters', () => {
    const latin1 = new Uint8Array(100).map((_, i) => (i % 2 === 0 ? 0xe9 : 0x61));
    expect(reasonOf(decodeArticle('latin1.txt', latin1))).toMatch(/not valid UTF-8/);
    expect(textOf(decodeArticle('one-bad.txt', new Uint8Array([...utf8('Summit news '), 0xff])))).toBe(
      'Summit news \uFFFD',
    );
  });

  it('names UTF-16 without a byte-order mark', () => {
    const bomless = utf16('Leaders meet in Delhi for talks', false).subarray(2);
    expect(reasonOf(decodeArticle('nobom.txt', bomless))).toMatch(/UTF-16.*without a byte-order mark/);
  });

  it('rejects an oversize buffer by its size, saying how big it is', () => {
    const result = decodeArticle('huge.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1));
    expect('report' in result && result.report.level).toBe('error');
    expect(reasonOf(result)).toMatch(/MB, over the 5\.0 MB limit/);
  });

  it('keeps HTML with <script> as plain text, and bidi and zero-width marks as they are', () => {
    const html = '<p>Talks</p><script>globalThis.ran = true</script>';
    expect(textOf(decodeArticle('page.txt', utf8(html)))).toBe(html);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
    const marked = '\u200FIndia\u200B and\u202B Japan\u202C';
    expect(textOf(decodeArticle('bidi.txt', utf8(marked)))).toBe(marked);
  });
});

describe('readCorpus(dir, effects)', () => {
  it('reads *.txt in sorted order, skips gold and hidden files, and reports everything else', async () => {
    const effects = memoryEffects({
      'in/b.txt': 'Second article title here\n\nBody.',
      'in/a.txt': 'First article title here\n\nBody.',
      'in/a.txt.gold.json': '{}',
      'in/.DS_Store': new Uint8Array([0, 1, 2]),
      'in/notes.md': '# notes',
      'in/empty.txt': '',
      'in/binary.txt': new Uint8Array([0x00, 0x01, 0x02, 0x00, 0x41]),
    });
    const { articles, reports } = await readCorpus('in', effects);
    expect(articles.map((a) => a.file)).toEqual(['a.txt', 'b.txt']);
    expect(reports.map((r) => [r.file, r.level])).toEqual([
      ['binary.txt', 'error'],
      ['empty.txt', 'warning'],
      ['notes.md', 'warning'],
    ]);
    expect(reports.find((r) => r.file === 'notes.md')?.reason).toMatch(/not a \.txt/);
    expect(effects.logs.some((l) => l.includes('a.txt.gold.json'))).toBe(true);
  });

  it('refuses a 50 MB file by its size, without reading it', async () => {
    const effects = memoryEffects({ 'in/huge.txt': new Uint8Array(50 * 1024 * 1024) });
    let reads = 0;
    const counted = { ...effects, readFile: (file: string) => (reads++, effects.readFile(file)) };
    const started = performance.now();
    const { articles, reports } = await readCorpus('in', counted);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(reads).toBe(0);
    expect(articles).toEqual([]);
    expect(reports[0]?.reason).toMatch(/50\.0 MB/);
  });

  it('reports a file that cannot be read instead of failing the whole run', async () => {
    const effects = memoryEffects({ 'in/a.txt': 'Leaders meet for talks\n\nBody.' });
    const failing = { ...effects, readFile: () => Promise.reject(new Error('EACCES: permission denied')) };
    const { reports } = await readCorpus('in', failing);
    expect(reports).toEqual([{ file: 'a.txt', level: 'error', reason: expect.stringMatching(/EACCES/) }]);
  });
});

describe('nodeEffects()', () => {
  it('lists files sorted, reads bytes and sizes, and writes through a temp file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'diplomap-read-'));
    try {
      await writeFile(path.join(dir, 'b.txt'), 'বি');
      await writeFile(path.join(dir, 'a.txt'), 'A');
      const effects = nodeEffects();
      expect(await effects.listFiles(dir)).toEqual(['a.txt', 'b.txt']);
      expect(await effects.fileSize(path.join(dir, 'b.txt'))).toBe(6);
      expect(new TextDecoder().decode(await effects.readFile(path.join(dir, 'b.txt')))).toBe('বি');
      await effects.writeFile(path.join(dir, 'out', 'data.json'), '{"ok":true}');
      expect(await readFile(path.join(dir, 'out', 'data.json'), 'utf8')).toBe('{"ok":true}');
      expect(await readdir(path.join(dir, 'out'))).toEqual(['data.json']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('memoryEffects(files)', () => {
  it('keeps writes in `written` and logs in `logs`, silently', async () => {
    const effects = memoryEffects({});
    await effects.writeFile('out/x.json', '[]');
    effects.logger.warn('careful');
    expect(effects.written.get('out/x.json')).toBe('[]');
    expect(effects.logs).toEqual(['warn careful']);
    await expect(effects.readFile('missing.txt')).rejects.toThrow(/ENOENT/);
  });
});
