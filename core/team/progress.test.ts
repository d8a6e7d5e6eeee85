// Progress over real library folders: each annotator's status of an article is checked at the door,
// kept in the article file (a reopened library has it), counted per batch (folder import, tag),
// carried through export → import (the further along status wins), and printed by `newsmark list`.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch.js';
import { main } from '../cli/main.js';
import type { ArticleSummary } from '../model.js';
import { LibraryService } from '../service.js';
import { base64, withTempDir } from '../testing/temp-library.js';
import { exportSchemaErrors } from '../testing/export-schema.js';
import { batchesOf, mergedProgress, nextStatus, parseStatus, statusCounts } from './progress.js';

const NOW = () => new Date('2026-05-01T10:00:00.000Z');
const open = (dir: string, annotator?: string) => LibraryService.open(dir, { clock: NOW, ...(annotator ? { annotator } : {}) });
const story = (text: string, fileName = 'story.txt', batch?: string) => ({ fileName, contentBase64: base64(text), ...(batch ? { batch } : {}) });

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { out: (t: string) => (stdout += `${t}\n`), err: (t: string) => (stderr += `${t}\n`), stdout: process.stdout, env: {} };
  return { code: await main(args, io), stdout, stderr };
}

describe('statuses', () => {
  it('are kept per annotator in the article file and survive reopening the library', async () => {
    await withTempDir(async (dir) => {
      const alice = await open(dir, 'Alice');
      const { article } = await alice.importText({ text: 'The council voted on Tuesday.' });
      expect((await alice.setProgress({ articleId: article.id, status: 'in-progress' })).progress).toEqual({ Alice: 'in-progress' });
      await alice.setProgress({ articleId: article.id, status: 'reviewed', annotator: 'Bob' });
      await alice.close();

      const again = await open(dir);
      expect((await again.getArticle({ id: article.id })).progress).toEqual({ Alice: 'in-progress', Bob: 'reviewed' });
      expect((await again.listArticles())[0]!.progress).toEqual({ Alice: 'in-progress', Bob: 'reviewed' });
      // Back to "to do" is no status at all.
      await again.setProgress({ articleId: article.id, status: 'todo', annotator: 'Alice' });
      expect((await again.getArticle({ id: article.id })).progress).toEqual({ Bob: 'reviewed' });
      // A status is not an edit of the annotations: undo has nothing to take back.
      expect((await again.undo()).done).toBeNull();
      await again.close();
    });
  });

  it('refuse a status nobody owns, an unknown status and an unknown article, with a message', async () => {
    await withTempDir(async (dir) => {
      const nobody = await open(dir);
      const { article } = await nobody.importText({ text: 'The council voted on Tuesday.' });
      const noName = await dispatch(nobody, 'setProgress', { articleId: article.id, status: 'done' });
      expect(noName).toMatchObject({ ok: false, error: { message: expect.stringMatching(/set your name in Settings/) } });
      const bad = await dispatch(nobody, 'setProgress', { articleId: article.id, status: 'finished', annotator: 'Alice' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      const missing = await dispatch(nobody, 'setProgress', { articleId: 'nope', status: 'done', annotator: 'Alice' });
      expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect((await nobody.getArticle({ id: article.id })).progress).toBeUndefined();
      await nobody.close();
    });
  });

  it('go out in the native export and come back on import, the further along winning', async () => {
    await withTempDir(async (aliceDir) => {
      await withTempDir(async (bobDir) => {
        const alice = await open(aliceDir, 'Alice');
        const { article } = await alice.importText({ text: 'The council voted on Tuesday.' });
        await alice.setProgress({ articleId: article.id, status: 'done' });
        const file = (await alice.exportAs({ format: 'json' })).content;
        expect(JSON.parse(file).articles[0].progress).toEqual({ Alice: 'done' });
        expect(exportSchemaErrors(JSON.parse(file))).toEqual([]);

        // Into a library without the article: it is created with Alice's status.
        const bob = await open(bobDir, 'Bob');
        await bob.importAnnotations({ fileName: 'alice.json', contentBase64: base64(file) });
        const [created] = await bob.listArticles();
        expect(created!.progress).toEqual({ Alice: 'done' });
        // Bob reviews; Alice's older file does not move her status back, nor drop Bob's.
        await bob.setProgress({ articleId: created!.id, status: 'reviewed', annotator: 'Alice' });
        await bob.setProgress({ articleId: created!.id, status: 'in-progress' });
        await bob.importAnnotations({ fileName: 'alice.json', contentBase64: base64(file) });
        expect((await bob.getArticle({ id: created!.id })).progress).toEqual({ Alice: 'reviewed', Bob: 'in-progress' });

        // Bob's export back in Alice's library brings Bob's status and the review.
        await alice.importAnnotations({ fileName: 'bob.json', contentBase64: base64((await bob.exportAs({ format: 'json' })).content) });
        expect((await alice.getArticle({ id: article.id })).progress).toEqual({ Alice: 'reviewed', Bob: 'in-progress' });
        await Promise.all([alice.close(), bob.close()]);
      });
    });
  });
});

describe('batches', () => {
  it('are the folder imports and the tags, each counted by status for the annotator', async () => {
    await withTempDir(async (dir) => {
      const alice = await open(dir, 'Alice');
      const a = (await alice.importFile(story('Rates rose again.', 'a.txt', 'week-12'))).article;
      const b = (await alice.importFile(story('Ports handled more.', 'b.txt', 'week-12'))).article;
      const c = (await alice.importText({ text: 'The mayor said no.' })).article;
      await alice.createAnnotation({ articleId: c.id, kind: 'quote', start: 0, end: 9, tags: ['elections'] });
      await alice.createAnnotation({ articleId: b.id, kind: 'claim', start: 0, end: 5, tags: ['elections'] });
      await alice.setProgress({ articleId: a.id, status: 'done' });
      await alice.setProgress({ articleId: b.id, status: 'in-progress' });
      await alice.setProgress({ articleId: c.id, status: 'reviewed', annotator: 'Bob' });

      const articles = await alice.listArticles();
      const batches = batchesOf(articles);
      expect(batches.map((x) => [x.kind, x.name, x.articleIds.length])).toEqual([
        ['folder', 'week-12', 2],
        ['tag', 'elections', 2],
      ]);
      const byId = new Map(articles.map((x) => [x.id, x]));
      const counts = (name: string, who: string) => statusCounts(batches.find((x) => x.name === name)!.articleIds.map((id) => byId.get(id)!), who);
      expect(counts('week-12', 'Alice')).toEqual({ todo: 0, 'in-progress': 1, done: 1, reviewed: 0 });
      expect(counts('elections', 'Alice')).toEqual({ todo: 1, 'in-progress': 1, done: 0, reviewed: 0 });
      expect(counts('elections', 'Bob')).toEqual({ todo: 1, 'in-progress': 0, done: 0, reviewed: 1 });
      await alice.close();
    });
  });

  it('of `newsmark import DIR` is the folder: each article found under it remembers its name', async () => {
    await withTempDir(async (dir) => {
      const folder = join(dir, 'incoming', 'week-13');
      await mkdir(join(folder, 'more'), { recursive: true });
      await writeFile(join(folder, 'a.txt'), 'Rates rose again.');
      await writeFile(join(folder, 'more', 'b.txt'), 'Ports handled more.');
      await writeFile(join(dir, 'loose.txt'), 'A story on its own.');
      const library = join(dir, 'library');
      expect((await cli(['import', folder, join(dir, 'loose.txt'), '--library', library])).code).toBe(0);
      const listed = JSON.parse((await cli(['list', '--library', library, '--json'])).stdout) as { title: string; meta: { batch?: string } }[];
      expect(Object.fromEntries(listed.map((a) => [a.title, a.meta.batch ?? null]))).toEqual({
        'Rates rose again.': 'week-13',
        'Ports handled more.': 'week-13',
        'A story on its own.': null,
      });
      expect(batchesOf(listed as ArticleSummary[]).map((b) => [b.name, b.articleIds.length])).toEqual([['week-13', 2]]);
    });
  });

  it('statuses step on in order, read as typed, and merge by the further along', () => {
    expect(['todo', 'in-progress', 'done', 'reviewed'].map((s) => nextStatus(s as never))).toEqual(['in-progress', 'done', 'reviewed', 'todo']);
    expect(['to do', 'In progress', 'in_progress', 'done', 'finished'].map(parseStatus)).toEqual(['todo', 'in-progress', 'in-progress', 'done', undefined]);
    expect(mergedProgress({ A: 'done', B: 'todo' }, { A: 'in-progress', B: 'done', C: 'reviewed' })).toEqual({ A: 'done', B: 'done', C: 'reviewed' });
  });
});

describe('newsmark list', () => {
  it("prints the annotator's status (everyone's without a name) and filters with --status", async () => {
    await withTempDir(async (dir) => {
      const alice = await open(dir, 'Alice');
      const done = (await alice.importText({ text: 'Rates rose again.', title: 'Rates story' })).article;
      await alice.importText({ text: 'Ports handled more.', title: 'Ports story' });
      await alice.setProgress({ articleId: done.id, status: 'done' });
      await alice.setProgress({ articleId: done.id, status: 'in-progress', annotator: 'Bob' });
      await alice.close();

      const all = await cli(['list', '--library', dir]);
      expect(all.code).toBe(0);
      expect(all.stdout).toMatch(/\[Alice: done, Bob: in progress\]  Rates story/);
      expect(all.stdout).toMatch(/figures 0  Ports story/);

      const mine = await cli(['list', '--library', dir, '--annotator', 'Alice']);
      expect(mine.stdout).toMatch(/\[done\]  Rates story/);
      expect(mine.stdout).toMatch(/\[to do\]  Ports story/);

      const filtered = await cli(['list', '--library', dir, '--annotator', 'Bob', '--status', 'in progress']);
      expect(filtered.stdout.trim().split('\n')).toHaveLength(1);
      expect(filtered.stdout).toMatch(/\[in progress\]  Rates story/);
      expect((await cli(['list', '--library', dir, '--annotator', 'Bob', '--status', 'reviewed'])).stdout).toMatch(/No article is reviewed for Bob/);

      const unknown = await cli(['list', '--library', dir, '--annotator', 'Bob', '--status', 'finished']);
      expect(unknown).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown status "finished"; the statuses are todo, in-progress, done, reviewed/) });
      const nobody = await cli(['list', '--library', dir, '--status', 'done']);
      expect(nobody).toMatchObject({ code: 2, stderr: expect.stringMatching(/--status needs an annotator/) });
    });
  });
});
