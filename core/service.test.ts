import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from './api/dispatch.js';
import { LibraryService } from './service.js';
import { base64, withTempDir } from './testing/temp-library.js';
import { exportSchemaErrors } from './testing/export-schema.js';

const STORY = 'date 2021-05-04 PARIS, May 4 (AFP) - Ministers said 💶 spending rose 12% to €4.5bn.\r\n\r\n"It is enough," she said.\r\n';

async function importStory(service: LibraryService, text = STORY, fileName = 'story.txt') {
  return service.importFile({ fileName, contentBase64: base64(text) });
}

describe('LibraryService over a real library folder', () => {
  it('imports a file, keeps its metadata and survives a restart', async () => {
    await withTempDir(async (dir) => {
      const first = await LibraryService.open(dir);
      const { article, duplicate } = await importStory(first);
      expect(duplicate).toBe(false);
      expect(article.meta).toMatchObject({ date: '2021-05-04', dateline: 'PARIS', agency: 'AFP' });
      const doc = await first.getArticle({ id: article.id });
      expect(doc.article.text.startsWith('PARIS, May 4 (AFP) - Ministers')).toBe(true);
      expect(doc.article.text).not.toContain('\r');
      const start = doc.article.text.indexOf('€4.5bn');
      await first.createAnnotation({ articleId: article.id, kind: 'figure', start, end: start + 6, tags: ['budget'] });

      const reopened = await LibraryService.open(dir);
      const again = await reopened.getArticle({ id: article.id });
      expect(again.annotations).toHaveLength(1);
      expect(again.annotations[0]?.quote.exact).toBe('€4.5bn');
      expect((await reopened.listArticles())[0]?.counts).toEqual({ claim: 0, quote: 0, figure: 1 });
      const onDisk = JSON.parse(await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8'));
      expect(onDisk.annotations[0].tags).toEqual(['budget']);
    });
  });

  it('gives the window an article without the quotes\' context when asked, and keeps it on disk', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await importStory(service);
      const { text } = (await service.getArticle({ id: article.id })).article;
      const start = text.indexOf('spending');
      await service.createAnnotation({ articleId: article.id, kind: 'claim', start, end: start + 14 });
      const slim = await service.getArticle({ id: article.id, quoteContext: false });
      expect(slim.annotations[0]?.quote).toEqual({ exact: 'spending rose ', prefix: '', suffix: '' });
      const full = await service.getArticle({ id: article.id });
      expect(full.annotations[0]?.quote.prefix).toMatch(/Ministers said 💶 $/);
      expect(full.annotations[0]?.quote.suffix).toMatch(/^12%/);
      expect({ ...slim.annotations[0], quote: null }).toEqual({ ...full.annotations[0], quote: null });
    });
  });

  it('recognises the same text imported twice and stores it once', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const a = await importStory(service);
      const b = await importStory(service, STORY.replace(/\r\n/g, '\n'), 'copy.txt');
      expect(b.duplicate).toBe(true);
      expect(b.article.id).toBe(a.article.id);
      expect(await readdir(join(dir, 'articles'))).toHaveLength(1);
    });
  });

  it('stores offsets in UTF-16 units with a quote, prefix and suffix around astral characters', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await importStory(service);
      const { text } = (await service.getArticle({ id: article.id })).article;
      const start = text.indexOf('💶');
      const created = await service.createAnnotation({ articleId: article.id, kind: 'claim', start, end: start + 2 + ' spending rose 12%'.length });
      expect(created.quote.exact).toBe('💶 spending rose 12%');
      expect(text.slice(created.start, created.end)).toBe(created.quote.exact);
      expect(created.quote.prefix.endsWith('Ministers said ')).toBe(true);
      expect(created.quote.suffix.startsWith(' to €4.5bn.')).toBe(true);
    });
  });

  it('refuses spans that are empty, outside the text or cut an emoji in half, and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await importStory(service);
      const { text } = (await service.getArticle({ id: article.id })).article;
      const emoji = text.indexOf('💶');
      const bad = [
        { start: 5, end: 5 },
        { start: 0, end: text.length + 1 },
        { start: emoji + 1, end: emoji + 8 },
      ];
      for (const span of bad) {
        const result = await dispatch(service, 'createAnnotation', { articleId: article.id, kind: 'quote', ...span });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('bad-span');
      }
      expect((await service.getArticle({ id: article.id })).annotations).toEqual([]);
    });
  });

  it('edits kind, note and tags, deletes, and lists annotations in text order', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await importStory(service);
      const text = (await service.getArticle({ id: article.id })).article.text;
      const later = await service.createAnnotation({ articleId: article.id, kind: 'quote', start: text.indexOf('"It'), end: text.indexOf('she') - 1 });
      const earlier = await service.createAnnotation({ articleId: article.id, kind: 'claim', start: 0, end: text.indexOf('.') });
      const nested = await service.createAnnotation({ articleId: article.id, kind: 'figure', start: 0, end: 5 });
      const edited = await service.updateAnnotation({ articleId: article.id, id: later.id, kind: 'claim', note: 'check with ministry', tags: [' Budget ', 'budget', 'EU'] });
      expect(edited).toMatchObject({ kind: 'claim', note: 'check with ministry', tags: ['Budget', 'EU'] });
      const listed = (await service.getArticle({ id: article.id })).annotations.map((a) => a.id);
      expect(listed).toEqual([earlier.id, nested.id, later.id]);
      await service.deleteAnnotation({ articleId: article.id, id: nested.id });
      const reopened = await LibraryService.open(dir);
      expect((await reopened.getArticle({ id: article.id })).annotations.map((a) => a.id)).toEqual([earlier.id, later.id]);
    });
  });

  it('keeps every one of several edits sent at once (no lost update)', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await importStory(service);
      const a = await service.createAnnotation({ articleId: article.id, kind: 'quote', start: 0, end: 5 });
      const articleId = article.id;
      await Promise.all([
        service.updateAnnotation({ articleId, id: a.id, tags: ['port'] }),
        service.updateAnnotation({ articleId, id: a.id, note: 'first note' }),
        service.createAnnotation({ articleId, kind: 'figure', start: 6, end: 9 }),
        service.updateAnnotation({ articleId, id: a.id, kind: 'claim' }),
      ]);
      const reopened = await LibraryService.open(dir);
      const { annotations } = await reopened.getArticle({ id: articleId });
      expect(annotations).toHaveLength(2);
      expect(annotations.find((x) => x.id === a.id)).toMatchObject({ kind: 'claim', note: 'first note', tags: ['port'] });
    });
  });

  it('leaves the library untouched when an import is refused', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      await importStory(service);
      await service.close(); // the index is written a moment after a change, and at close
      const before = await readFile(join(dir, 'library.json'), 'utf8');
      const refusals = [
        { fileName: 'empty.txt', contentBase64: '' },
        { fileName: 'photo.txt', contentBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]).toString('base64') },
      ];
      for (const input of refusals) {
        const result = await dispatch(service, 'importFile', input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toContain(input.fileName);
      }
      await service.close();
      expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe(before);
      expect(await readdir(join(dir, 'articles'))).toHaveLength(1);
    });
  });

  it('exports JSON that matches the shipped schema, for one article or all', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await importStory(service);
      await importStory(service, 'Second story. The rate fell to 3%.', 'two.txt');
      await service.createAnnotation({ articleId: article.id, kind: 'quote', start: 0, end: 5, tags: ['x'], note: 'n' });
      const one = await service.exportJson({ articleId: article.id });
      const all = await service.exportJson({});
      for (const file of [one, all]) expect(exportSchemaErrors(JSON.parse(file.content))).toEqual([]);
      expect(JSON.parse(one.content).articles).toHaveLength(1);
      expect(JSON.parse(all.content).articles).toHaveLength(2);
      expect(one.fileName).toMatch(/^newsmark-ministers-said-spending-rose-12-to-4-5bn-\d{4}-\d\d-\d\d\.json$/);
      expect(all.fileName).toMatch(/^newsmark-library-/);
      const exported = JSON.parse(one.content).articles[0];
      const a = exported.annotations[0];
      expect(exported.text.slice(a.start, a.end)).toBe(a.quote.exact);
    });
  });

  it('reports unknown ids and bad input as data, never as a thrown error', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      expect(await dispatch(service, 'getArticle', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await dispatch(service, 'getArticle', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
      const wrong = await dispatch(service, 'createAnnotation', { articleId: 'x', kind: 'rumour', start: 0, end: 1 });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!wrong.ok) expect(wrong.error.message).toContain('kind');
      expect(await dispatch(service, 'dropEverything', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    });
  });
});

