// A read of an article that is not yet open, running beside an edit of it (the window asks for
// the article while the user's first mark is being written), must never leave the library holding
// the article as it was before the edit: the next edit would start from it and drop the first.

import { describe, expect, it } from 'vitest';
import { LibraryService } from '../service.js';
import { base64, withTempDir } from '../testing/temp-library.js';

const TEXT = 'The port reopened on Friday after a week of strikes, the harbour master said.';

describe('a read beside an edit of an article not yet open', () => {
  it('keeps every edit, however the read and the write interleave', async () => {
    await withTempDir(async (dir) => {
      const first = await LibraryService.open(dir);
      const { article } = await first.importFile({ fileName: 'port.txt', contentBase64: base64(TEXT) });
      await first.close();
      let expected = 0;
      for (let round = 0; round < 12; round++) {
        const service = await LibraryService.open(dir);
        try {
          // Reads started before, with and after the edit, each a few turns of the event loop apart.
          const reads: Promise<unknown>[] = [];
          const edit = service.createAnnotation({ articleId: article.id, kind: 'claim', start: 4, end: 8, note: `round ${round}` });
          for (let i = 0; i < 8; i++) {
            reads.push(service.getArticle({ id: article.id }));
            for (let t = 0; t < round; t++) await new Promise((r) => setImmediate(r));
          }
          await Promise.all([edit, ...reads]);
          expected += 1;
          await service.createAnnotation({ articleId: article.id, kind: 'figure', start: 0, end: 3, note: `after ${round}` });
          expected += 1;
          expect((await service.getArticle({ id: article.id })).annotations).toHaveLength(expected);
        } finally {
          await service.close();
        }
      }
      const reopened = await LibraryService.open(dir);
      try {
        expect((await reopened.getArticle({ id: article.id })).annotations).toHaveLength(expected);
      } finally {
        await reopened.close();
      }
    });
  });
});
