// Annotators and layers over real library folders: the name set once in Settings is stamped on
// what the user marks; a colleague's export (native or W3C) becomes their layer of the same
// article, never merged into the user's own; layers survive export → import in every direction
// and appear in each export format's own field.

import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../model.js';
import { LibraryService } from '../service.js';
import { base64, withTempDir } from '../testing/temp-library.js';
import { exportSchemaErrors } from '../testing/export-schema.js';

const TEXT = 'The mayor said the port handled 8.7 million containers. Critics said costs rose by 40% since 2019.';
const NOW = () => new Date('2026-05-01T10:00:00.000Z');

async function session(dir: string, annotator?: string) {
  return LibraryService.open(dir, { clock: NOW, ...(annotator ? { annotator } : {}) });
}

/** A library holding the story with one quote by `name` (and returns the article id). */
async function annotated(dir: string, name: string, exact: string) {
  const service = await session(dir, name);
  const { article } = await service.importText({ text: TEXT, title: 'Port story' });
  const start = TEXT.indexOf(exact);
  await service.createAnnotation({ articleId: article.id, kind: 'quote', start, end: start + exact.length });
  return { service, id: article.id };
}

function upload(fileName: string, content: string) {
  return { fileName, contentBase64: base64(content) };
}

const spans = (doc: Pick<ArticleDocument, 'annotations'>) => doc.annotations.map((a) => a.quote.exact);

describe('annotators', () => {
  it('the name in Settings is kept in the library and stamped on new and edited annotations', async () => {
    await withTempDir(async (dir) => {
      const first = await session(dir);
      expect(await first.getSettings()).toEqual({ annotator: null, activeAnnotator: null, publisher: null });
      expect(await first.updateSettings({ annotator: 'Alice' })).toEqual({ annotator: 'Alice', activeAnnotator: 'Alice', publisher: null });
      const { article } = await first.importText({ text: TEXT });
      const made = await first.createAnnotation({ articleId: article.id, kind: 'figure', start: 32, end: 54 });
      expect(made).toMatchObject({ createdBy: 'Alice', updatedBy: 'Alice' });

      const reopened = await session(dir);
      expect((await reopened.getSettings()).annotator).toBe('Alice');
      const asBob = await session(dir, 'Bob');
      expect(await asBob.getSettings()).toEqual({ annotator: 'Alice', activeAnnotator: 'Bob', publisher: null });
      const edited = await asBob.updateAnnotation({ articleId: article.id, id: made.id, note: 'checked' });
      expect(edited).toMatchObject({ createdBy: 'Alice', updatedBy: 'Bob' });
      expect((await reopened.updateSettings({ annotator: null })).annotator).toBeNull();
    });
  });
});

