// doccano JSONL and Label Studio JSON back into a real library on disk: export → import into an
// empty library → export gives the same spans, speakers, claimants and links; importing again
// adds nothing; a colleague's lines become their layer; labels map to kinds by name or by a
// mapping file; bad files are refused whole, with where and why, and unknown labels are listed.

import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../index.js';
import { LibraryService } from '../../service.js';
import { FIXTURE_DOCS, FIXTURE_EXPORTED_AT } from '../test-fixture.js';
import { base64, withTempDir } from '../../testing/temp-library.js';
import type { ArticleDocument } from '../../model.js';

type PeerFormat = 'jsonl' | 'jsonl-relations' | 'label-studio';
const FILE_NAMES: Record<PeerFormat, string> = { jsonl: 'x.jsonl', 'jsonl-relations': 'x.relations.jsonl', 'label-studio': 'x.label-studio.json' };

function exported(format: PeerFormat, docs: readonly ArticleDocument[] = FIXTURE_DOCS): string {
  return EXPORT_FORMATS[format].export(docs, { exportedAt: FIXTURE_EXPORTED_AT });
}

async function withLibrary<T>(run: (service: LibraryService) => Promise<T>): Promise<T> {
  return withTempDir(async (dir) => {
    const service = await LibraryService.open(dir);
    try {
      return await run(service);
    } finally {
      await service.close();
    }
  });
}

const upload = (fileName: string, content: string) => ({ fileName, contentBase64: base64(content) });

/** What an export says about spans and links, without ids (a new library makes its own). */
function spansOf(format: PeerFormat, content: string): unknown {
  if (format === 'label-studio') {
    return (JSON.parse(content) as { data: { newsmark_id: string }; annotations: { result: { type: string; value?: unknown; from_id?: string; to_id?: string; labels?: string[] }[] }[] }[]).map((task) => {
      const result = task.annotations[0]!.result;
      const where = new Map(result.filter((r) => r.value).map((r) => [r.from_id ?? (r as { id?: string }).id, r.value]));
      return { id: task.data.newsmark_id, spans: result.filter((r) => r.value).map((r) => r.value), links: result.filter((r) => r.type === 'relation').map((r) => [where.get(r.from_id), where.get(r.to_id), r.labels]) };
    });
  }
  return content.trimEnd().split('\n').map((l) => {
    const line = JSON.parse(l);
    const entities = (line.entities ?? []).map((e: { label: string; start_offset: number; end_offset: number }) => [e.label, e.start_offset, e.end_offset]);
    const byId = new Map((line.entities ?? []).map((e: { id: number; label: string; start_offset: number }) => [e.id, `${e.label}@${e.start_offset}`]));
    const relations = (line.relations ?? []).map((r: { from_id: number; to_id: number; type: string }) => [byId.get(r.from_id), byId.get(r.to_id), r.type]);
    return { id: line.id, label: line.label, entities, relations };
  });
}

