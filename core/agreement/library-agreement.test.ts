// Agreement through the service over a real library folder: two colleagues' brat files of the
// same story come in as their layers, and agreement compares them — the figures a user reads.

import { describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch.js';
import { LibraryService } from '../service.js';
import { STORY, attributionAnn } from '../testing/attribution-layers.js';
import { base64, withTempDir } from '../testing/temp-library.js';

async function importAs(service: LibraryService, annotator: string, ann: string) {
  return service.importBrat({
    textFileName: 'story.txt',
    textBase64: base64(STORY),
    annFileName: `story_${annotator}.ann`,
    annBase64: base64(ann),
    annotator,
  });
}

describe('agreement between two layers of a story', () => {
  it('compares the layers per kind, speaker and cue', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir, { annotator: 'lead' });
      try {
        await importAs(service, 'alice', attributionAnn([22, 51])); // "Hillary Clinton for president"
        await importAs(service, 'bob', attributionAnn([22, 37])); // "Hillary Clinton"
        const [article] = await service.listArticles();
        const report = await service.agreement({ articleId: article!.id });
        expect(report.scope).toEqual({ articleId: article!.id, considered: 1 });
        expect(report.annotators).toEqual(['alice', 'bob']); // the lead marked nothing: not an annotator here
        const [pair] = report.pairs;
        const row = (c: string) => pair!.categories.find((r) => r.category === c)!;
        expect([row('speaker').exactF1, row('cue').exactF1, row('quote').exactF1, row('quote').overlapF1]).toEqual([1, 1, 0, 1]);
        // 12 tokens; alice's quote covers 4, bob's 2: they agree on 10. pₒ = 10/12;
        // pₑ = (4·2 + 8·10)/12² = 88/144;  κ = (120 − 88)/(144 − 88) = 32/56
        expect(pair!.tokens).toBe(12);
        expect(row('quote').kappa).toBeCloseTo(32 / 56, 12);
        expect(row('claim')).toMatchObject({ exactF1: null, kappa: null, alphaU: null });
        expect(pair!.attribution).toMatchObject({ agrAB: 1, agrBA: 1, agr: 1 });
        expect(row('quote').alphaU!).toBeLessThan(1);
        expect(row('speaker').alphaU).toBe(1);
      } finally {
        await service.close();
      }
    });
  });

  it("counts the user's own annotations as one annotator, and says when a tag or an article is not there", async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir, { annotator: 'lead' });
      try {
        await importAs(service, 'alice', attributionAnn([22, 51]));
        const [article] = await service.listArticles();
        expect((await service.agreement({})).pairs).toEqual([]);
        await service.createAnnotation({ articleId: article!.id, kind: 'claim', start: 52, end: 79, tags: ['batch-1'] });
        const report = await service.agreement({ tag: 'Batch-1' });
        expect(report.annotators).toEqual(['alice', 'lead']);
        expect(report.pairs[0]!.categories.find((r) => r.category === 'claim')).toMatchObject({ spans: { a: 0, b: 1 }, exactF1: 0 });
        await expect(service.agreement({ tag: 'nope' })).rejects.toThrow('No article has an annotation tagged "nope".');
        await expect(service.agreement({ articleId: 'missing' })).rejects.toThrow('No article with the id "missing"');
      } finally {
        await service.close();
      }
    });
  });

  it('takes a folder import as a batch, and one scope at a time', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      try {
        await service.importFile({ fileName: 'story.txt', contentBase64: base64(STORY), batch: 'week-12' });
        await importAs(service, 'alice', attributionAnn([22, 51]));
        await importAs(service, 'bob', attributionAnn([22, 37]));
        const report = await service.agreement({ batch: 'week-12' });
        expect([report.scope, report.annotators]).toEqual([{ batch: 'week-12', considered: 1 }, ['alice', 'bob']]);
        await expect(service.agreement({ batch: 'week-13' })).rejects.toThrow('No article came in with a folder named "week-13".');
        const both = await dispatch(service, 'agreement', { tag: 'x', batch: 'week-12' });
        expect(both).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('agreement takes one of articleId, tag and batch') } });
      } finally {
        await service.close();
      }
    });
  });
});
