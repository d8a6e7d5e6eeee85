// A Newsmark backup is imported in pieces (backup-pieces.ts, apply-backup.ts), at any size: over
// the whole-file limit (lowered here, so the files stay small) it imports whole, merges with what
// the library holds as a whole-file import does, and comes back complete when the library is
// reopened; a cut or damaged one is refused naming where, with nothing written — even when the
// damage is in its last article, after others that were fine; from a file or from bytes in memory.
// What is not a Newsmark backup keeps
// the limit. Files are real, on disk; `newsmark import` is the CLI's own code.

import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { toApiError } from '../../api/errors.js';
import { main } from '../../cli/main.js';
import type { ArticleDocument } from '../../model.js';
import { LibraryService } from '../../service.js';
import { articleWithAnnotations } from '../../testing/many-annotations.js';
import { withTempDir } from '../../testing/temp-library.js';
import { nativeJsonText } from '../native.js';
import { FIXTURE_DOCS } from '../test-fixture.js';
import { w3cCollection } from '../w3c/export.js';

const NOW = new Date('2026-03-01T00:00:00.000Z');
/** The whole-file limit for these tests: each backup below is bigger. */
const LIMIT = 64 * 1024;

/** The fixture's two articles and two of 1,500 annotations: 0.9 MB, a few batches per big article. */
function library(): ArticleDocument[] {
  return [...FIXTURE_DOCS, articleWithAnnotations(1500, NOW.toISOString(), 'a'), articleWithAnnotations(1500, NOW.toISOString(), 'b')];
}

async function onDisk(dir: string, name: string, text: string | Buffer): Promise<Buffer> {
  const path = join(dir, name);
  await writeFile(path, text);
  return readFile(path);
}

async function libraryFiles(dir: string): Promise<Record<string, string>> {
  const names = await readdir(join(dir, 'articles')).catch(() => []);
  const entries = await Promise.all(names.map(async (n) => [n, await readFile(join(dir, 'articles', n), 'utf8')]));
  return Object.fromEntries([...entries, ['library.json', await readFile(join(dir, 'library.json'), 'utf8').catch(() => null)]]);
}

async function refusal(service: LibraryService, fileName: string, bytes: Buffer) {
  try {
    await service.importAnnotationBytes(fileName, bytes, {}, LIMIT);
  } catch (err) {
    return toApiError(err);
  }
  throw new Error(`${fileName} was imported`);
}

