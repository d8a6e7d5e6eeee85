// The article journal on a real library folder: an edit appends one small line instead of
// rewriting the article; the library as a kill leaves it (journal written, not yet compacted)
// opens with every acknowledged edit; a torn tail is dropped, damage kept aside and reported; a
// compaction cut short applies nothing twice; a reader beside the writer sees the journaled edits.

import { appendFile, cp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryService } from '../service.js';
import { ArticleJournal, readJournal } from './article-journal.js';
import { base64, withTempDir } from '../testing/temp-library.js';

const TEXT = 'The council said costs had risen by 40% since 2019. The mayor disagreed.\n';

/** A library with one article, opened, with its first edit made (that one writes the file whole and keeps a backup). */
async function libraryWithArticle(dir: string) {
  const service = await LibraryService.open(dir);
  const { article } = await service.importFile({ fileName: 'harbour.txt', contentBase64: base64(TEXT) });
  const first = await service.createAnnotation({ articleId: article.id, kind: 'claim', start: 4, end: 11, note: 'first' });
  const file = join(dir, 'articles', `${article.id}.json`);
  return { service, id: article.id, first: first.id, file, journal: join(dir, 'articles', `${article.id}.journal`) };
}

/**
 * The folder as a SIGKILL would leave it now (this process keeps it open): a copy, without the lock.
 * The open library may rename a temp file away while it is copied (the index is flushed 0.3 s after
 * an edit); a kill at that moment would leave the folder as a copy taken just after, so copy again.
 */
async function asIfKilled(dir: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await cp(dir, to, { recursive: true });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt === 5) throw error;
      await rm(to, { recursive: true, force: true });
    }
  }
  await rm(join(to, 'newsmark.lock'), { force: true });
}

/** A library killed with its second edit in the journal (root/after-kill), `tail` then added to that journal. */
async function killedAfterSecondEdit(root: string, tail: string): Promise<{ id: string; killed: string }> {
  const dir = join(root, 'library');
  const { service, id } = await libraryWithArticle(dir);
  await service.createAnnotation({ articleId: id, kind: 'quote', start: 52, end: 61, note: 'second' });
  const killed = join(root, 'after-kill');
  await asIfKilled(dir, killed);
  await service.close();
  await appendFile(join(killed, 'articles', `${id}.journal`), tail);
  return { id, killed };
}

async function notes(dir: string, id: string): Promise<string[]> {
  const service = await LibraryService.open(dir);
  try {
    return (await service.getArticle({ id })).annotations.map((a) => a.note).sort();
  } finally {
    await service.close();
  }
}

