/**
 * Writes a generated gazetteer: formatted with the repo's Prettier config (so `prettier --check`
 * passes on generated files), to a temp file and renamed, so a failed run never leaves half a file.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

export async function writeJson(path: string, value: unknown): Promise<void> {
  const config = (await resolveConfig(path)) ?? {};
  const text = await format(JSON.stringify(value), { ...config, filepath: path, parser: 'json' });
  const temp = `${path}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

/** Unique strings, trimmed, empty ones dropped, first-seen order kept (display name stays first). */
export function uniq(values: Iterable<string>): string[] {
  const out: string[] = [];
  for (const raw of values) {
    const v = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (v !== '' && !out.includes(v)) out.push(v);
  }
  return out;
}

/** The display name first, then the rest in code-unit order: stable across runs and platforms. */
export function stableList(first: string | undefined, rest: Iterable<string>): string[] {
  const all = uniq(rest).filter((v) => v !== first);
  all.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return first === undefined ? all : [first, ...all];
}