describe('doccano and Label Studio files back into the library', () => {
  for (const format of ['jsonl', 'jsonl-relations', 'label-studio'] as const) {
    it(`${format}: export → import into an empty library → export gives the same spans and links; again adds nothing`, async () => {
      const first = exported(format);
      await withLibrary(async (service) => {
        const outcome = await service.importAnnotations(upload(FILE_NAMES[format], first));
        expect(outcome).toMatchObject({ format: format === 'label-studio' ? 'label-studio' : 'doccano', articlesCreated: 2, skipped: 0 });
        expect(outcome.report.counts).toMatchObject({ exact: 12, notPlaced: 0 });
        const again = (await service.exportAs({ format })).content;
        expect(spansOf(format, again)).toEqual(spansOf(format, first));
        const articles = await service.listArticles();
        expect(articles.map((a) => a.title).sort()).toEqual(FIXTURE_DOCS.map((d) => d.article.title).sort());
        expect((await service.importAnnotations(upload(FILE_NAMES[format], first))).added).toBe(0);
      });
    });
  }

  it('a peer file naming annotations the library holds keeps their notes and fields; new ones carry the time of the import', async () => {
    const before = Date.now();
    await withLibrary(async (service) => {
      await service.importAnnotations(upload('x.json', EXPORT_FORMATS.json.export(FIXTURE_DOCS, { exportedAt: FIXTURE_EXPORTED_AT })));
      const stored = (await service.getArticle({ id: FIXTURE_DOCS[0]!.article.id })).annotations;
      expect(stored.some((a) => a.note !== '')).toBe(true);
      for (const format of ['jsonl-relations', 'label-studio'] as const) {
        // The peer's copy is written later than the stored one and has no notes: it must not win.
        expect(await service.importAnnotations(upload(FILE_NAMES[format], exported(format)))).toMatchObject({ added: 0, updated: 0 });
        expect((await service.getArticle({ id: FIXTURE_DOCS[0]!.article.id })).annotations).toEqual(stored);
      }
    });
    await withLibrary(async (service) => {
      await service.importAnnotations(upload('x.jsonl', exported('jsonl-relations')));
      const doc = await service.getArticle({ id: FIXTURE_DOCS[0]!.article.id });
      expect(doc.annotations.length).toBeGreaterThan(0);
      for (const a of doc.annotations) expect(Date.parse(a.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    });
  });

  it('speakers, claimants and links come back as fields and links of the annotations', async () => {
    await withLibrary(async (service) => {
      await service.importAnnotations(upload('x.jsonl', exported('jsonl-relations')));
      const doc = await service.getArticle({ id: FIXTURE_DOCS[0]!.article.id });
      const quote = doc.annotations.find((a) => a.quote.exact.startsWith('"Without this'))!;
      expect(quote.fields.quote?.speaker).toEqual({ name: 'Anja Köhler', span: expect.objectContaining({ exact: 'Anja Köhler' }) });
      const claim = doc.annotations.find((a) => a.quote.exact === 'costs had risen by 40% since 2019')!;
      expect(claim.fields.claim?.claimant?.span?.exact).toBe('the Green group');
      expect(doc.relations.map((r) => r.type).sort()).toEqual(['about', 'supports']);
    });
  });

  it('a line or annotation that names its annotator becomes their layer', async () => {
    const text = 'Ship 🚢 sails, the mayor said.';
    const doccano = `${JSON.stringify({ text, annotator: 'Bob', label: [[7, 12, 'claim']] })}\n${JSON.stringify({ text, label: [[14, 23, 'Quote']] })}\n`;
    const studio = [{ data: { text }, annotations: [{ completed_by: { first_name: 'Cleo', last_name: 'Park', email: 'c@example.org' }, result: [{ id: 'r1', type: 'labels', from_name: 'label', to_name: 'text', value: { start: 7, end: 12, text: 'sails', labels: ['Figure'] } }] }] }];
    await withLibrary(async (service) => {
      expect(await service.importAnnotations(upload('bob.jsonl', doccano))).toMatchObject({ added: 2, layers: ['Bob'], articlesCreated: 1 });
      expect(await service.importAnnotations(upload('cleo.json', JSON.stringify(studio)))).toMatchObject({ added: 1, layers: ['Cleo Park'], articlesCreated: 0 });
      const [summary] = await service.listArticles();
      const doc = await service.getArticle({ id: summary!.id });
      expect(doc.annotations.map((a) => [a.kind, a.quote.exact])).toEqual([['quote', 'the mayor']]);
      expect(doc.layers?.map((l) => [l.name, l.annotations.map((a) => [a.kind, a.quote.exact])])).toEqual([
        ['Bob', [['claim', 'sails']]],
        ['Cleo Park', [['figure', 'sails']]],
      ]);
    });
  });

  it('lists labels and link types it cannot map, and a mapping file maps them', async () => {
    const text = 'The Finance Ministry said costs rose by 40%.';
    const line = { text, entities: [{ id: 1, label: 'ORG', start_offset: 4, end_offset: 20 }, { id: 2, label: 'Named Figure', start_offset: 40, end_offset: 43 }], relations: [{ id: 1, from_id: 2, to_id: 1, type: 'backs' }] };
    await withLibrary(async (service) => {
      const plain = await service.importAnnotations(upload('x.jsonl', `${JSON.stringify(line)}\n`));
      expect(plain.notices).toEqual([
        'spans with labels that name no kind (claim, quote, figure, or a mapping file\'s) came in as claims tagged label:<label>, so an export writes that label again: ORG 1, Named Figure 1',
        'links with labels that name no link type (said-by, supports, contradicts, about, same-as) were left out: backs 1',
      ]);
      const relabelled = (await service.exportAs({ format: 'jsonl-relations' })).content;
      expect(JSON.parse(relabelled).entities.map((e: { label: string }) => e.label)).toEqual(['ORG', 'Named Figure']);
    });
    await withLibrary(async (service) => {
      const mapping = { fileName: 'map.json', json: JSON.stringify({ entities: { 'named figure': { kind: 'figure' }, ORG: { kind: 'claim', tags: ['org'] } }, relations: { Backs: 'supports' } }) };
      const mapped = await service.importAnnotations({ ...upload('x.jsonl', `${JSON.stringify(line)}\n`), mapping });
      expect(mapped.notices).toBeUndefined();
      const [summary] = await service.listArticles();
      const doc = await service.getArticle({ id: summary!.id });
      expect(doc.annotations.map((a) => [a.kind, a.quote.exact, a.tags])).toEqual([['claim', 'Finance Ministry', ['org']], ['figure', '40%', []]]);
      expect(doc.relations.map((r) => r.type)).toEqual(['supports']);
      expect(doc.annotations[1]!.fields.figure?.value).toBe(40);
    });
  });

  it('refuses a bad file whole, saying where and why, and writes nothing', async () => {
    const text = 'Short text.';
    const cases: [string, string, RegExp][] = [
      ['out.jsonl', `${JSON.stringify({ text, label: [[0, 5, 'CLAIM'], [6, 99, 'CLAIM']] })}\n`, /out\.jsonl is not a valid doccano JSONL file, nothing was imported\. line\[1\]\.label\[1\]: span 6-99 lies outside the text \(11 characters, counted in code points\)/],
      ['shape.jsonl', `${JSON.stringify({ text, label: ['POSITIVE'] })}\n{"text": 1}\n`, /line\[1\]\.label\[0\]: expected \[start, end, "LABEL"\] \(this looks like a text-classification project.*line\[2\]: expected a doccano line/],
      ['cut.jsonl', `${JSON.stringify({ text, label: [] })}\n{"text": "x", "lab`, /cut\.jsonl line 2 is not valid JSON .*cut short/],
      ['dangling.jsonl', `${JSON.stringify({ text, entities: [{ id: 1, label: 'CLAIM', start_offset: 0, end_offset: 5 }], relations: [{ id: 1, from_id: 1, to_id: 7, type: 'supports' }] })}\n`, /line\[1\]\.relations\[0\]: links "1" to "7", but 7 is no span of this document/],
      ['ls.json', JSON.stringify([{ data: { body: text }, annotations: [] }]), /\[0\]\.data\.text: missing \(expected the text/],
      ['ls2.json', JSON.stringify([{ data: { text }, annotations: [{ result: [{ type: 'labels', value: { start: -1, end: 3, labels: ['Claim'] } }] }] }]), /\[0\]\.annotations\[0\]\.result\[0\]: span -1-3 lies outside the text/],
    ];
    await withLibrary(async (service) => {
      for (const [name, content, message] of cases) await expect(service.importAnnotations(upload(name, content)), name).rejects.toThrow(message);
      expect(await service.listArticles()).toEqual([]);
    });
  });
});
