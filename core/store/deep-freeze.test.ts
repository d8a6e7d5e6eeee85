// What the store holds is frozen, so code changing a stored annotation in place throws instead of
// writing nothing to the article's journal (an edit a kill would then lose). Checked through the
// real service on a library on disk: after opening, after a journalled edit, after a whole write.

import { describe, expect, it } from 'vitest';
import { LibraryService } from '../service.js';
import { base64, withTempDir } from '../testing/temp-library.js';

const TEXT = 'The port reopened on Friday after a week of strikes, the harbour master said.';

describe('the store holds its articles frozen', () => {
  it('refuses in-place changes to what it handed out, and every edit still reaches the disk', async () => {
    await withTempDir(async (dir) => {
      const first = await LibraryService.open(dir);
      const { article } = await first.importFile({ fileName: 'port.txt', contentBase64: base64(TEXT) });
      await first.createAnnotation({ articleId: article.id, kind: 'claim', start: 4, end: 8, note: 'opened' });
      await first.close();
      const service = await LibraryService.open(dir);
      try {
        const tryChanges = async () => {
          const doc = await service.getArticle({ id: article.id });
          const stored = doc.annotations.at(-1)!;
          expect(() => { (stored as { note: string }).note = 'changed in place'; }).toThrow(TypeError);
          expect(() => { (stored.quote as { exact: string }).exact = 'x'; }).toThrow(TypeError);
          expect(() => (stored.tags as string[]).push('x')).toThrow(TypeError);
        };
        await tryChanges(); // read from the file
        await service.createAnnotation({ articleId: article.id, kind: 'figure', start: 0, end: 3, note: 'journalled' });
        await tryChanges(); // after an edit that went to the journal
        await service.updateArticle({ id: article.id, title: 'Port reopens' });
        await tryChanges();
      } finally {
        await service.close();
      }
      const reopened = await LibraryService.open(dir);
      try {
        const doc = await reopened.getArticle({ id: article.id });
        expect(doc.annotations.map((a) => a.note)).toEqual(['journalled', 'opened']) // in the order of the text;
      } finally {
        await reopened.close();
      }
    });
  });
});
