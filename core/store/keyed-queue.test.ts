import { describe, expect, it } from 'vitest';
import { LibraryService } from '../service.js';
import { base64, withTempDir } from '../testing/temp-library.js';
import { KeyedQueue } from './keyed-queue.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('KeyedQueue', () => {
  it('runs tasks of one key in order, never overlapping, even when one fails', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const task = (name: string, fail = false) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([queue.run('a', task('1')), queue.run('a', task('2', true)), queue.run('a', task('3'))]);
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('lets different keys run side by side', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
    };
    await Promise.all([queue.run('a', task('a')), queue.run('b', task('b'))]);
    expect(log.slice(0, 2)).toEqual(['start a', 'start b']);
  });
});

describe('closing', () => {
  it('waits for the tasks already queued, then refuses new ones', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const pending = queue.run('a', async () => {
      await tick();
      log.push('written');
    });
    await queue.close();
    expect(log).toEqual(['written']);
    await pending;
    await expect(queue.run('b', async () => log.push('late'))).rejects.toThrow('The library was closed');
    expect(log).toEqual(['written']);
  });
});

describe('a library closed with edits in flight', () => {
  it('writes every edit already asked for before it gives the lock back, and refuses one asked for after', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await service.importFile({ fileName: 'port.txt', contentBase64: base64('The port reopened on Friday after a week of strikes.') });
      // Twenty edits asked for at once (as quick key presses over IPC are), and the window closed at once.
      const edits = Array.from({ length: 20 }, (_, i) => service.createAnnotation({ articleId: article.id, kind: 'claim', start: 0, end: 8, note: `edit ${i}` }));
      await service.close();
      expect((await Promise.allSettled(edits)).every((r) => r.status === 'fulfilled')).toBe(true);
      await expect(service.createAnnotation({ articleId: article.id, kind: 'claim', start: 0, end: 8 })).rejects.toThrow('The library was closed');

      const reopened = await LibraryService.open(dir);
      try {
        expect((await reopened.getArticle({ id: article.id })).annotations).toHaveLength(20);
      } finally {
        await reopened.close();
      }
    });
  });
});