describe('the article journal', () => {
  it('saves an edit as one small line, leaving the article file as it was', async () => {
    await withTempDir(async (root) => {
      const dir = join(root, 'library');
      const { service, id, first, file, journal } = await libraryWithArticle(dir);
      const before = await stat(file);
      await service.createAnnotation({ articleId: id, kind: 'quote', start: 52, end: 61, note: 'second' });
      await service.updateAnnotation({ articleId: id, id: first, note: 'first, edited' });
      expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
      const lines = (await readFile(journal, 'utf8')).trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(Buffer.byteLength(lines[1]!)).toBeLessThan(1000);
      await service.close();
      // Closing compacts: the file holds the edits and the journal is gone.
      expect(
        JSON.parse(await readFile(file, 'utf8'))
          .annotations.map((a: { note: string }) => a.note)
          .sort(),
      ).toEqual(['first, edited', 'second']);
      expect((await readdir(join(dir, 'articles'))).filter((n) => n.endsWith('.journal'))).toEqual([]);
    });
  });

  it('opens with every acknowledged edit after a kill before compaction, and lists the right counts', async () => {
    await withTempDir(async (root) => {
      const dir = join(root, 'library');
      const { service, id, first } = await libraryWithArticle(dir);
      await service.createAnnotation({ articleId: id, kind: 'quote', start: 52, end: 61, note: 'second' });
      await service.createAnnotation({ articleId: id, kind: 'figure', start: 36, end: 39, note: 'third' });
      await service.deleteAnnotation({ articleId: id, id: first });
      await asIfKilled(dir, join(root, 'after-kill'));
      await service.close();
      const reopened = await LibraryService.open(join(root, 'after-kill'));
      expect((await reopened.getArticle({ id })).annotations.map((a) => a.note).sort()).toEqual(['second', 'third']);
      expect((await reopened.listArticles())[0]!.counts).toEqual({ claim: 0, quote: 1, figure: 1 });
      await reopened.close();
    });
  });

  for (const [tail, bytes] of [
    ['a line cut short', '{"seq":9,"annotations":{"put":[{"id":"x'],
    ['zeros', '\u0000'.repeat(300)],
  ] as const) {
    it(`drops a torn tail (${tail}), keeps what came before and appends after it cleanly`, async () => {
      await withTempDir(async (root) => {
        const { id, killed } = await killedAfterSecondEdit(root, bytes);
        const reopened = await LibraryService.open(killed);
        expect((await reopened.getLibraryInfo()).notices).toEqual([]);
        await reopened.createAnnotation({ articleId: id, kind: 'figure', start: 36, end: 39, note: 'third' }); // written whole (a backup is due)
        await reopened.createAnnotation({ articleId: id, kind: 'claim', start: 56, end: 61, note: 'fourth' }); // journaled
        // Killed again before compaction: the torn tail is gone, the new line reads.
        const again = join(root, 'killed-again');
        await asIfKilled(killed, again);
        await reopened.close();
        expect(await readFile(join(again, 'articles', `${id}.journal`), 'utf8')).not.toContain(bytes);
        expect(await notes(again, id)).toEqual(['first', 'fourth', 'second', 'third']);
      });
    });
  }

  it('cuts a torn tail off before appending, so a line never follows garbage', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'a.journal');
      await writeFile(path, '{"seq":1}\n{"seq":2}\n{"seq":3,"annota');
      const read = await readJournal(path, 0);
      expect(read).toMatchObject({ seq: 2, goodBytes: 20, size: 36 });
      const journal = ArticleJournal.fromRead(path, read);
      await journal.append('{"seq":3}', 3);
      expect(await readFile(path, 'utf8')).toBe('{"seq":1}\n{"seq":2}\n{"seq":3}\n');
      expect((await readJournal(path, 0)).changes.map((c) => c.seq)).toEqual([1, 2, 3]);
    });
  });

  it('keeps a damaged journal aside, says so, and opens with the edits before the damage', async () => {
    await withTempDir(async (root) => {
      const { id, killed } = await killedAfterSecondEdit(root, 'this is not a journal line\n{"seq":3}\n');
      const reopened = await LibraryService.open(killed);
      expect((await reopened.getLibraryInfo()).notices.join('\n')).toMatch(
        new RegExp(`articles/${id}\\.journal: line 2 of the journal does not read; .*kept as .*\\.journal\\.corrupt-`),
      );
      expect((await reopened.getArticle({ id })).annotations.map((a) => a.note).sort()).toEqual(['first', 'second']);
      await reopened.close();
      expect((await readdir(join(killed, 'articles'))).some((n) => n.startsWith(`${id}.journal.corrupt-`))).toBe(true);
      // Told once: the damage was cut off the live journal.
      const again = await LibraryService.open(killed, { readOnly: true });
      expect((await again.getLibraryInfo()).notices).toEqual([]);
    });
  });

  it('applies nothing twice when a compaction was cut short (the file written, the journal not yet removed)', async () => {
    await withTempDir(async (root) => {
      const dir = join(root, 'library');
      const { service, id, first, journal } = await libraryWithArticle(dir);
      const second = await service.createAnnotation({ articleId: id, kind: 'quote', start: 52, end: 61, note: 'second' });
      await service.deleteAnnotation({ articleId: id, id: first });
      await service.updateAnnotation({ articleId: id, id: second.id, note: 'second, edited' });
      const lines = await readFile(journal);
      await service.close(); // compacts and removes the journal
      await writeFile(journal, lines); // as if the removal never reached the disk
      expect(await notes(dir, id)).toEqual(['second, edited']);
    });
  });

  it('lets a reader beside the writer see the journaled edits', async () => {
    await withTempDir(async (root) => {
      const dir = join(root, 'library');
      const { service, id } = await libraryWithArticle(dir);
      await service.createAnnotation({ articleId: id, kind: 'quote', start: 52, end: 61, note: 'second' });
      await service.flush();
      await service.createAnnotation({ articleId: id, kind: 'figure', start: 36, end: 39, note: 'third' });
      const reader = await LibraryService.open(dir, { readOnly: true });
      expect((await reader.listArticles())[0]!.counts).toEqual({ claim: 1, quote: 1, figure: 1 });
      expect((await reader.getArticle({ id })).annotations).toHaveLength(3);
      await service.close();
    });
  });
});
