/**
 * Reads a gazetteer file: a JSON array in this folder, every item checked, read once per run.
 * A missing or hand-broken file fails naming the file and the entry.
 */
import { readFileSync } from 'node:fs';

const cache = new Map<string, unknown[]>();

/** Reads a JSON array from this folder, checking every item with `check` (which throws a reason). */
export function readList<T>(file: string, check: (item: T) => void): T[] {
  const hit = cache.get(file);
  if (hit) return hit as T[];
  const url = new URL(`./${file}`, import.meta.url);
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch (err) {
    throw new Error(`${file}: cannot read ${url.pathname} (run its build script in gazetteer/build)`, {
      cause: err,
    });
  }
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array`);
  data.forEach((item: T, i) => {
    try {
      check(item);
    } catch (err) {
      throw new Error(`${file}[${i}]: ${(err as Error).message}`, { cause: err });
    }
  });
  cache.set(file, data);
  return data as T[];
}
