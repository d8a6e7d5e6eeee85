// The index always matches the article files: entries without a file are dropped, files the index
// does not list are adopted, stale counts recomputed — each reported once — and no whole-library
// operation fails because one article's file is missing.

import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryService } from '../service.js';
import { base64, withTempDir } from '../testing/temp-library.js';

async function twoArticles(dir: string) {
  const service = await LibraryService.open(dir);
  const a = (await service.importFile({ fileName: 'a.txt', contentBase64: base64('The harbour will open in 2030, the mayor said.\n') })).article;
  const b = (await service.importFile({ fileName: 'b.txt', contentBase64: base64('Rail fares rise by 5% in May.\n') })).article;
  await service.createAnnotation({ articleId: b.id, kind: 'figure', start: 19, end: 21 });
  return { service, a, b, fileOf: (id: string) => join(dir, 'articles', `${id}.json`) };
}

describe('the index against the files, at open', () => {
  it('drops an entry whose file is gone, reports it once, and exports the rest', async () => {
    await withTempDir(async (dir) => {
      const { service, a, b, fileOf } = await twoArticles(dir);
      await service.close();
      await rm(fileOf(a.id));
      const reopened = await LibraryService.open(dir);
      expect((await reopened.listArticles()).map((x) => x.id)).toEqual([b.id]);
      expect((await reopened.getLibraryInfo()).notices).toEqual([
        expect.stringMatching(new RegExp(`^“The harbour will open.*” was listed, but its file articles/${a.id}\\.json is gone; it was taken off the list\\.$`)),
      ]);
      await reopened.close();
      const again = await LibraryService.open(dir);
      expect((await again.getLibraryInfo()).notices).toEqual([]);
    });
  });

  it('adopts an article file the index does not list (a kill during import), once, and does not import it twice', async () => {
    await withTempDir(async (dir) => {
      const { service, a, fileOf } = await twoArticles(dir);
      await service.close();
      const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
      index.articles = index.articles.filter((x: { id: string }) => x.id !== a.id);
      await writeFile(join(dir, 'library.json'), JSON.stringify(index));
      const reopened = await LibraryService.open(dir);
      const listed = (await reopened.listArticles()).map((x) => x.id);
      expect(listed).toHaveLength(2);
      expect(listed).toContain(a.id);
      expect((await reopened.getLibraryInfo()).notices).toEqual([expect.stringContaining(`(articles/${a.id}.json) was not on the list; it is listed again.`)]);
      const again = await reopened.importFile({ fileName: 'a.txt', contentBase64: base64('The harbour will open in 2030, the mayor said.\n') });
      expect(again.duplicate).toBe(true);
      expect(fileOf(a.id)).toContain(again.article.id);
    });
  });

  it('recounts an article whose file changed after the index last saw it (a kill between the two writes)', async () => {
    await withTempDir(async (dir) => {
      const { service, b, fileOf } = await twoArticles(dir);
      await service.close();
      const file = JSON.parse(await readFile(fileOf(b.id), 'utf8'));
      file.annotations.push({ ...file.annotations[0], id: 'second', tags: ['fares'] });
      await writeFile(fileOf(b.id), JSON.stringify(file));
      const reopened = await LibraryService.open(dir);
      const listed = (await reopened.listArticles()).find((x) => x.id === b.id)!;
      expect(listed.counts.figure).toBe(2);
      expect(listed.tags).toEqual(['fares']);
      expect((await reopened.getLibraryInfo()).notices).toEqual([expect.stringContaining('out-of-date counts or tags; they were recounted')]);
    });
  });
});

describe('one missing article never fails the whole library', () => {
  it('exports the library, imports annotations and trashes the missing article', async () => {
    await withTempDir(async (dir) => {
      const { service, a, b, fileOf } = await twoArticles(dir);
      await service.close();
      await rm(fileOf(a.id));
      const reopened = await LibraryService.open(dir);
      const exported = await reopened.exportAs({ format: 'json' });
      expect(JSON.parse(exported.content).articles.map((x: { id: string }) => x.id)).toEqual([b.id]);
      for (const format of ['w3c', 'csv', 'markdown', 'jsonl', 'label-studio', 'claimreview'] as const) await reopened.exportAs({ format });
      const outcome = await reopened.importAnnotations({ fileName: 'back.json', contentBase64: base64(exported.content) });
      expect(outcome.skipped).toBe(1);
      // A file that goes missing while the library is open: trashing it still works.
      await rm(fileOf(b.id));
      await expect(reopened.trashArticle({ id: b.id })).resolves.toEqual({ trashed: b.id });
      expect(await reopened.listArticles()).toEqual([]);
    });
  });
});

describe('the trash never destroys', () => {
  it('restores an article whose id is live again as a separate copy, annotations and all', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await service.importFile({ fileName: 'story.txt', contentBase64: base64('The council said costs had risen by 40% since 2019.\n') });
      const oldExport = (await service.exportAs({ format: 'json' })).content;
      await service.createAnnotation({ articleId: article.id, kind: 'claim', start: 4, end: 11, note: 'hours of work' });
      await service.trashArticle({ id: article.id });
      await service.importAnnotations({ fileName: 'old.json', contentBase64: base64(oldExport) });
      expect((await service.listArticles()).map((x) => x.id)).toEqual([article.id]);

      const restored = await service.restoreArticle({ id: article.id });
      expect(restored.restoredAsCopy).toBe(true);
      expect(restored.id).not.toBe(article.id);
      expect(restored.title).toMatch(/\(restored copy\)$/);
      expect((await service.getArticle({ id: restored.id })).annotations.map((x) => x.note)).toEqual(['hours of work']);
      expect((await service.getArticle({ id: article.id })).annotations).toEqual([]);
      expect(await service.listTrash()).toEqual([]);
    });
  });

  it('keeps both when the same article is trashed twice', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await service.importFile({ fileName: 'story.txt', contentBase64: base64('Rail fares rise by 5% in May.\n') });
      const oldExport = (await service.exportAs({ format: 'json' })).content;
      await service.createAnnotation({ articleId: article.id, kind: 'figure', start: 19, end: 21 });
      await service.trashArticle({ id: article.id });
      await service.importAnnotations({ fileName: 'old.json', contentBase64: base64(oldExport) });
      await service.trashArticle({ id: article.id });
      const trashed = await service.listTrash();
      expect(trashed.map((t) => t.counts.figure).sort()).toEqual([0, 1]);
      for (const t of trashed) await service.restoreArticle({ id: t.id });
      expect((await service.listArticles()).map((x) => x.counts.figure).sort()).toEqual([0, 1]);
    });
  });
});
