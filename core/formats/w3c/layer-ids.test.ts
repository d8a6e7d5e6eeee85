// Two layers holding copies of one annotation (Bob merged Alice's file before he had a name, then
// edited it; Alice imported his export as his layer): the W3C export gives every annotation and
// link an IRI of its own, each layer's links point at that layer's copies, and an import puts each
// copy back in its layer under the id it had.

import { describe, expect, it } from 'vitest';
import { LibraryService } from '../../service.js';
import { base64, withTempDir } from '../../testing/temp-library.js';
import { w3cViolations, SCHEMAS_FOUND } from './w3c-musts.js';

const TEXT = 'The mayor said the port handled 8.7 million containers. Critics said costs rose by 40% since 2019.';
const NOW = () => new Date('2026-05-01T10:00:00.000Z');
const open = (dir: string, annotator?: string) => LibraryService.open(dir, { clock: NOW, ...(annotator ? { annotator } : {}) });
const upload = (fileName: string, content: string) => ({ fileName, contentBase64: base64(content) });
const span = (exact: string) => ({ start: TEXT.indexOf(exact), end: TEXT.indexOf(exact) + exact.length });

describe('W3C ids across layers', () => {
  it('are unique in the export and come back to their layers with the ids they had', async () => {
    await withTempDir(async (aliceDir) => {
      await withTempDir(async (bobDir) => {
        await withTempDir(async (carolDir) => {
          // Alice, before she had a name, marks a quote and its speaker, linked.
          const nameless = await open(aliceDir);
          const { article } = await nameless.importText({ text: TEXT, title: 'Port story' });
          const quote = await nameless.createAnnotation({ articleId: article.id, kind: 'quote', ...span('the port handled 8.7 million containers') });
          const figure = await nameless.createAnnotation({ articleId: article.id, kind: 'figure', ...span('8.7 million containers') });
          const link = await nameless.createRelation({ articleId: article.id, from: figure.id, to: quote.id, type: 'supports' });
          const early = (await nameless.exportAs({ format: 'json' })).content;
          await nameless.close();

          // Bob merges her nameless file into his own and changes the note; his export names him.
          const bob = await open(bobDir, 'Bob');
          await bob.importAnnotations(upload('alice.json', early));
          await bob.updateAnnotation({ articleId: article.id, id: quote.id, note: 'Bob: check the port figures' });
          const bobsFile = (await bob.exportAs({ format: 'json' })).content;
          await bob.close();

          const alice = await open(aliceDir, 'Alice');
          expect(await alice.importAnnotations(upload('bob.json', bobsFile))).toMatchObject({ layers: ['Bob'] });
          const held = await alice.getArticle({ id: article.id });
          expect(held.layers![0]!.annotations.map((a) => a.id).sort()).toEqual(held.annotations.map((a) => a.id).sort());

          const w3c = JSON.parse((await alice.exportAs({ format: 'w3c' })).content) as { first: { items: Record<string, any>[] } };
          const items = w3c.first.items;
          expect(items).toHaveLength(6);
          const ids = items.map((i) => i.id as string);
          expect(new Set(ids).size).toBe(6);
          // Alice's own keep the plain IRIs; Bob's copies are qualified by article and layer.
          const mine = items.filter((i) => i['nm:layer'] === 'Alice');
          const bobs = items.filter((i) => i['nm:layer'] === 'Bob');
          expect(mine.map((i) => i.id)).toEqual(expect.arrayContaining([`urn:uuid:${quote.id}`, `urn:uuid:${link.id}`]));
          expect(bobs.every((i) => (i.id as string).startsWith(`urn:newsmark:copy:${article.id}:Bob:`))).toBe(true);
          // Each layer's link joins that layer's copies.
          const bobsLink = bobs.find((i) => i.motivation === 'linking')!;
          const bobsIds = new Set(bobs.map((i) => i.id));
          expect(bobsIds.has(bobsLink.body) && bobsIds.has(bobsLink.target.source)).toBe(true);
          if (SCHEMAS_FOUND) for (const item of bobs) expect(w3cViolations(item)).toEqual([]);

          // Into Carol's library (same story): each copy lands in its layer with its id and its note.
          const carol = await open(carolDir, 'Carol');
          const { article: hers } = await carol.importText({ text: TEXT, title: 'Port story' });
          await carol.importAnnotations({ ...upload('alice.jsonld', JSON.stringify(w3c)), intoArticleId: hers.id });
          const landed = await carol.getArticle({ id: hers.id });
          const layer = (name: string) => landed.layers!.find((l) => l.name === name)!;
          expect(landed.layers!.map((l) => l.name)).toEqual(['Alice', 'Bob']);
          for (const name of ['Alice', 'Bob']) {
            expect(layer(name).annotations.map((a) => a.id).sort()).toEqual([quote.id, figure.id].sort());
            expect(layer(name).relations).toEqual([expect.objectContaining({ id: link.id, from: figure.id, to: quote.id })]);
          }
          expect(layer('Bob').annotations.find((a) => a.id === quote.id)!.note).toBe('Bob: check the port figures');
          expect(layer('Alice').annotations.find((a) => a.id === quote.id)!.note).toBe('');
          await Promise.all([alice.close(), carol.close()]);
        });
      });
    });
  });
});
