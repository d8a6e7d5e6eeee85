// New article files written as a batch (a folder import of 1,000 stories): each is written to a
// temp file of its own as it comes, and only at the end are they all flushed to disk, renamed into
// place and their folder flushed once — instead of two fsyncs per file. Until then nothing of the
// batch is in the library on disk (a crash leaves temp files, removed at the next open), so what
// the caller reports after `commit` is durable, and nothing it did not report can half-appear.
// The first files' temps stay open until their flush (no second open of each to flush it).

import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { moveOver, syncFolder, writeTemp, type FileStamp } from './durable-json-adapter.js';

/** Files flushed at once (libuv runs four file operations at a time by default). */
const PARALLEL_FLUSHES = 16;
/** Temps kept open for their flush, at most (a batch of more opens the rest again to flush them). */
const OPEN_AT_MOST = 128;

/** Flushes the temp through its open handle (closing it), or opens it to flush it. */
async function flushFile({ temp, handle }: Pending): Promise<void> {
  const file = handle ?? (await open(temp, 'r+'));
  try {
    await file.sync();
  } finally {
    await file.close();
  }
}

interface Pending {
  temp: string;
  path: string;
  handle?: FileHandle;
}

export class WriteBatch {
  private readonly pending = new Map<string, Pending>();
  /** How many of the pending temps are open. */
  private kept = 0;

  /** Whether `id`'s file is written but not yet in place. */
  has(id: string): boolean {
    return this.pending.has(id);
  }

  /** Writes the file to its temp (not yet flushed); returns the stamp it will have in place. */
  async add(id: string, path: string, text: string): Promise<FileStamp> {
    const keepOpen = this.kept < OPEN_AT_MOST;
    if (keepOpen) this.kept += 1;
    const { temp, stamp, handle } = await writeTemp(path, text, { flush: false, keepOpen }).catch((err: unknown) => {
      if (keepOpen) this.kept -= 1;
      throw err;
    });
    this.pending.set(id, { temp, path, handle });
    return stamp;
  }

  /** Flushes every file, renames each into place, flushes the folders once; returns the ids now durable. */
  async commit(): Promise<string[]> {
    const items = [...this.pending];
    this.pending.clear();
    this.kept = 0;
    // Several flushes at a time: the disk merges them (one journal commit serves many files).
    for (let i = 0; i < items.length; i += PARALLEL_FLUSHES) {
      const flushed = await Promise.allSettled(items.slice(i, i + PARALLEL_FLUSHES).map(([, pending]) => flushFile(pending)));
      const failed = flushed.find((f) => f.status === 'rejected');
      if (failed) {
        // Nothing goes in place; the temps left are removed at the next open.
        await Promise.allSettled(items.slice(i + PARALLEL_FLUSHES).map(([, { handle }]) => handle?.close()));
        throw failed.reason;
      }
    }
    // Each file is whole under either name: the renames may land in any order.
    for (let i = 0; i < items.length; i += PARALLEL_FLUSHES) {
      await Promise.all(items.slice(i, i + PARALLEL_FLUSHES).map(([, { temp, path }]) => moveOver(temp, path)));
    }
    for (const dir of new Set(items.map(([, { path }]) => dirname(path)))) await syncFolder(dir);
    return items.map(([id]) => id);
  }
}
