import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch.js';
import { LibraryService } from '../service.js';
import { base64, withTempDir } from '../testing/temp-library.js';

const clock = () => new Date('2026-11-29T12:00:00.000Z');

async function withLibrary(run: (service: LibraryService, dir: string) => Promise<void>): Promise<void> {
  await withTempDir(async (dir) => run(await LibraryService.open(dir, { clock }), dir));
}

async function add(service: LibraryService, fileName: string, text: string) {
  return (await service.importFile({ fileName, contentBase64: base64(text) })).article;
}

describe('searchArticles', () => {
  it('finds words in titles and full texts, all terms required, with a snippet', async () => {
    await withLibrary(async (service) => {
      const a = await add(service, 'a.txt', 'Harbour tolls rise.\n\nThe port authority said tolls will rise by 4% in spring.');
      const b = await add(service, 'b.txt', 'Rail strike ends.\n\nUnions and the port operator agreed on Friday.');
      const ids = async (query: string) => (await service.searchArticles({ query })).map((h) => h.id).sort();
      expect(await ids('port')).toEqual([a.id, b.id].sort());
      expect(await ids('PORT tolls')).toEqual([a.id]);
      expect(await ids('"port operator"')).toEqual([b.id]);
      expect(await ids('ferry')).toEqual([]);
      const [hit] = await service.searchArticles({ query: 'authority' });
      expect(hit).toMatchObject({ id: a.id, inTitle: false });
      expect(hit?.snippet).toContain('The port authority said');
      expect((await service.searchArticles({ query: 'rail' }))[0]).toMatchObject({ id: b.id, inTitle: true });
    });
  });

  it('still searches the other articles when one file is damaged', async () => {
    await withLibrary(async (service, dir) => {
      const a = await add(service, 'a.txt', 'Harbour tolls rise.\n\nDredging is delayed.');
      const b = await add(service, 'b.txt', 'Harbour dredging starts.');
      await writeFile(join(dir, 'articles', `${a.id}.json`), '{ not json');
      const reopened = await LibraryService.open(dir, { clock });
      expect((await reopened.searchArticles({ query: 'dredging' })).map((h) => h.id)).toEqual([b.id]);
      // The damaged file (no backup yet) was moved aside at open and reported; it is no longer listed.
      expect((await reopened.searchArticles({ query: 'tolls' })).map((h) => h.id)).toEqual([]);
      expect((await reopened.getLibraryInfo()).notices.join('\n')).toContain(`${a.id}.json could not be read`);
    });
  });

  it('sees a renamed title and forgets a trashed article', async () => {
    await withLibrary(async (service) => {
      const a = await add(service, 'a.txt', 'Harbour tolls rise.');
      expect(await service.searchArticles({ query: 'lighthouse' })).toEqual([]);
      await service.updateArticle({ id: a.id, title: 'Lighthouse keeper' });
      expect((await service.searchArticles({ query: 'lighthouse' }))[0]).toMatchObject({ id: a.id, inTitle: true, snippet: null });
      await service.trashArticle({ id: a.id });
      expect(await service.searchArticles({ query: 'harbour' })).toEqual([]);
    });
  });
});

