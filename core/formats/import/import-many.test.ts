// A backup of 100,000 annotations as Newsmark writes it (53 MB, over the 50 MB limit for annotation
// files from elsewhere) imports into a real library and keeps every annotation; importing it again
// skips each one; the same size from elsewhere is refused. How fast is measured in
// bench/import-annotations.bench.ts, not here.

import { describe, expect, it } from 'vitest';
import { dispatch } from '../../api/dispatch.js';
import { MAX_ANNOTATION_FILE_BYTES } from '../../import/size-limits.js';
import { LibraryService } from '../../service.js';
import { articleWithAnnotations } from '../../testing/many-annotations.js';
import { base64, withTempDir } from '../../testing/temp-library.js';
import { nativeJsonText } from '../native.js';

const COUNT = 100_000;

describe('importing 100,000 annotations', () => {
  it('from a Newsmark backup over 50 MB: keeps every one of them, on disk, and skips them all the second time', async () => {
    await withTempDir(async (dir) => {
      const doc = articleWithAnnotations(COUNT);
      const backup = nativeJsonText([doc], '2026-01-01T00:00:00.000Z');
      expect(Buffer.byteLength(backup)).toBeGreaterThan(MAX_ANNOTATION_FILE_BYTES);
      const upload = { fileName: 'backup.json', contentBase64: base64(backup) };
      const service = await LibraryService.open(dir);
      const foreign = await dispatch(service, 'importAnnotations', { fileName: 'other.json', contentBase64: base64(` ${backup}`) });
      expect(foreign).toMatchObject({ ok: false, error: { code: 'too-large', message: expect.stringContaining('annotation files can be at most 50.0 MB') } });
      const first = await service.importAnnotations(upload);
      expect(first).toMatchObject({ added: COUNT, updated: 0, skipped: 0, articlesCreated: 1, report: { counts: { exact: COUNT } } });
      const again = await service.importAnnotations(upload);
      expect(again).toMatchObject({ added: 0, skipped: COUNT, articlesCreated: 0 });

      const stored = await (await LibraryService.open(dir)).getArticle({ id: doc.article.id });
      expect(stored.annotations).toHaveLength(COUNT);
      expect(new Set(stored.annotations.map((a) => a.id))).toEqual(new Set(doc.annotations.map((a) => a.id)));
      const last = stored.annotations.at(-1)!;
      expect(stored.article.text.slice(last.start, last.end)).toBe(last.quote.exact);
    });
  }, 60_000);
});
