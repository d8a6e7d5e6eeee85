// One writer per library, across processes. Two processes writing one library lose each other's
// edits (each keeps its own copy of the index and of open articles), so the app and every writing
// CLI command take `library/newsmark.lock` first: a small JSON file naming the holder (what,
// pid, host, start time). It is created whole or not at all (written to a temp file, then
// hard-linked to the lock's name, which fails if the lock exists). A lock whose process is gone
// (same host, pid not running, or written before this machine's last boot) is stale and taken
// over. Within one process the lock is shared: opening the same library twice in one process is
// the caller's own business (tests reopen libraries freely).

import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { NewsmarkError } from '../api/errors.js';
import { tempNameFor } from './durable-json-adapter.js';

export const LOCK_FILE = 'newsmark.lock';
/** A lock file that cannot be read is left for this long (its writer may be mid-way) before it is taken over. */
const UNREADABLE_GRACE_MS = 5_000;

export interface LockHolder {
  /** Who holds it, as the user would name it: "Newsmark" (the app) or "newsmark import". */
  holder: string;
  pid: number;
  host: string;
  startedAt: string;
  /** Linux's boot id, so a lock from before a reboot is known stale even if its pid is reused. */
  bootId?: string;
}

export class LibraryLockedError extends NewsmarkError {
  constructor(readonly held: LockHolder) {
    super('library-locked', lockedMessage(held));
  }
}

function bootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

function clockTime(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const hhmm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  return at.toDateString() === now.toDateString() ? hhmm : `${at.toISOString().slice(0, 10)} ${hhmm}`;
}

export function lockedMessage(held: LockHolder): string {
  const where = held.host === hostname() ? '' : ` on ${held.host}`;
  return `This library is open in ${held.holder} (pid ${held.pid}${where}) since ${clockTime(held.startedAt)}. Close it, or use --library with another folder.`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when the holder cannot still be running. A lock from another host is never judged stale. */
function isStale(held: LockHolder, ownBoot: string | undefined): boolean {
  if (held.host !== hostname()) return false;
  if (held.bootId && ownBoot && held.bootId !== ownBoot) return true;
  return !isRunning(held.pid);
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.startedAt === 'string') {
      return { holder: typeof value.holder === 'string' ? value.holder : 'another Newsmark', ...value } as LockHolder;
    }
  } catch {
    // fall through: unreadable
  }
  return undefined;
}

/** Locks this process holds, by lock path, with how many opens share each. */
const held = new Map<string, { count: number; mine: LockHolder }>();

function releaseAllSync(): void {
  for (const path of held.keys()) {
    try {
      const current = parseHolder(readFileSync(path, 'utf8'));
      if (current?.pid === process.pid) unlinkSync(path);
    } catch {
      // already gone
    }
  }
}

let exitHookInstalled = false;

export class LibraryLock {
  private released = false;

  private constructor(readonly path: string) {}

  /** Takes the library's lock for `holder`, or throws LibraryLockedError naming who has it. */
  static async acquire(dir: string, holder: string): Promise<LibraryLock> {
    const path = join(dir, LOCK_FILE);
    const shared = held.get(path);
    if (shared) {
      shared.count += 1;
      return new LibraryLock(path);
    }
    const ownBoot = bootId();
    const mine: LockHolder = { holder, pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), ...(ownBoot ? { bootId: ownBoot } : {}) };
    const temp = tempNameFor(path);
    await writeFile(temp, JSON.stringify(mine));
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          await link(temp, path);
          break;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw err;
        }
        const text = await readFile(path, 'utf8').catch(() => null);
        if (text === null) continue; // released meanwhile: try again
        const current = parseHolder(text);
        if (current && !isStale(current, ownBoot)) throw new LibraryLockedError(current);
        if (!current) {
          const age = Date.now() - (await stat(path).then((s) => s.mtimeMs, () => 0));
          if (age < UNREADABLE_GRACE_MS) {
            throw new LibraryLockedError({ holder: 'another Newsmark', pid: 0, host: hostname(), startedAt: new Date().toISOString() });
          }
        }
        await takeOverStale(path, text);
      }
    } finally {
      await unlink(temp).catch(() => undefined);
    }
    held.set(path, { count: 1, mine });
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.once('exit', releaseAllSync);
    }
    return new LibraryLock(path);
  }

  /** Gives the lock back (the last of this process's opens removes the file). */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    const shared = held.get(this.path);
    if (!shared) return;
    shared.count -= 1;
    if (shared.count > 0) return;
    held.delete(this.path);
    const current = parseHolder(await readFile(this.path, 'utf8').catch(() => ''));
    if (current?.pid === shared.mine.pid && current.startedAt === shared.mine.startedAt) await unlink(this.path).catch(() => undefined);
  }
}

/**
 * Removes a stale lock, but only the one that was judged: if another process took it over
 * between the read and now, its fresh lock stays (re-read just before unlinking). The window
 * left is a few microseconds between two processes both finding the same dead holder.
 */
async function takeOverStale(path: string, judged: string): Promise<void> {
  const again = await readFile(path, 'utf8').catch(() => null);
  if (again === judged) await unlink(path).catch(() => undefined);
}
