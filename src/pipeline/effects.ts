/**
 * Side effects of the pipeline, passed in as one object (after Observable Framework's
 * BuildEffects) so that every stage but read and write stays pure and tests need no disk.
 */
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface Effects {
  logger: { info(msg: string): void; warn(msg: string): void; error(msg: string): void };
  /** File names (not paths) of the regular files in dir, sorted by code unit. */
  listFiles(dir: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  /** Size in bytes, without reading the file. */
  fileSize(path: string): Promise<number>;
  /** Writes a temp file next to the target, then renames it, so a reader never sees half a file. */
  writeFile(path: string, data: string): Promise<void>;
  /** Deletes a file; no error when it is already gone. */
  removeFile(path: string): Promise<void>;
}

/** Code-unit order, not locale order, so the same folder gives the same output everywhere. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Effects on the real file system; logs go to stderr so stdout stays free for data. */
export function nodeEffects(): Effects {
  const log = (level: string) => (msg: string) => process.stderr.write(`${level} ${msg}\n`);
  return {
    logger: { info: log('info'), warn: log('warn'), error: log('error') },
    async listFiles(dir) {
      const entries = await readdir(dir, { withFileTypes: true });
      const names: string[] = [];
      for (const entry of entries) {
        // A symlink counts when it points at a regular file.
        if (entry.isFile() || (entry.isSymbolicLink() && (await stat(path.join(dir, entry.name))).isFile())) {
          names.push(entry.name);
        }
      }
      return names.sort(byCodeUnit);
    },
    async readFile(file) {
      const buffer = await readFile(file);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },
    async fileSize(file) {
      return (await stat(file)).size;
    },
    async writeFile(file, data) {
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      try {
        await writeFile(temp, data, 'utf8');
        await rename(temp, file);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    },
    async removeFile(file) {
      await unlink(file).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
    },
  };
}

/** Silent in-memory effects for tests: files keyed by path, writes land in `written`, logs in `logs`. */
export function memoryEffects(
  files: Record<string, string | Uint8Array>,
): Effects & { written: Map<string, string>; logs: string[] } {
  const store = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const [file, content] of Object.entries(files)) {
    store.set(path.normalize(file), typeof content === 'string' ? encoder.encode(content) : content);
  }
  const written = new Map<string, string>();
  const logs: string[] = [];
  const get = (file: string): Uint8Array => {
    const bytes = store.get(path.normalize(file));
    if (bytes === undefined) throw new Error(`ENOENT: no such file '${file}'`);
    return bytes;
  };
  return {
    written,
    logs,
    logger: {
      info: (msg) => logs.push(`info ${msg}`),
      warn: (msg) => logs.push(`warn ${msg}`),
      error: (msg) => logs.push(`error ${msg}`),
    },
    async listFiles(dir) {
      const folder = path.normalize(dir).replace(/(.)\/+$/, '$1');
      const names = [...store.keys()].filter((f) => path.dirname(f) === folder).map((f) => path.basename(f));
      return names.sort(byCodeUnit);
    },
    async readFile(file) {
      return get(file);
    },
    async fileSize(file) {
      return get(file).byteLength;
    },
    async writeFile(file, data) {
      written.set(path.normalize(file), data);
      store.set(path.normalize(file), encoder.encode(data));
    },
    async removeFile(file) {
      written.delete(path.normalize(file));
      store.delete(path.normalize(file));
    },
  };
}
