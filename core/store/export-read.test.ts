// A streamed export (json, w3c) of a read-only library reads each article's annotations from its
// file as it writes them (sorted-annotations.ts) instead of holding them: what it writes must be
// byte for byte the export made from the documents in memory, whatever the file's order (ties,
// overlaps, emoji, orphans, layers, links, every kind and field, annotations written unlike the
// schema: keys in another order, defaults left out); an article whose journal holds
// annotation edits is read whole, with them; a damaged file is refused as before.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, ArticleDocument } from '../model.js';
import { LibraryService } from '../service.js';
import { livedInLibraryArbitrary } from '../formats/test-arbitraries.js';
import { withTempDir } from '../testing/temp-library.js';
import { LibraryStore } from './library-store.js';

const clock = () => new Date('2026-03-01T00:00:00.000Z');
const FORMATS = [{ format: 'json' as const }, { format: 'w3c' as const }, { format: 'w3c' as const, flat: true }];

/** The library's exports both ways: streamed from the files, and made whole from the documents (each by its own reader). */
async function bothWays(dir: string, articleIds?: string[]): Promise<{ streamed: string; whole: string }[]> {
  const out = [];
  for (const input of FORMATS) {
    const streamer = await LibraryService.open(dir, { readOnly: true, clock });
    const { chunks } = await streamer.exportChunks({ ...input, ...(articleIds ? { articleIds } : {}) });
    const streamed = [...chunks].join('');
    await streamer.close();
    const reader = await LibraryService.open(dir, { readOnly: true, clock });
    const { content: whole } = await reader.exportAs({ ...input, ...(articleIds ? { articleIds } : {}) });
    await reader.close();
    out.push({ streamed, whole });
  }
  return out;
}

/** As files from older Newsmarks hold some: keys in another order, `fields` and `origin` absent (the schema's defaults fill them in). */
function unlikeTheSchema(a: Annotation, i: number): Annotation {
  if (i % 3 === 1) return Object.fromEntries(Object.entries(a).reverse()) as unknown as Annotation;
  if (i % 3 === 2) {
    const { fields: _fields, origin: _origin, ...rest } = a;
    return rest as Annotation;
  }
  return a;
}

/** The documents with their own annotations in a scrambled order, two of them tied (same span, same time), some unlike the schema. */
function scrambled(docs: readonly ArticleDocument[], seed: number): ArticleDocument[] {
  return docs.map((doc) => {
    const annotations = doc.annotations.map(unlikeTheSchema);
    if (annotations[0]) annotations.push({ ...annotations[0], id: `${annotations[0].id}-twin` });
    for (let i = annotations.length - 1; i > 0; i -= 1) {
      const j = (seed * 7919 + i * 104729) % (i + 1);
      [annotations[i], annotations[j]] = [annotations[j]!, annotations[i]!];
    }
    return { ...doc, annotations };
  });
}

async function written(dir: string, docs: readonly ArticleDocument[]): Promise<void> {
  const store = await LibraryStore.open(dir, { clock });
  for (const doc of docs) await store.put(doc, '2026-02-01T00:00:00.000Z');
  await store.close();
}

describe('a streamed export read from the files', () => {
  it('gives the bytes of the export made from the documents, over random lived-in libraries in any file order', async () => {
    await fc.assert(
      fc.asyncProperty(livedInLibraryArbitrary, fc.nat(), async (docs, seed) => {
        await withTempDir(async (dir) => {
          await written(dir, scrambled(docs, seed));
          const reader = await LibraryStore.open(dir, { readOnly: true });
          expect((await reader.getForExport(docs[0]!.article.id)).sorted, 'the annotations are left in the file').toBeDefined();
          await reader.close();
          for (const { streamed, whole } of await bothWays(dir)) expect(streamed).toBe(whole);
        });
      }),
      { numRuns: 12 },
    );
  });

  it('reads an article whole, with its journal, when the journal holds annotation edits', async () => {
    await withTempDir(async (dir) => {
      const writer = await LibraryService.open(dir, { clock });
      const { article } = await writer.importFile({ fileName: 'port.txt', contentBase64: Buffer.from('The port 🚢 reopened on Friday, the harbour master said.').toString('base64') });
      await writer.createAnnotation({ articleId: article.id, kind: 'claim', start: 0, end: 8 });
      await writer.createAnnotation({ articleId: article.id, kind: 'figure', start: 4, end: 11 });
      const files = await readdir(join(dir, 'articles'));
      expect(files.some((f) => f.endsWith('.journal')), 'the edits are in the journal, the writer still open').toBe(true);
      const reader = await LibraryStore.open(dir, { readOnly: true });
      expect((await reader.getForExport(article.id)).annotations).toHaveLength(2);
      await reader.close();
      for (const { streamed, whole } of await bothWays(dir)) {
        expect(streamed).toBe(whole);
        expect(streamed).toContain('"start": 4');
      }
      await writer.close();
    });
  });

  it('leaves a damaged article out of a library export and refuses it by name, as before', async () => {
    await withTempDir(async (dir) => {
      const docs = scrambled([...fc.sample(livedInLibraryArbitrary.filter((d) => d.length > 1 && d[0]!.annotations.length > 1), { numRuns: 1, seed: 7 })[0]!], 3);
      await written(dir, docs);
      const damaged = docs[0]!.article.id;
      const path = join(dir, 'articles', `${damaged}.json`);
      const file = JSON.parse(await readFile(path, 'utf8')) as { annotations: { start: unknown }[] };
      file.annotations[1]!.start = 'twelve';
      await writeFile(path, JSON.stringify(file));
      const both = await bothWays(dir);
      for (const { streamed, whole } of both) expect(streamed).toBe(whole);
      expect(both[0]!.streamed).not.toContain(damaged);
      expect(both[0]!.streamed).toContain(docs[1]!.article.id);
      const service = await LibraryService.open(dir, { readOnly: true, clock });
      for (const { format } of FORMATS) {
        await expect(service.exportChunks({ format, articleIds: [damaged] })).rejects.toThrow(/could not be read \(unexpected content at annotations\.1\.start/);
      }
      await service.close();
      expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(file); // read-only: left as it is
    });
  });
});
