/**
 * `extract <input-dir> <output.json> [--strict]`: builds the dataset from a folder of articles
 * (and its article texts in `<output>.texts/`).
 * Every file that cannot be read is reported by name and reason, and the rest still builds;
 * with --strict any report makes the exit code 1, and so does an error in the bundled reference
 * figures (src/shared/reference). Exit code 2 means the run itself failed.
 */
import path from 'node:path';
import { checkBundledReference } from './check-reference';
import { articleTexts, assembleDataset } from './corpus';
import { nodeEffects } from './effects';
import { buildLexicon } from './lexicon';
import { processCorpus } from './parallel';
import { readCorpus } from './read';
import { writeDataset } from './write';

async function main(argv: string[]): Promise<number> {
  const strict = argv.includes('--strict');
  const [dir, out] = argv.filter((a) => !a.startsWith('--'));
  if (!dir || !out) {
    process.stderr.write('usage: extract <input-dir> <output.json> [--strict]\n');
    return 2;
  }
  const effects = nodeEffects();
  const started = performance.now();
  const { articles, reports } = await readCorpus(dir, effects);
  const lexicon = buildLexicon();
  const outcomes = await processCorpus(articles, lexicon);
  // The supply-chain reference figures ship with the app: check them on every build.
  const referenceReports = checkBundledReference();
  const dataset = assembleDataset(
    path.basename(path.resolve(dir)),
    outcomes,
    [...reports, ...referenceReports],
    lexicon,
  );
  await writeDataset(out, dataset, articleTexts(outcomes), effects);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  effects.logger.info(
    `wrote ${out}: ${dataset.articles.length} articles, ${dataset.events.length} events, ` +
      `${dataset.people.length} people, ${dataset.reports.length} reports in ${seconds} s`,
  );
  for (const r of dataset.reports) effects.logger.warn(`report ${r.level}: ${r.file}: ${r.reason}`);
  // A broken reference file is ours to fix, not the user's input: it always fails the build.
  if (referenceReports.some((r) => r.level === 'error')) return 1;
  return strict && dataset.reports.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`extract failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
