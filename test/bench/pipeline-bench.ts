/**
 * `npm run bench:pipeline [-- N]`: pipeline throughput on a deterministic synthetic corpus.
 * Articles are recombined from the seed articles' lines with a seeded generator, so every run
 * reads the same bytes. Runs N and 2N articles (default 5,000), each in its own process, and prints
 * articles/s, MB/s and that process's peak resident memory; time should about double from N to 2N.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assembleDataset } from '../../src/pipeline/corpus';
import { processCorpus } from '../../src/pipeline/parallel';
import { memoryEffects } from '../../src/pipeline/effects';
import { buildLexicon } from '../../src/pipeline/lexicon';
import { readCorpus } from '../../src/pipeline/read';
import { machineLine } from './calibrate';
import { random } from './random';

function seedArticles(): string[][] {
  const dir = path.resolve(import.meta.dirname, '../../seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'));
}

/** Each synthetic article keeps a seed article's head (title, dates) and draws its body lines from the same language. */
function corpus(n: number): Record<string, string> {
  const seeds = seedArticles();
  const next = random(20260204);
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const lines = seeds[i % seeds.length]!;
    const head = lines.slice(0, 6);
    const body = Array.from(
      { length: 12 },
      () => lines[6 + Math.floor(next() * Math.max(1, lines.length - 6))] ?? '',
    );
    files[`corpus/${String(i).padStart(6, '0')}.txt`] = [...head, ...body].join('\n');
  }
  return files;
}

async function run(n: number, lexicon: ReturnType<typeof buildLexicon>) {
  const files = corpus(n);
  const bytes = Object.values(files).reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const effects = memoryEffects(files);
  const started = performance.now();
  const { articles, reports } = await readCorpus('corpus', effects);
  const read = performance.now();
  const outcomes = await processCorpus(articles, lexicon);
  const processed = performance.now();
  const dataset = assembleDataset('bench', outcomes, reports, lexicon);
  const assembled = performance.now();
  const json = JSON.stringify(dataset);
  const done = performance.now();
  const seconds = (done - started) / 1000;
  const phases = [read - started, processed - read, assembled - processed, done - assembled].map((ms) =>
    (ms / 1000).toFixed(2),
  );
  return { n, seconds, bytes, events: dataset.events.length, out: json.length, phases };
}

/** One size in this process: prints one JSON line with its figures and the process's peak RSS. */
async function child(n: number) {
  const lexiconStart = performance.now();
  const lexicon = buildLexicon();
  const lexiconSeconds = (performance.now() - lexiconStart) / 1000;
  const r = await run(n, lexicon);
  // maxRSS covers the whole process, worker threads included, from start to now (KB on Linux).
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ ...r, lexiconSeconds, peakMb }));
}

/**
 * Each size runs in a fresh process, so its peak memory is its own and the second run does not
 * start warm (the time then counts compiling the stages and building the lexicon, as a real run does).
 */
function measure(n: number): Result {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, import.meta.filename, '--child', String(n)],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as Result;
}

function main() {
  const n = Number(process.argv[2] ?? 5000);
  console.log(machineLine());
  const results = [n, 2 * n].map((size) => {
    const r = measure(size);
    console.log(
      `${String(r.n).padStart(6)} articles  ${r.seconds.toFixed(2).padStart(6)} s  ` +
        `${(r.n / r.seconds).toFixed(0).padStart(6)} articles/s  ${(r.bytes / 1e6 / r.seconds).toFixed(2)} MB/s  ` +
        `${(r.bytes / 1e6).toFixed(1)} MB in  ${r.events} events  peak RSS ${r.peakMb.toFixed(0)} MB  ` +
        `(lexicon ${r.lexiconSeconds.toFixed(2)} s, read ${r.phases[0]} s, articles ${r.phases[1]} s, ` +
        `merge+validate ${r.phases[2]} s, JSON ${r.phases[3]} s)`,
    );
    return r;
  });
  const [a, b] = results;
  console.log(`time ratio 2N/N: ${(b!.seconds / a!.seconds).toFixed(2)} (2.00 is linear)`);
}

type Result = Awaited<ReturnType<typeof run>> & { lexiconSeconds: number; peakMb: number };

if (process.argv[2] === '--child') void child(Number(process.argv[3]));
else main();
