// The disagreement finder on hand-built layers (each kind of disagreement, agreements left out,
// pairing by same span before overlap), and curation through the real service on a real library:
// decisions go into the curated layer (seeded with what both agree on), are undoable, refuse what
// is not open, and the curated layer exports like any other layer.

import { describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch.js';
import type { Annotation, Kind } from '../model.js';
import { LibraryService } from '../service.js';
import { base64, withTempDir } from '../testing/temp-library.js';
import { exportSchemaErrors } from '../testing/export-schema.js';
import { compareLayers } from './disagreements.js';

const TEXT = 'The mayor said the port handled 8.7 million containers. Critics said costs rose by 40% since 2019.';
const at = (exact: string) => ({ start: TEXT.indexOf(exact), end: TEXT.indexOf(exact) + exact.length });

let serial = 0;
function mark(kind: Kind, exact: string, speaker?: string): Annotation {
  const { start, end } = at(exact);
  const fields = kind === 'quote' ? { quote: { speaker: speaker ? { name: speaker } : null, form: null, cue: '' } } : {};
  return { id: `x${(serial += 1)}`, kind, start, end, quote: { exact, prefix: '', suffix: '' }, tags: [], note: '', fields, origin: 'manual', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
}

describe('compareLayers', () => {
  it('finds each kind of disagreement, in text order, and leaves agreements out', () => {
    const a = [
      mark('quote', 'the port handled 8.7 million containers', 'The mayor'), // agreed
      mark('figure', '8.7 million'), // bounds (B: "8.7 million containers")
      mark('claim', 'costs rose by 40%'), // kind (B: quote)
      mark('claim', 'since 2019'), // only in A
    ];
    const b = [
      mark('quote', 'the port handled 8.7 million containers', 'the mayor'),
      mark('figure', '8.7 million containers'),
      mark('quote', 'costs rose by 40%'),
      mark('claim', 'Critics said'), // only in B
    ];
    const { agreed, disagreements } = compareLayers(a, b);
    expect(agreed.map(([x, y]) => [x.quote.exact, y.quote.exact])).toEqual([['the port handled 8.7 million containers', 'the port handled 8.7 million containers']]);
    expect(disagreements.map((d) => [d.type, d.a?.quote.exact ?? null, d.b?.quote.exact ?? null])).toEqual([
      ['bounds', '8.7 million', '8.7 million containers'],
      ['only-b', null, 'Critics said'],
      ['kind', 'costs rose by 40%', 'costs rose by 40%'],
      ['only-a', 'since 2019', null],
    ]);
    expect(new Set(disagreements.map((d) => d.key)).size).toBe(4);
  });

  it('tells a different speaker on the same quote, and pairs the same span before an overlapping one', () => {
    const quoteA = mark('quote', 'the port handled 8.7 million containers', 'The mayor');
    const quoteB = mark('quote', 'the port handled 8.7 million containers', 'Critics');
    const longer = mark('quote', 'said the port handled 8.7 million containers');
    const { disagreements } = compareLayers([quoteA], [longer, quoteB]);
    expect(disagreements.map((d) => [d.type, d.b?.quote.exact])).toEqual([
      ['only-b', 'said the port handled 8.7 million containers'],
      ['speaker', 'the port handled 8.7 million containers'],
    ]);
    expect(compareLayers([], []).disagreements).toEqual([]);
  });
});

describe('curation through the service', () => {
  it('takes A, B, both or neither into the curated layer, undoably, and the curated layer exports', async () => {
    await withTempDir(async (aliceDir) => {
      await withTempDir(async (bobDir) => {
        const alice = await LibraryService.open(aliceDir, { annotator: 'Alice' });
        const { article } = await alice.importText({ text: TEXT, title: 'Port story' });
        const id = article.id;
        for (const [kind, exact] of [['quote', 'the port handled 8.7 million containers'], ['figure', '8.7 million'], ['claim', 'since 2019']] as const) {
          await alice.createAnnotation({ articleId: id, kind, ...at(exact) });
        }
        const bob = await LibraryService.open(bobDir, { annotator: 'Bob' });
        const his = (await bob.importText({ text: TEXT, title: 'Port story' })).article.id;
        for (const [kind, exact] of [['quote', 'the port handled 8.7 million containers'], ['figure', '8.7 million containers'], ['claim', 'Critics said']] as const) {
          await bob.createAnnotation({ articleId: his, kind, ...at(exact) });
        }
        await alice.importAnnotations({ fileName: 'bob.json', contentBase64: base64((await bob.exportAs({ format: 'json' })).content) });
        const doc = await alice.getArticle({ id });
        const { disagreements } = compareLayers(doc.annotations, doc.layers![0]!.annotations);
        expect(disagreements.map((d) => d.type)).toEqual(['bounds', 'only-b', 'only-a']);
        const [bounds, onlyB, onlyA] = disagreements;

        // The first decision seeds the curated layer with the agreed quote; B's bounds are taken.
        const first = await alice.takeIntoCuration({ articleId: id, a: '', b: 'Bob', item: bounds!.key, take: 'b' });
        expect(first).toMatchObject({ name: 'curated', role: 'curation' });
        expect(first.annotations.map((a) => a.quote.exact)).toEqual(['the port handled 8.7 million containers', '8.7 million containers']);
        await alice.takeIntoCuration({ articleId: id, a: '', b: 'Bob', item: onlyB!.key, take: 'neither' });
        const both = await alice.takeIntoCuration({ articleId: id, a: '', b: 'Bob', item: onlyA!.key, take: 'both' });
        expect(both.annotations.map((a) => a.quote.exact)).toEqual(['the port handled 8.7 million containers', '8.7 million containers', 'since 2019']);
        // Taken twice, still once; copies get ids of their own.
        const again = await alice.takeIntoCuration({ articleId: id, a: '', b: 'Bob', item: onlyA!.key, take: 'a' });
        expect(again.annotations).toHaveLength(3);
        expect(again.annotations.map((a) => a.id)).not.toContain(onlyA!.a!.id);

        expect((await alice.undo()).done?.label).toBe("Curate: take A's");
        expect((await alice.undo()).done?.label).toBe('Curate: take both');
        expect((await alice.getArticle({ id })).layers!.find((l) => l.name === 'curated')!.annotations).toHaveLength(2);
        await alice.redo();

        // What is not open is refused with a message, and changes nothing.
        const stale = await dispatch(alice, 'takeIntoCuration', { articleId: id, a: '', b: 'Bob', item: 'bounds:nope:nope', take: 'a' });
        expect(stale).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/not open between these layers/) } });
        expect(await dispatch(alice, 'takeIntoCuration', { articleId: id, a: '', b: 'Carol', item: bounds!.key, take: 'a' })).toMatchObject({ ok: false, error: { message: 'This article has no layer "Carol".' } });
        expect(await dispatch(alice, 'takeIntoCuration', { articleId: id, a: 'Bob', b: 'Bob', item: bounds!.key, take: 'a' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
        expect(await dispatch(alice, 'takeIntoCuration', { articleId: id, a: '', b: 'Bob', item: bounds!.key, take: 'all' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

        // The curated layer exports like any other: in the native export and in W3C.
        const native = JSON.parse((await alice.exportAs({ format: 'json' })).content);
        expect(exportSchemaErrors(native)).toEqual([]);
        const curated = native.articles[0].layers.find((l: { name: string }) => l.name === 'curated');
        expect(curated.role).toBe('curation');
        expect(curated.annotations.map((a: Annotation) => a.quote.exact)).toEqual(['the port handled 8.7 million containers', '8.7 million containers', 'since 2019']);
        const w3c = JSON.parse((await alice.exportAs({ format: 'w3c' })).content).first.items as Record<string, unknown>[];
        expect(w3c.filter((i) => i['nm:layerRole'] === 'curation')).toHaveLength(3);
        // And back: a fresh library gets the curated layer from the export.
        await withTempDir(async (carolDir) => {
          const carol = await LibraryService.open(carolDir, { annotator: 'Carol' });
          await carol.importAnnotations({ fileName: 'alice.json', contentBase64: base64(JSON.stringify(native)) });
          const [listed] = await carol.listArticles();
          const back = await carol.getArticle({ id: listed!.id });
          expect(back.layers!.find((l) => l.name === 'curated')).toMatchObject({ role: 'curation', annotations: expect.arrayContaining([expect.anything()]) });
          await carol.close();
        });
        await Promise.all([alice.close(), bob.close()]);
      });
    });
  });
});