describe('layers, not merges', () => {
  it("a colleague's native export becomes their layer; the user's own annotations stay as they were", async () => {
    await withTempDir(async (aliceDir) => {
      await withTempDir(async (bobDir) => {
        const alice = await annotated(aliceDir, 'Alice', 'The mayor said');
        const bob = await annotated(bobDir, 'Bob', 'Critics said');
        const bobsFile = await bob.service.exportAs({ format: 'json' });
        expect(JSON.parse(bobsFile.content).annotator).toBe('Bob');

        const outcome = await alice.service.importAnnotations(upload('bob.json', bobsFile.content));
        expect(outcome).toMatchObject({ added: 1, articlesCreated: 0, layers: ['Bob'] });
        const doc = await alice.service.getArticle({ id: alice.id });
        expect(spans(doc)).toEqual(['The mayor said']);
        expect(doc.layers).toEqual([expect.objectContaining({ name: 'Bob', role: 'annotator' })]);
        expect(spans(doc.layers![0]!)).toEqual(['Critics said']);
        expect((await alice.service.listArticles())[0]!.layers).toEqual(['Bob']);
        expect((await alice.service.importAnnotations(upload('bob.json', bobsFile.content))).skipped).toBe(1);
        expect((await alice.service.undo()).done?.label).toBe('Import annotations');
        expect((await alice.service.getArticle({ id: alice.id })).layers).toBeUndefined();
        await alice.service.redo();

        // Alice's export carries both; back in Bob's library his own merge and Alice's is a layer.
        const alicesFile = (await alice.service.exportAs({ format: 'json' })).content;
        expect(exportSchemaErrors(JSON.parse(alicesFile))).toEqual([]);
        const back = await bob.service.importAnnotations(upload('alice.json', alicesFile));
        expect(back).toMatchObject({ added: 1, skipped: 1, layers: ['Alice'] });
        const bobs = await bob.service.getArticle({ id: bob.id });
        expect(spans(bobs)).toEqual(['Critics said']);
        expect(bobs.layers?.map((l) => [l.name, spans(l)])).toEqual([['Alice', ['The mayor said']]]);
      });
    });
  });

  it("a colleague's W3C export becomes their layer, with who made each annotation", async () => {
    await withTempDir(async (aliceDir) => {
      await withTempDir(async (bobDir) => {
        const alice = await annotated(aliceDir, 'Alice', 'The mayor said');
        const bob = await annotated(bobDir, 'Bob', 'Critics said');
        const w3c = (await bob.service.exportAs({ format: 'w3c' })).content;
        expect(JSON.parse(w3c).first.items[0]).toMatchObject({ creator: { type: 'Person', name: 'Bob' }, 'nm:layer': 'Bob' });
        expect(await alice.service.importAnnotations(upload('bob.jsonld', w3c))).toMatchObject({ added: 1, layers: ['Bob'] });
        const doc = await alice.service.getArticle({ id: alice.id });
        expect(spans(doc)).toEqual(['The mayor said']);
        expect(doc.layers![0]!.annotations[0]).toMatchObject({ createdBy: 'Bob', updatedBy: 'Bob', quote: { exact: 'Critics said' } });
      });
    });
  });

  it('another tool\'s W3C annotations with a creator become that creator\'s layer', async () => {
    await withTempDir(async (dir) => {
      const alice = await annotated(dir, 'Alice', 'The mayor said');
      const hypothesis = [
        {
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          id: 'https://hypothes.is/a/1',
          type: 'Annotation',
          creator: 'acct:carol@hypothes.is',
          target: { source: 'https://elsewhere.example/x', selector: [{ type: 'TextQuoteSelector', exact: 'costs rose by 40%' }] },
        },
      ];
      expect(await alice.service.importAnnotations({ ...upload('h.json', JSON.stringify(hypothesis)), intoArticleId: alice.id })).toMatchObject({ added: 1, layers: ['acct:carol@hypothes.is'] });
      expect(spans(await alice.service.getArticle({ id: alice.id }))).toEqual(['The mayor said']);
    });
  });

  it('every export format says whose each annotation is, in its own field', async () => {
    await withTempDir(async (aliceDir) => {
      await withTempDir(async (bobDir) => {
        const alice = await annotated(aliceDir, 'Alice', 'The mayor said');
        const bob = await annotated(bobDir, 'Bob', 'Critics said');
        await alice.service.importAnnotations(upload('bob.json', (await bob.service.exportAs({ format: 'json' })).content));
        const as = async (format: 'label-studio' | 'jsonl' | 'csv') => (await alice.service.exportAs({ format })).content;

        const [task] = JSON.parse(await as('label-studio'));
        expect(task.annotations.map((a: { completed_by: unknown; result: { value: { text: string } }[] }) => [a.completed_by, a.result.map((r) => r.value.text)])).toEqual([
          [{ first_name: 'Alice' }, ['The mayor said']],
          [{ first_name: 'Bob' }, ['Critics said']],
        ]);
        const lines = (await as('jsonl')).trim().split('\n').map((l) => JSON.parse(l));
        expect(lines.map((l) => [l.annotator, l.label.length])).toEqual([['Alice', 1], ['Bob', 1]]);
        const rows = (await as('csv')).trim().split('\r\n').map((r) => r.split(','));
        const column = (name: string) => rows.slice(1).map((r) => r[rows[0]!.indexOf(name)]);
        expect(column('layer')).toEqual(['Alice', 'Bob']);
        expect(column('created_by')).toEqual(['Alice', 'Bob']);
      });
    });
  });
});
