// A native export of 100,000 annotations (the size a heavy annotator's backup reaches) imports
// into a real library and keeps every annotation; importing it again skips each one. How fast
// is measured in bench/import-annotations.bench.ts, not here.

import { describe, expect, it } from 'vitest';
import { buildNativeExport } from '../../export/native-json.js';
import { LibraryService } from '../../service.js';
import { articleWithAnnotations } from '../../testing/many-annotations.js';
import { base64, withTempDir } from '../../testing/temp-library.js';

const COUNT = 100_000;

describe('importing 100,000 annotations', () => {
  it('keeps every one of them, on disk, and skips them all the second time', async () => {
    await withTempDir(async (dir) => {
      const doc = articleWithAnnotations(COUNT);
      const upload = { fileName: 'backup.json', contentBase64: base64(JSON.stringify(buildNativeExport([doc], '2026-01-01T00:00:00.000Z'))) };
      const service = await LibraryService.open(dir);
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