describe('updateArticleMeta', () => {
  it('sets and clears details, keeps the rest, and checks dates and URLs', async () => {
    await withLibrary(async (service) => {
      const a = await add(service, 'story.txt', 'PARIS, May 4 (AFP) - Ministers met.');
      const updated = await service.updateArticleMeta({
        id: a.id,
        title: 'Ministers meet',
        meta: { outlet: 'Le Monde', author: 'A. Martin', date: '2021-05-04', url: 'https://example.org/a' },
      });
      expect(updated.title).toBe('Ministers meet');
      expect(updated.meta).toMatchObject({ outlet: 'Le Monde', author: 'A. Martin', date: '2021-05-04', agency: 'AFP', source: 'story.txt' });
      const cleared = await service.updateArticleMeta({ id: a.id, meta: { author: '', source: 'renamed.txt' } });
      expect(cleared.meta.author).toBeUndefined();
      expect(cleared.meta.source).toBe('renamed.txt');
      expect(cleared.title).toBe('Ministers meet');
      const bad = await dispatch(service, 'updateArticleMeta', { id: a.id, meta: { date: '4 May', url: 'javascript:alert(1)' } });
      expect(bad.ok).toBe(false);
      if (!bad.ok) expect(bad.error.message).toMatch(/YYYY-MM-DD[\s\S]*https?:\/\//);
      expect((await service.undo()).done?.label).toBe('Edit article details');
    });
  });
});

describe('the trash', () => {
  it('moves an article file to trash/, lists it, restores it with its annotations', async () => {
    await withLibrary(async (service, dir) => {
      const a = await add(service, 'a.txt', 'The mayor said the bridge reopens in May.');
      await service.createAnnotation({ articleId: a.id, kind: 'claim', start: 4, end: 9 });
      await service.trashArticle({ id: a.id });
      expect(await service.listArticles()).toEqual([]);
      expect(existsSync(join(dir, 'articles', `${a.id}.json`))).toBe(false);
      expect(await readdir(join(dir, 'trash'))).toEqual([`${a.id}.json`]);
      const [trashed] = await service.listTrash();
      expect(trashed).toMatchObject({ id: a.id, title: a.title, counts: { claim: 1, quote: 0, figure: 0 }, trashedAt: clock().toISOString() });

      const reopened = await LibraryService.open(dir, { clock });
      expect((await reopened.listTrash()).map((t) => t.id)).toEqual([a.id]);
      const restored = await reopened.restoreArticle({ id: a.id });
      expect(restored.counts.claim).toBe(1);
      expect((await reopened.getArticle({ id: a.id })).annotations[0]?.quote.exact).toBe('mayor');
      expect(await reopened.listTrash()).toEqual([]);
      const again = await dispatch(reopened, 'restoreArticle', { id: a.id });
      expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });
    });
  });

  it('empties the trash for good', async () => {
    await withLibrary(async (service, dir) => {
      const a = await add(service, 'a.txt', 'One story.');
      const b = await add(service, 'b.txt', 'Another story.');
      await service.trashArticle({ id: a.id });
      await service.trashArticle({ id: b.id });
      expect(await service.emptyTrash()).toEqual({ removed: 2 });
      expect(await readdir(join(dir, 'trash'))).toEqual([]);
      expect(await service.listTrash()).toEqual([]);
      expect((await dispatch(service, 'trashArticle', { id: a.id })).ok).toBe(false);
    });
  });
});

describe('importText', () => {
  it('makes an article of pasted text, with no source file, and recognises the same paste', async () => {
    await withLibrary(async (service) => {
      const first = await service.importText({ text: 'LONDON (Reuters) - Prices rose.\r\nMore later.' });
      expect(first.duplicate).toBe(false);
      expect(first.article.meta).toMatchObject({ agency: 'Reuters', dateline: 'LONDON' });
      expect(first.article.meta.source).toBeUndefined();
      expect((await service.getArticle({ id: first.article.id })).article.text).toBe('LONDON (Reuters) - Prices rose.\nMore later.');
      const titled = await service.importText({ text: 'Second paste, a different story entirely.', title: 'My title' });
      expect(titled.article.title).toBe('My title');
      expect(titled.update).toBeUndefined();
      expect((await service.importText({ text: 'LONDON (Reuters) - Prices rose.\nMore later.' })).duplicate).toBe(true);
      expect((await dispatch(service, 'importText', { text: '   \n ' })).ok).toBe(false);
    });
  });
});

describe('duplicates and versions as the library changes', () => {
  const V1 = 'Harbour tolls rise.\n\nThe port authority said tolls will rise by 4% in spring, after a year of repairs to the quay.';
  const V2 = 'Harbour tolls rise.\n\nThe port authority said tolls will rise by 5% in spring, after a year of repairs to the quay.';

  it('goes by what each article holds now: its new text, its trashing, the library opened again', async () => {
    await withTempDir(async (dir) => {
      let service = await LibraryService.open(dir, { clock });
      const first = await service.importFile({ fileName: 'tolls.txt', contentBase64: base64(V1) });
      const other = await service.importFile({ fileName: 'other.txt', contentBase64: base64(V2) }); // the same words under another name: a new article
      expect(other.update).toBeUndefined();
      expect(other.article.id).not.toBe(first.article.id);
      const second = await service.importFile({ fileName: 'tolls.txt', contentBase64: base64(V2) });
      expect(second.duplicate).toBe(true); // V2 is in the library already (other.txt)
      expect(second.article.id).toBe(other.article.id);
      await service.trashArticle({ id: other.article.id });
      const version = await service.importFile({ fileName: 'tolls.txt', contentBase64: base64(V2) });
      expect(version).toMatchObject({ duplicate: false, article: { id: first.article.id }, update: { version: 2 } });
      // tolls.txt now holds V2: V1 is no longer in the library, and comes back as the next version of the same story.
      await service.close();
      service = await LibraryService.open(dir, { clock });
      const back = await service.importFile({ fileName: 'tolls.txt', contentBase64: base64(V1) });
      expect(back).toMatchObject({ duplicate: false, article: { id: first.article.id }, update: { version: 3 } });
      expect((await service.importFile({ fileName: 'elsewhere.txt', contentBase64: base64(V1) })).duplicate).toBe(true);
      expect((await service.importFile({ fileName: 'elsewhere.txt', contentBase64: base64(V2) })).duplicate).toBe(false);
      await service.close();
    });
  });
});
