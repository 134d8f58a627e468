import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema, textChunkSchema } from '../../src/shared/schema';

const root = path.resolve(import.meta.dirname, '../..');

function extract(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
}

describe('extract <dir> <out> [--strict]', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'diplomap-cli-'));
  copyFileSync(path.join(root, 'test/fixtures/articles/hi-visit.txt'), path.join(dir, 'good.txt'));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 159, 146, 150, 0, 0, 1, 2, 3]));
  const out = path.join(dir, 'out.json');

  it('reports unreadable files by name and reason, and still builds the rest', () => {
    const run = extract(dir, out);
    expect(run.status).toBe(0);
    const data = datasetSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(data.articles.map((a) => a.file)).toEqual(['good.txt']);
    expect(data.reports.map((r) => r.file).sort()).toEqual(['binary.txt', 'empty.txt']);
    for (const r of data.reports) expect(r.reason.length).toBeGreaterThan(5);
    expect(run.stderr).toContain('binary.txt');
    const texts = textChunkSchema.parse(JSON.parse(readFileSync(path.join(dir, 'out.texts/0.json'), 'utf8')));
    expect(texts.articles.map((a) => a.id)).toEqual(data.articles.map((a) => a.id));
    expect(texts.articles[0]!.text).toBe(readFileSync(path.join(dir, 'good.txt'), 'utf8'));
  });

  it('exits 1 with --strict when there is any report', () => {
    expect(extract(dir, out, '--strict').status).toBe(1);
  });

  it('writes byte-identical JSON for the same input', () => {
    extract(dir, out);
    const first = readFileSync(out, 'utf8');
    extract(dir, out);
    expect(readFileSync(out, 'utf8')).toBe(first);
  });

  it('exits 2 with a usage line when arguments are missing', () => {
    const run = extract(dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage/);
  });
});
