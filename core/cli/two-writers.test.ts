// Two processes on one library: the app's service (this process) and a real `newsmark` child.
// The second writer is refused at once, readers work beside the writer, and nothing the app
// acknowledged is lost.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryService } from '../service.js';
import { newsmark } from '../testing/run-newsmark.js';
import { base64, withTempDir } from '../testing/temp-library.js';
import { EXIT_LOCKED } from './main.js';

async function storyFolder(dir: string, count: number): Promise<string> {
  const folder = join(dir, 'stories');
  await mkdir(folder);
  for (let i = 0; i < count; i++) await writeFile(join(folder, `story-${i}.txt`), `Story number ${i} says the harbour will open in ${2030 + i}.\n`);
  return folder;
}

describe('two processes on one library', () => {
  it('refuses `newsmark import` while the app writes, lets `list` read, and loses none of the app’s edits', async () => {
    await withTempDir(async (dir) => {
      const library = join(dir, 'library');
      const folder = await storyFolder(dir, 60);
      const app = await LibraryService.open(library, { holder: 'Newsmark' });
      const text = 'The council said costs had risen by 40% since 2019.\n';
      const { article } = await app.importFile({ fileName: 'harbour.txt', contentBase64: base64(text) });

      let editing = true;
      const acknowledged: string[] = [];
      const edits = (async () => {
        while (editing) acknowledged.push((await app.createAnnotation({ articleId: article.id, kind: 'claim', start: 4, end: 11 })).id);
      })();
      const [imported, listed] = await Promise.all([newsmark(['import', folder, '--library', library]), newsmark(['list', '--json', '--library', library])]);
      editing = false;
      await edits;

      expect(imported.code).toBe(EXIT_LOCKED);
      expect(imported.stderr).toMatch(
        new RegExp(`^newsmark: This library is open in Newsmark \\(pid ${process.pid}\\) since \\d\\d:\\d\\d\\. Close it, or use --library with another folder\\.\\n$`),
      );
      expect(imported.stdout).toBe('');
      expect(listed.code).toBe(0);
      expect((JSON.parse(listed.stdout) as { id: string }[]).map((a) => a.id)).toEqual([article.id]);

      expect(acknowledged.length).toBeGreaterThan(0);
      await app.close();
      const reopened = await LibraryService.open(library);
      const stored = new Set((await reopened.getArticle({ id: article.id })).annotations.map((a) => a.id));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      expect((await reopened.listArticles())[0]!.counts.claim).toBe(acknowledged.length);
      await reopened.close();

      // Once the app has closed, the same import goes through.
      const again = await newsmark(['import', folder, '--library', library]);
      expect(again.code).toBe(0);
      const after = await LibraryService.open(library, { readOnly: true });
      expect(await after.listArticles()).toHaveLength(61);
    });
  }, 120_000);

  it('refuses a read-only service’s writes with a clear message and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const reader = await LibraryService.open(dir, { readOnly: true });
      await expect(reader.importText({ text: 'A story.' })).rejects.toThrow('This library was opened read-only: nothing can be changed through it.');
      expect(await reader.listArticles()).toEqual([]);
    });
  });
});
