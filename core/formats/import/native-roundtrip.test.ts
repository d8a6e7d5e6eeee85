// The native format loses nothing: export → import into an empty library → export gives the same
// bytes (the clock is fixed, so even exportedAt agrees), over random libraries with astral
// characters, overlapping spans, every field and links, who made each annotation, and other
// annotators' layers (kept apart: each comes back as the same layer).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LibraryService } from '../../service.js';
import { exportSchemaErrors } from '../../testing/export-schema.js';
import { base64, withTempDir } from '../../testing/temp-library.js';
import { nativeJsonText } from '../native.js';
import { libraryArbitrary, livedInLibraryArbitrary } from '../test-arbitraries.js';

const NOW = new Date('2026-02-03T04:05:06.007Z');

describe('native JSON round trip', () => {
  it('export → import into an empty library → export is byte-identical (property)', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArbitrary, async (docs) => {
        const exported = nativeJsonText(docs, NOW.toISOString());
        expect(exportSchemaErrors(JSON.parse(exported))).toEqual([]);
        await withTempDir(async (dir) => {
          const service = await LibraryService.open(dir, { clock: () => NOW });
          const outcome = await service.importAnnotations({ fileName: 'library.json', contentBase64: base64(exported) });
          const sets = docs.flatMap((d) => [d, ...(d.layers ?? [])]);
          const annotations = sets.reduce((n, d) => n + d.annotations.length, 0);
          const relations = sets.reduce((n, d) => n + d.relations.length, 0);
          const layers = [...new Set(docs.flatMap((d) => (d.layers ?? []).map((l) => l.name)))];
          expect(outcome).toMatchObject({ format: 'json', added: annotations + relations, updated: 0, skipped: 0, articlesCreated: docs.length, report: { counts: { exact: annotations, moved: 0, approximate: 0, notPlaced: 0 } }, layers: expect.arrayContaining(layers) });
          expect(outcome.layers).toHaveLength(layers.length);
          const again = await service.exportAs({ format: 'json' });
          expect(again.content).toBe(exported);
        });
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('round-trips libraries with new versions, orphans, carried linked spans and rejected suggestions (property)', async () => {
    const sample = fc.sample(livedInLibraryArbitrary, { numRuns: 60, seed: 10 }).flat();
    expect(sample.some((d) => d.annotations.some((a) => a.anchor?.status === 'orphaned')), 'the generator makes orphans').toBe(true);
    expect(sample.some((d) => (d.article.versions?.length ?? 0) >= 2), 'and articles with several versions').toBe(true);
    expect(sample.some((d) => d.annotations.some((a) => a.anchor && (a.fields.quote?.speaker?.span ?? a.fields.claim?.claimant?.span))), 'and carried linked spans').toBe(true);
    await fc.assert(
      fc.asyncProperty(livedInLibraryArbitrary, async (docs) => {
        const exported = nativeJsonText(docs, NOW.toISOString());
        expect(exportSchemaErrors(JSON.parse(exported))).toEqual([]);
        await withTempDir(async (dir) => {
          const service = await LibraryService.open(dir, { clock: () => NOW });
          const outcome = await service.importAnnotations({ fileName: 'library.json', contentBase64: base64(exported) });
          const orphans = docs.flatMap((d) => [d, ...(d.layers ?? [])]).reduce((n, d) => n + d.annotations.filter((a) => a.anchor?.status === 'orphaned').length, 0);
          expect(outcome.report).toMatchObject({ orphansKept: orphans, counts: { notPlaced: 0, approximate: 0, moved: 0 } });
          const again = await service.exportAs({ format: 'json' });
          expect(again.content).toBe(exported);
        });
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
