import { spawn } from 'node:child_process';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempDir } from '../testing/temp-library.js';
import { LOCK_FILE, LibraryLock, LibraryLockedError, type LockHolder } from './library-lock.js';

/** A real process that stays alive until killed, to hold a lock in another pid. */
function sleeper(): { pid: number; stop: () => void } {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  return { pid: child.pid!, stop: () => child.kill('SIGKILL') };
}

async function exitedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((r) => child.on('exit', r));
  return child.pid!;
}

function holder(pid: number, startedAt = new Date().toISOString()): LockHolder {
  return { holder: 'Newsmark', pid, host: hostname(), startedAt };
}

describe('LibraryLock', () => {
  it('writes who holds it and removes the file on release', async () => {
    await withTempDir(async (dir) => {
      const lock = await LibraryLock.acquire(dir, 'newsmark import');
      const held = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as LockHolder;
      expect(held).toMatchObject({ holder: 'newsmark import', pid: process.pid, host: hostname() });
      expect(Date.now() - Date.parse(held.startedAt)).toBeLessThan(10_000);
      await lock.release();
      await expect(stat(join(dir, LOCK_FILE))).rejects.toThrow(/ENOENT/);
    });
  });

  it('refuses a second process at once with a message naming the holder', async () => {
    await withTempDir(async (dir) => {
      const other = sleeper();
      try {
        const startedAt = new Date(2026, 11, 1, 10, 2).toISOString();
        await writeFile(join(dir, LOCK_FILE), JSON.stringify(holder(other.pid, startedAt)));
        const started = Date.now();
        const err = await LibraryLock.acquire(dir, 'Newsmark').catch((e: unknown) => e);
        expect(err).toBeInstanceOf(LibraryLockedError);
        expect(Date.now() - started).toBeLessThan(1_000);
        const day = new Date(startedAt).toDateString() === new Date().toDateString() ? '' : '2026-12-01 ';
        expect((err as Error).message).toBe(
          `This library is open in Newsmark (pid ${other.pid}) since ${day}10:02. Close it, or use --library with another folder.`,
        );
        expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(other.pid);
      } finally {
        other.stop();
      }
    });
  });

  it('takes over a lock left by a process that is gone', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, LOCK_FILE), JSON.stringify(holder(await exitedPid())));
      const lock = await LibraryLock.acquire(dir, 'Newsmark');
      expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
      await lock.release();
    });
  });

  it('takes over a lock written before this machine last started, even if its pid is running now', async () => {
    await withTempDir(async (dir) => {
      const other = sleeper();
      try {
        await writeFile(join(dir, LOCK_FILE), JSON.stringify({ ...holder(other.pid), bootId: 'an-earlier-boot' }));
        const lock = await LibraryLock.acquire(dir, 'Newsmark');
        const ownBoot = await readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => null);
        // Without a boot id (not Linux) the running pid wins and the lock is refused instead.
        expect(ownBoot).not.toBeNull();
        await lock.release();
      } finally {
        other.stop();
      }
    });
  });

  it('waits out an unreadable lock that may be mid-write, and takes over an old one', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, LOCK_FILE);
      await writeFile(path, '');
      await expect(LibraryLock.acquire(dir, 'Newsmark')).rejects.toBeInstanceOf(LibraryLockedError);
      const old = new Date(Date.now() - 60_000);
      await utimes(path, old, old);
      const lock = await LibraryLock.acquire(dir, 'Newsmark');
      expect(JSON.parse(await readFile(path, 'utf8')).pid).toBe(process.pid);
      await lock.release();
    });
  });

  it('is shared within one process and removed when the last holder releases it', async () => {
    await withTempDir(async (dir) => {
      const first = await LibraryLock.acquire(dir, 'Newsmark');
      const second = await LibraryLock.acquire(dir, 'Newsmark');
      await first.release();
      expect((await stat(join(dir, LOCK_FILE))).isFile()).toBe(true);
      await second.release();
      await expect(stat(join(dir, LOCK_FILE))).rejects.toThrow(/ENOENT/);
    });
  });
});
