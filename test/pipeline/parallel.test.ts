import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleDataset } from '../../src/pipeline/corpus';
import { buildLexicon } from '../../src/pipeline/lexicon';
import { processCorpus, processSerial } from '../../src/pipeline/parallel';

const dir = path.resolve(import.meta.dirname, '../fixtures/articles');
const raws = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));

describe('processCorpus(raws, lexicon, threads)', () => {
  it('gives the same dataset in worker threads as in one thread', async () => {
    const lexicon = buildLexicon();
    const serial = assembleDataset('x', processSerial(raws, lexicon), [], lexicon);
    const threaded = assembleDataset('x', await processCorpus(raws, lexicon, 2, 1), [], lexicon);
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(serial));
  }, 30_000);
});
