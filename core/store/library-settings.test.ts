// The user's name survives a damaged library.json: the index is rebuilt from the article files,
// and the name comes back from settings.json (and a damaged settings.json from the index's copy).
// A library from before settings.json keeps the name it had in library.json.

import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryService } from '../service.js';
import { withTempDir } from '../testing/temp-library.js';

async function namedLibrary(dir: string, name: string) {
  const service = await LibraryService.open(dir);
  await service.updateSettings({ annotator: name });
  const { article } = await service.importText({ text: 'The harbour will open in 2030, the mayor said.' });
  await service.close();
  return article.id;
}

describe("the user's name", () => {
  it('comes back when library.json is damaged and rebuilt from the article files', async () => {
    await withTempDir(async (dir) => {
      const id = await namedLibrary(dir, 'Alice');
      await writeFile(join(dir, 'library.json'), '{"schemaVersion": 1, "articles": [');
      const reopened = await LibraryService.open(dir);
      const info = await reopened.getLibraryInfo();
      expect(info.notices).toEqual(expect.arrayContaining([expect.stringMatching(/library\.json could not be read .*rebuilt from the article files/)]));
      expect((await reopened.listArticles()).map((a) => a.id)).toEqual([id]);
      expect(await reopened.getSettings()).toEqual({ annotator: 'Alice', activeAnnotator: 'Alice', publisher: null });
      // The rebuilt index holds its copy again.
      await reopened.close();
      expect(JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')).settings).toEqual({ annotator: 'Alice' });
    });
  });

  it("comes back from the index's copy when settings.json is damaged, and says so", async () => {
    await withTempDir(async (dir) => {
      await namedLibrary(dir, 'Bob');
      await writeFile(join(dir, 'settings.json'), 'not json');
      const reopened = await LibraryService.open(dir);
      expect((await reopened.getLibraryInfo()).notices).toEqual([expect.stringMatching(/settings\.json could not be read .*Your name \(Bob\) was taken from the library index\./)]);
      expect((await reopened.getSettings()).annotator).toBe('Bob');
      expect((await readdir(dir)).some((n) => n.startsWith('settings.json.corrupt-'))).toBe(true);
      await reopened.close();
    });
  });

  it('of a library from before settings.json is kept in settings.json at the first open', async () => {
    await withTempDir(async (dir) => {
      const first = await LibraryService.open(dir);
      await first.importText({ text: 'Rail fares rise by 5% in May.' });
      await first.close();
      // As an older Newsmark wrote it: the name only in library.json.
      const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
      await writeFile(join(dir, 'library.json'), JSON.stringify({ ...index, settings: { annotator: 'Carol' } }));
      await (await LibraryService.open(dir)).close();
      expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).settings).toEqual({ annotator: 'Carol' });
      await writeFile(join(dir, 'library.json'), 'damaged');
      const again = await LibraryService.open(dir);
      expect((await again.getSettings()).annotator).toBe('Carol');
      await again.close();
    });
  });
});
