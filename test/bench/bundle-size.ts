/**
 * `npm run bench:bundle [-- <dist>]`: gzip sizes of what the first view loads (the entry script
 * and stylesheet index.html names, and the modules they import statically) and of every chunk
 * loaded on demand. Exits 1 when the first view is over its budget (250 KB gzip), so a build that
 * grows too heavy fails instead of shipping.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_VIEW_BUDGET = 250 * 1024;

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The view a bare address opens (#/map): its chunk loads at once, so it counts as first view. */
const DEFAULT_VIEW = /^map-view-.*\.(js|css)$/;

/** The files index.html loads, the default view's chunk, and, recursively, the JS they import statically. */
export function firstViewFiles(dist: string): string[] {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  for (const f of readdirSync(path.join(dist, 'assets'))) if (DEFAULT_VIEW.test(f)) queue.push(`assets/${f}`);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(path.join(dist, file), 'utf8');
    // Static imports only: `import ... from "./x.js"`; dynamic import() chunks load on demand.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      queue.push(`assets/${m[1]}`);
    }
  }
  return [...seen].sort();
}

function main(dist = 'dist'): number {
  const first = firstViewFiles(dist);
  const total = first.reduce((sum, f) => sum + gz(path.join(dist, f)), 0);
  for (const f of first) console.log(`first view  ${kb(gz(path.join(dist, f))).padStart(9)}  ${f}`);
  const lazy = readdirSync(path.join(dist, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => /\.(js|css)$/.test(f) && !first.includes(f))
    .sort();
  for (const f of lazy) console.log(`on demand   ${kb(gz(path.join(dist, f))).padStart(9)}  ${f}`);
  console.log(`first view total ${kb(total)} gzip (budget ${kb(FIRST_VIEW_BUDGET)})`);
  if (total > FIRST_VIEW_BUDGET) {
    console.error('over budget');
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1])))
  process.exit(main(process.argv[2]));