describe('a damaged library', () => {
  it('moves a corrupt index aside and rebuilds it from the article files', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await importStory(service);
      await service.createAnnotation({ articleId: article.id, kind: 'claim', start: 0, end: 5 });
      await writeFile(join(dir, 'library.json'), '{"schemaVersion": 1, "articles": [', 'utf8');
      const reopened = await LibraryService.open(dir);
      const list = await reopened.listArticles();
      expect(list.map((a) => a.id)).toEqual([article.id]);
      expect(list[0]?.counts.claim).toBe(1);
      const info = await reopened.getLibraryInfo();
      expect(info.notices.join('\n')).toMatch(/library\.json could not be read .*moved aside .*rebuilt/s);
      expect((await readdir(dir)).some((n) => n.startsWith('library.json.corrupt-'))).toBe(true);
    });
  });

  it('moves a corrupt article file aside, keeps its bytes, and reports it by name', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await importStory(service);
      const path = join(dir, 'articles', `${article.id}.json`);
      await writeFile(path, '{"schemaVersion":1,"article":{"id":42}}', 'utf8');
      const reopened = await LibraryService.open(dir);
      // Found at open (the file changed since the index saw it); there is no backup to restore.
      const { notices } = await reopened.getLibraryInfo();
      expect(notices.join('\n')).toMatch(new RegExp(`${article.id}\\.json could not be read .*moved aside`));
      const result = await dispatch(reopened, 'getArticle', { id: article.id });
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
      const aside = (await readdir(join(dir, 'articles'))).find((n) => n.includes('.corrupt-'));
      expect(aside).toBeDefined();
      expect(await readFile(join(dir, 'articles', aside!), 'utf8')).toBe('{"schemaVersion":1,"article":{"id":42}}');
      expect(await reopened.listArticles()).toEqual([]);
    });
  });

  it('refuses a library written by a newer Newsmark and leaves it untouched', async () => {
    await withTempDir(async (dir) => {
      const future = JSON.stringify({ schemaVersion: 99, articles: [] });
      await writeFile(join(dir, 'library.json'), future, 'utf8');
      await expect(LibraryService.open(dir)).rejects.toThrow(/newer Newsmark/);
      expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe(future);
    });
  });
});
