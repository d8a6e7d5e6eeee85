// What a power cut (or a disk that lies) can leave of a store file — cut short, zeroed, or
// garbage — and how the library comes back: an article from its newest good backup, with a notice
// saying which article, from when and what was lost; the index rebuilt from the article files.

import { readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryService } from '../service.js';
import { base64, withTempDir } from '../testing/temp-library.js';

const TEXT = 'The council said costs had risen by 40% since 2019. The mayor disagreed.\n';

/** A clock the test moves on, so backups (at most one per article every few minutes) are taken. */
function testClock() {
  let now = Date.parse('2026-12-01T10:00:00.000Z');
  return { clock: () => new Date(now), advance: (minutes: number) => void (now += minutes * 60_000) };
}

const DAMAGE: Record<string, (path: string) => Promise<void>> = {
  'cut short': async (path) => truncate(path, Math.floor((await readFile(path)).length / 2)),
  'emptied': (path) => truncate(path, 0),
  'zeroed': async (path) => writeFile(path, Buffer.alloc((await readFile(path)).length)),
  'garbage': async (path) => writeFile(path, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))),
};

/** A library with one article: a claim made at 10:00, a quote at 10:06 (the backup holds the claim). */
async function libraryWithBackup(dir: string) {
  const { clock, advance } = testClock();
  const service = await LibraryService.open(dir, { clock });
  const { article } = await service.importFile({ fileName: 'harbour.txt', contentBase64: base64(TEXT) });
  const claim = await service.createAnnotation({ articleId: article.id, kind: 'claim', start: 4, end: 11 });
  advance(6);
  await service.createAnnotation({ articleId: article.id, kind: 'quote', start: 52, end: 61 });
  await service.close();
  return { id: article.id, claim: claim.id, path: join(dir, 'articles', `${article.id}.json`) };
}

describe('after a power cut', () => {
  for (const [damage, apply] of Object.entries(DAMAGE)) {
    it(`restores an article file ${damage} from its newest good backup and says what was lost`, async () => {
      await withTempDir(async (dir) => {
        const { id, claim, path } = await libraryWithBackup(dir);
        await apply(path);
        const reopened = await LibraryService.open(dir);
        const info = await reopened.getLibraryInfo();
        expect(info.recoveries).toEqual([
          {
            articleId: id,
            title: expect.stringContaining('The council said'),
            damage: expect.any(String),
            restoredFrom: '2026-12-01T10:06:00.000Z',
            lost: 'changes made after 2026-12-01 10:06 UTC: the list last showed 2 annotations, the backup has 1',
          },
        ]);
        expect((await reopened.getArticle({ id })).annotations.map((a) => a.id)).toEqual([claim]);
        expect((await reopened.listArticles())[0]!.counts).toEqual({ claim: 1, quote: 0, figure: 0 });
        // The damaged bytes are kept beside it, and the restored file reads as JSON.
        expect((await readdir(join(dir, 'articles'))).some((n) => n.startsWith(`${id}.json.corrupt-`))).toBe(true);
        expect(JSON.parse(await readFile(path, 'utf8')).article.id).toBe(id);
        await reopened.close();
        // Told once: the next open has nothing to report.
        const again = await LibraryService.open(dir, { readOnly: true });
        expect(await again.getLibraryInfo()).toMatchObject({ notices: [], recoveries: [] });
      });
    });

    it(`rebuilds the index ${damage} from the article files, counts and all`, async () => {
      await withTempDir(async (dir) => {
        const { id } = await libraryWithBackup(dir);
        await apply(join(dir, 'library.json'));
        const reopened = await LibraryService.open(dir);
        expect((await reopened.listArticles()).map((a) => [a.id, a.counts])).toEqual([[id, { claim: 1, quote: 1, figure: 0 }]]);
        expect((await reopened.getLibraryInfo()).notices.join('\n')).toMatch(/library\.json could not be read .*rebuilt from the article files/s);
      });
    });
  }

  it('keeps a damaged file with no backup aside and says so', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await service.importFile({ fileName: 'harbour.txt', contentBase64: base64(TEXT) });
      await service.close();
      await truncate(join(dir, 'articles', `${article.id}.json`), 0);
      const reopened = await LibraryService.open(dir);
      const info = await reopened.getLibraryInfo();
      expect(info.recoveries).toEqual([]);
      expect(info.notices.join('\n')).toMatch(new RegExp(`${article.id}\\.json could not be read .*moved aside`));
    });
  });
});

describe('Details… backups', () => {
  it('lists an article’s backups and restores one, undoably', async () => {
    await withTempDir(async (dir) => {
      const { clock, advance } = testClock();
      const service = await LibraryService.open(dir, { clock });
      const { article } = await service.importFile({ fileName: 'harbour.txt', contentBase64: base64(TEXT) });
      const claim = await service.createAnnotation({ articleId: article.id, kind: 'claim', start: 4, end: 11 });
      advance(6);
      await service.deleteAnnotation({ articleId: article.id, id: claim.id });
      const backups = await service.listBackups({ articleId: article.id });
      expect(backups.map((b) => [b.savedAt, b.counts.claim])).toEqual([
        ['2026-12-01T10:06:00.000Z', 1],
        ['2026-12-01T10:00:00.000Z', 0],
      ]);
      const restored = await service.restoreBackup({ articleId: article.id, backupId: backups[0]!.id });
      expect(restored.counts.claim).toBe(1);
      expect((await service.getArticle({ id: article.id })).annotations.map((a) => a.id)).toEqual([claim.id]);
      expect((await service.undo()).done?.label).toBe('Restore backup');
      expect((await service.getArticle({ id: article.id })).annotations).toEqual([]);
      // The version the restore replaced was kept as a backup too.
      expect((await service.listBackups({ articleId: article.id })).length).toBe(3);
    });
  });

  it('keeps at most five backups per article', async () => {
    await withTempDir(async (dir) => {
      const { clock, advance } = testClock();
      const service = await LibraryService.open(dir, { clock });
      const { article } = await service.importFile({ fileName: 'harbour.txt', contentBase64: base64(TEXT) });
      for (let i = 0; i < 9; i++) {
        await service.createAnnotation({ articleId: article.id, kind: 'claim', start: 4, end: 11 });
        advance(6);
      }
      const backups = await service.listBackups({ articleId: article.id });
      expect(backups.map((b) => b.counts.claim)).toEqual([8, 7, 6, 5, 4]);
    });
  });
});
