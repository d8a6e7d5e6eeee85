// New article files written as a batch (a folder import of 1,000 stories): each is written to a
// temp file of its own as it comes, and only at the end are they all flushed to disk, renamed into
// place and their folder flushed once — instead of two fsyncs per file. Until then nothing of the
// batch is in the library on disk (a crash leaves temp files, removed at the next open), so what
// the caller reports after `commit` is durable, and nothing it did not report can half-appear.

import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { moveOver, syncFolder, writeTemp, type FileStamp } from './durable-json-adapter.js';

/** Files flushed at once (libuv runs four file operations at a time by default). */
const PARALLEL_FLUSHES = 16;

async function flushFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

interface Pending {
  temp: string;
  path: string;
}

export class WriteBatch {
  private readonly pending = new Map<string, Pending>();

  /** Whether `id`'s file is written but not yet in place. */
  has(id: string): boolean {
    return this.pending.has(id);
  }

  /** Writes the file to its temp (not yet flushed); returns the stamp it will have in place. */
  async add(id: string, path: string, text: string): Promise<FileStamp> {
    const { temp, stamp } = await writeTemp(path, text, { flush: false });
    this.pending.set(id, { temp, path });
    return stamp;
  }

  /** Flushes every file, renames each into place, flushes the folders once; returns the ids now durable. */
  async commit(): Promise<string[]> {
    const items = [...this.pending];
    this.pending.clear();
    // Several flushes at a time: the disk merges them (one journal commit serves many files).
    for (let i = 0; i < items.length; i += PARALLEL_FLUSHES) {
      await Promise.all(items.slice(i, i + PARALLEL_FLUSHES).map(([, { temp }]) => flushFile(temp)));
    }
    for (const [, { temp, path }] of items) await moveOver(temp, path);
    for (const dir of new Set(items.map(([, { path }]) => dirname(path)))) await syncFolder(dir);
    return items.map(([id]) => id);
  }
}
