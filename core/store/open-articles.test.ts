// The store keeps the article files it read open in memory, up to 64 of them and up to 150,000
// annotations together, the newest whatever its size. Huge articles edited in turn are let go
// and read again from disk: every edit must land on the article as it is on disk, journalled
// edits of a let-go article included, and all of them be there when the library is opened again.
// (Tried at a twentieth of the size, with the store's limit lowered to match.)

import { describe, expect, it } from 'vitest';
import { nativeJsonText } from '../formats/native.js';
import { LibraryService } from '../service.js';
import { articleWithAnnotations } from '../testing/many-annotations.js';
import { base64, withTempDir } from '../testing/temp-library.js';

const HUGE = 3_000;
/** Two of the articles fit, not three. */
const OPEN_ANNOTATIONS = 7_500;

describe('articles let go from memory and read again', { timeout: 60_000 }, () => {
  it('keeps every edit of three huge articles edited in turn, two of which fit in memory, across a reopen', async () => {
    await withTempDir(async (dir) => {
      const docs = ['a', 'b', 'c'].map((prefix) => articleWithAnnotations(HUGE, '2026-01-01T00:00:00.000Z', prefix));
      const service = await LibraryService.open(dir, { openAnnotations: OPEN_ANNOTATIONS });
      await service.importAnnotations({ fileName: 'huge.json', contentBase64: base64(nativeJsonText(docs, '2026-01-01T00:00:00.000Z')) });
      const ids = docs.map((d) => d.article.id);
      // Two rounds: in the second, each article is the one least recently used, let go by the others.
      const marked = new Map<string, string[]>(ids.map((id) => [id, []]));
      for (let round = 0; round < 2; round++) {
        for (const [i, id] of ids.entries()) {
          const created = await service.createAnnotation({ articleId: id, kind: 'claim', start: round * 10 + i, end: round * 10 + i + 5 });
          marked.get(id)!.push(created.id);
          await service.updateAnnotation({ articleId: id, id: created.id, note: `round ${round}` });
        }
      }
      for (const id of ids) {
        const doc = await service.getArticle({ id });
        expect(doc.annotations).toHaveLength(HUGE + 2);
        expect(marked.get(id)!.map((m) => doc.annotations.find((a) => a.id === m)?.note)).toEqual(['round 0', 'round 1']);
      }
      await service.close();

      const reopened = await LibraryService.open(dir, { openAnnotations: OPEN_ANNOTATIONS });
      for (const id of ids) {
        const doc = await reopened.getArticle({ id });
        expect(doc.annotations).toHaveLength(HUGE + 2);
        expect(marked.get(id)!.map((m) => doc.annotations.find((a) => a.id === m)?.note)).toEqual(['round 0', 'round 1']);
      }
      await reopened.close();
    });
  });
});
