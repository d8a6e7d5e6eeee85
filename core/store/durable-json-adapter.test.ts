import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { withTempDir } from '../testing/temp-library.js';
import { DurableJsonFile } from './durable-json-adapter.js';

describe('DurableJsonFile', () => {
  it('writes compact JSON and leaves no temp file behind', async () => {
    await withTempDir(async (dir) => {
      const db = new Low(new DurableJsonFile<{ a: number[] }>(join(dir, 'x.json')), { a: [] });
      db.data = { a: [1, 2, 3] };
      await db.write();
      expect(await readFile(join(dir, 'x.json'), 'utf8')).toBe('{"a":[1,2,3]}');
      expect(await readdir(dir)).toEqual(['x.json']);
    });
  });

  it('lets two writers of one file (two handles, as two processes have) save at once without a shared temp name', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'library.json');
      const a = new DurableJsonFile<{ n: number }>(path);
      const b = new DurableJsonFile<{ n: number }>(path);
      const writes = Array.from({ length: 200 }, (_, n) => (n % 2 ? a : b).write({ n }));
      const results = await Promise.allSettled(writes);
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      expect(JSON.parse(await readFile(path, 'utf8')).n).toBeGreaterThanOrEqual(0);
      expect(await readdir(dir)).toEqual(['library.json']);
    });
  });

  it('keeps one handle’s writes in order: the last one asked for is the one on disk', async () => {
    await withTempDir(async (dir) => {
      const file = new DurableJsonFile<{ n: number }>(join(dir, 'x.json'));
      await Promise.all(Array.from({ length: 50 }, (_, n) => file.write({ n })));
      expect(await file.read()).toEqual({ n: 49 });
    });
  });

  it('reads a missing file as null and refuses to read a damaged one', async () => {
    await withTempDir(async (dir) => {
      expect(await new DurableJsonFile(join(dir, 'none.json')).read()).toBeNull();
      await writeFile(join(dir, 'cut.json'), '{"a":[1,');
      await expect(new DurableJsonFile(join(dir, 'cut.json')).read()).rejects.toBeInstanceOf(SyntaxError);
    });
  });
});
