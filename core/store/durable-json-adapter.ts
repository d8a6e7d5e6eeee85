// lowdb's Adapter for the store's files, written so that after a crash or a power cut a file is
// either its old or its new version, never empty or half: each write goes to a temp file with a
// name of its own (two processes or two writes never share one), is flushed to the disk (fsync)
// before it is renamed over the file, and the folder is flushed after the rename so the new name
// itself survives. lowdb's own JSONFile uses one fixed temp name and never calls fsync.
// Files are written compactly: a 10,000-article index pretty-printed is half white space.

import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** What the file looked like when it was last written by this adapter (for the index's check). */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  /** The size of the article's journal (article-journal.ts), when it has one. */
  journal?: number;
}

let counter = 0;
/**
 * Drawn once per process: with the pid it tells this process's temps from those of an earlier one
 * that had the same pid (a crash leaves its temps), and the counter tells this process's apart.
 * (Drawing it per file cost ~0.1 ms each: 0.1 s of a 1,000-file import.)
 */
const PROCESS_TOKEN = randomBytes(4).toString('hex');

/** A temp name no other write, in this process or another, will use. */
export function tempNameFor(path: string): string {
  counter = (counter + 1) % 1e9;
  return join(dirname(path), `.${basename(path)}.${process.pid}-${PROCESS_TOKEN}-${counter}.tmp`);
}

/** Flushes a folder's entries (a rename) to disk; platforms that cannot open a folder (Windows) skip it. */
export async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw err;
  } finally {
    await handle?.close();
  }
}

/**
 * Writes `text` to a temp file of its own beside `path`, flushed to disk (fsync) unless `flush` is
 * false (a batch flushes its files together later: see write-batch.ts). Returns the temp's name and
 * stamp; with `keepOpen`, also its handle, still open (the batch flushes through it and closes it).
 */
export async function writeTemp(path: string, text: string, { flush = true, keepOpen = false } = {}): Promise<{ temp: string; stamp: FileStamp; handle?: FileHandle }> {
  const temp = tempNameFor(path);
  const handle = await open(temp, 'w');
  let stamp: FileStamp;
  try {
    await handle.writeFile(text, 'utf8');
    if (flush) await handle.sync();
    const stat = await handle.stat();
    stamp = { size: stat.size, mtimeMs: stat.mtimeMs };
  } catch (err) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  if (keepOpen) return { temp, stamp, handle };
  await handle.close();
  return { temp, stamp };
}

/** Renames a whole temp file over `path` (the temp is removed if that fails). */
export async function moveOver(temp: string, path: string): Promise<void> {
  try {
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** Writes `text` to `path` whole: temp file, fsync, rename, fsync of the folder. Returns the file's stamp. */
export async function writeFileDurably(path: string, text: string): Promise<FileStamp> {
  const { temp, stamp } = await writeTemp(path, text);
  await moveOver(temp, path);
  await syncFolder(dirname(path));
  return stamp;
}

export class DurableJsonFile<T> implements Adapter<T> {
  /** Writes of this file run one after another, so an older one can never land after a newer one. */
  private tail: Promise<unknown> = Promise.resolve();
  /** Set after each write; the store records it in the index. */
  lastStamp: FileStamp | undefined;

  constructor(
    readonly path: string,
    /** Called before every write: a read-only library refuses here. */
    private readonly beforeWrite: () => void = () => undefined,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return JSON.parse(text) as T;
  }

  write(data: T): Promise<void> {
    this.beforeWrite();
    const text = JSON.stringify(data);
    const next = this.tail.then(async () => {
      this.lastStamp = await writeFileDurably(this.path, text);
    });
    this.tail = next.catch(() => undefined);
    return next;
  }
}