describe('importing a Newsmark backup in pieces', () => {
  it('imports a backup over the whole-file limit, merges it with the library, and all of it is there after reopening', async () => {
    await withTempDir(async (dir) => {
      const docs = library();
      const [harbour, , big] = docs as [ArticleDocument, ArticleDocument, ArticleDocument];
      const libDir = join(dir, 'lib');
      const service = await LibraryService.open(libDir, { clock: () => NOW });
      // Already there: the harbour story with one annotation edited later than the backup's copy.
      const edited = { ...harbour.annotations[0]!, note: 'edited after the backup', updatedAt: '2027-01-01T00:00:00.000Z' };
      await service.importAnnotationBytes('seed.json', Buffer.from(nativeJsonText([{ ...harbour, annotations: [edited], relations: [] }], NOW.toISOString())));
      const bytes = await onDisk(dir, 'backup.json', nativeJsonText(docs, NOW.toISOString()));
      expect(bytes.length).toBeGreaterThan(10 * LIMIT);

      // From the file, read an article at a time (as the CLI does); the second time from its bytes (as the window sends them).
      const outcome = await service.importAnnotationFile(join(dir, 'backup.json'), {}, LIMIT);
      const annotations = docs.reduce((n, d) => n + d.annotations.length, 0);
      const links = docs.reduce((n, d) => n + d.relations.length, 0);
      expect(outcome).toMatchObject({
        format: 'json',
        added: annotations - 1 + links,
        updated: 0,
        skipped: 1,
        articlesCreated: 3,
        report: { counts: { exact: annotations, moved: 0, approximate: 0, notPlaced: 0 } },
      });
      expect(outcome.report.exact.length, 'details are capped over the parts as over a whole file').toBe(1000);
      await service.close();

      const reopened = await LibraryService.open(libDir, { clock: () => NOW });
      expect((await reopened.listArticles()).map((a) => a.id).sort()).toEqual(docs.map((d) => d.article.id).sort());
      const stored = await reopened.getArticle({ id: harbour.article.id });
      expect(stored.annotations.find((a) => a.id === edited.id)?.note, 'the newer edit is kept').toBe('edited after the backup');
      expect(stored.annotations).toHaveLength(harbour.annotations.length);
      expect(stored.relations).toHaveLength(harbour.relations.length);
      const restored = { ...harbour, annotations: harbour.annotations.map((a) => (a.id === edited.id ? edited : a)) };
      const byId = (text: string) => (JSON.parse(text) as { articles: { id: string }[] }).articles.sort((a, b) => a.id.localeCompare(b.id));
      const again = await reopened.exportAs({ format: 'json' });
      expect(byId(again.content), 'the library exports what the backup held, the newer edit in it').toEqual(byId(nativeJsonText([restored, ...docs.slice(1)], NOW.toISOString())));
      expect((await reopened.getArticle({ id: big.article.id })).annotations).toHaveLength(big.annotations.length);

      const twice = await reopened.importAnnotationBytes('backup.json', bytes, {}, LIMIT);
      expect(twice, 'nothing is duplicated the second time').toMatchObject({ added: 0, updated: 0, articlesCreated: 0 });
      await reopened.close();
    });
  });

  it('refuses a cut or damaged backup naming where, and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(join(dir, 'lib'), { clock: () => NOW });
      await service.importAnnotationBytes('seed.json', Buffer.from(nativeJsonText(FIXTURE_DOCS, NOW.toISOString())));
      await service.flush();
      const before = await libraryFiles(join(dir, 'lib'));
      const text = nativeJsonText(library(), NOW.toISOString());

      await onDisk(dir, 'cut.json', text.slice(0, Math.floor(text.length * 0.7)));
      const cut = await service.importAnnotationFile(join(dir, 'cut.json'), {}, LIMIT).then(() => expect.fail('imported'), toApiError);
      expect(cut.code).toBe('invalid-input');
      expect(cut.message).toMatch(/^cut\.json is not valid JSON \(it stops after \d+\.\d MB with its articles still open\) — it ends too early; was it cut short\? Nothing was imported\.$/);

      // The damage is in the last article, after three good ones: still nothing is written.
      const data = JSON.parse(text) as { articles: { annotations: { start: unknown }[] }[] };
      data.articles[3]!.annotations[1400]!.start = -1;
      const shape = await refusal(service, 'shape.json', await onDisk(dir, 'shape.json', JSON.stringify(data, null, 2)));
      expect(shape.message).toMatch(/^shape\.json is not a valid Newsmark export, nothing was imported\. articles\[3\]\.annotations\[1400\]\.start: /);

      const last = text.lastIndexOf('"note": ""');
      const garbled = await refusal(service, 'garbled.json', await onDisk(dir, 'garbled.json', `${text.slice(0, last)}"note": nonsense${text.slice(last + 10)}`));
      expect(garbled.message).toMatch(/^garbled\.json is not valid JSON \(articles\[3\]\.annotations, from item 1280: Unexpected token [\s\S]+\)\. Nothing was imported\.$/);

      const latin1 = Buffer.from(text.replace('"title": "', '"title": "caf\u00e9 '), 'latin1');
      expect((await refusal(service, 'latin1.json', await onDisk(dir, 'latin1.json', latin1))).code).toBe('bad-encoding');
      await service.flush();
      expect(await libraryFiles(join(dir, 'lib'))).toEqual(before);
      await service.close();
    });
  });

  it('keeps the limit for files that are not Newsmark backups', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(join(dir, 'lib'), { clock: () => NOW });
      const docs = library();
      const w3c = await onDisk(dir, 'peer.jsonld', JSON.stringify(w3cCollection(docs)));
      expect(await refusal(service, 'peer.jsonld', w3c)).toMatchObject({ code: 'too-large', message: expect.stringContaining('annotation files can be at most 0.1 MB') });
      // A native export not written as Newsmark writes its backups (compact) is not taken for one.
      const compact = await onDisk(dir, 'compact.json', JSON.stringify(JSON.parse(nativeJsonText(docs, NOW.toISOString()))));
      expect(await refusal(service, 'compact.json', compact)).toMatchObject({ code: 'too-large' });
      expect(await service.listArticles()).toEqual([]);
      await service.close();
    });
  });

  it('newsmark import reads a backup from disk and reports it; a cut one fails with status 1 and the reason', async () => {
    await withTempDir(async (dir) => {
      const text = nativeJsonText(library(), NOW.toISOString());
      const backup = join(dir, 'backup.json');
      const cut = join(dir, 'cut.json');
      await writeFile(backup, text);
      await writeFile(cut, text.slice(0, text.length - 100));
      const run = async (file: string) => {
        let stdout = '';
        let stderr = '';
        const io = { out: (t: string) => void (stdout += `${t}\n`), err: (t: string) => void (stderr += `${t}\n`), stdout: new Writable({ write: (_c, _e, done) => done() }), env: { NEWSMARK_LIBRARY: '' } };
        const code = await main(['import', file, '--library', join(dir, 'lib')], io);
        return { code, stdout, stderr };
      };
      expect(await run(cut)).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('cut.json is not valid JSON') });
      const ok = await run(backup);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain(`imported annotations  ${backup} (json): `);
      expect(ok.stdout).toContain('4 articles created');
    });
  });
});
