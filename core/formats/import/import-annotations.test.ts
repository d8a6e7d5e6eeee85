// importAnnotations over real library folders: merging (added / updated / skipped), articles found
// by id, text or quote, W3C annotations anchored exactly, approximately or not at all, and bad
// files refused with a message that names the problem, with nothing written.

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../api/dispatch.js';
import type { ArticleDocument } from '../../model.js';
import { LibraryService } from '../../service.js';
import { base64, withTempDir } from '../../testing/temp-library.js';
import { nativeJsonText } from '../native.js';
import { FIXTURE_DOCS } from '../test-fixture.js';
import { w3cAnnotations, w3cCollection } from '../w3c/export.js';
import { MAX_ANNOTATION_FILE_BYTES } from '../../import/size-limits.js';

const NOW = new Date('2026-03-01T00:00:00.000Z');
const [HARBOUR, NOTE] = FIXTURE_DOCS as [ArticleDocument, ArticleDocument];
const ANNOTATION_COUNT = HARBOUR.annotations.length + NOTE.annotations.length;
const LINK_COUNT = HARBOUR.relations.length;

function upload(fileName: string, value: unknown) {
  return { fileName, contentBase64: base64(typeof value === 'string' ? value : JSON.stringify(value)) };
}

function bare(doc: ArticleDocument): ArticleDocument {
  return { ...doc, annotations: [], relations: [] };
}

async function library(dir: string, docs: readonly ArticleDocument[] = []) {
  const service = await LibraryService.open(dir, { clock: () => NOW });
  if (docs.length) await service.importAnnotations(upload('seed.json', nativeJsonText(docs, NOW.toISOString())));
  await service.flush(); // the index is otherwise written a moment later
  return service;
}

async function filesIn(dir: string): Promise<Record<string, string>> {
  const names = await readdir(join(dir, 'articles'));
  const entries = await Promise.all(names.map(async (n) => [n, await readFile(join(dir, 'articles', n), 'utf8')]));
  const index = await readFile(join(dir, 'library.json'), 'utf8').catch(() => null);
  return Object.fromEntries([...entries, ['library.json', index]]);
}

describe('importing a Newsmark export', () => {
  it('creates unknown articles with their ids and reports what it did', async () => {
    await withTempDir(async (dir) => {
      const service = await library(dir);
      const outcome = await service.importAnnotations(upload('fixture.json', nativeJsonText(FIXTURE_DOCS, NOW.toISOString())));
      expect(outcome).toMatchObject({ format: 'json', added: ANNOTATION_COUNT + LINK_COUNT, updated: 0, skipped: 0, articlesCreated: 2, report: { counts: { exact: ANNOTATION_COUNT, moved: 0, approximate: 0, notPlaced: 0 } }, layers: [] });
      expect((await service.listArticles()).map((a) => a.id).sort()).toEqual([HARBOUR.article.id, NOTE.article.id]);
    });
  });

  it('merges into known articles: newer annotations update, the same or older are skipped, new ones are added', async () => {
    await withTempDir(async (dir) => {
      const service = await library(dir, FIXTURE_DOCS);
      const [first, second, ...rest] = HARBOUR.annotations;
      const newer = { ...first!, note: 'changed later', updatedAt: '2027-01-01T00:00:00.000Z' };
      const older = { ...second!, note: 'an old copy', updatedAt: '2000-01-01T00:00:00.000Z' };
      const added = { ...first!, id: 'brand-new', createdAt: NOW.toISOString() };
      const file = nativeJsonText([{ ...HARBOUR, annotations: [newer, older, ...rest, added] }], NOW.toISOString());
      const outcome = await service.importAnnotations(upload('again.json', file));
      expect(outcome).toMatchObject({ added: 1, updated: 1, skipped: rest.length + 1 + LINK_COUNT, articlesCreated: 0 });
      const stored = await service.getArticle({ id: HARBOUR.article.id });
      expect(stored.annotations.find((a) => a.id === first!.id)?.note).toBe('changed later');
      expect(stored.annotations.find((a) => a.id === second!.id)?.note).toBe('');
      expect((await service.undo()).done?.label).toBe('Import annotations');
    });
  });

  it('merges an article whose text is already in the library under another id into that article', async () => {
    await withTempDir(async (dir) => {
      const service = await library(dir, [bare(HARBOUR)]);
      const renamed = { ...HARBOUR, article: { ...HARBOUR.article, id: 'another-id' } };
      const outcome = await service.importAnnotations(upload('copy.json', nativeJsonText([renamed], NOW.toISOString())));
      expect(outcome).toMatchObject({ articlesCreated: 0, added: HARBOUR.annotations.length + LINK_COUNT, report: { counts: { exact: HARBOUR.annotations.length } } });
      expect(await service.listArticles()).toHaveLength(1);
      expect((await service.getArticle({ id: HARBOUR.article.id })).annotations).toHaveLength(HARBOUR.annotations.length);
    });
  });

  it('does not write an article that would not change', async () => {
    await withTempDir(async (dir) => {
      const service = await library(dir, FIXTURE_DOCS);
      const before = await filesIn(dir);
      const outcome = await service.importAnnotations(upload('same.json', nativeJsonText(FIXTURE_DOCS, NOW.toISOString())));
      expect(outcome).toMatchObject({ added: 0, updated: 0, skipped: ANNOTATION_COUNT + LINK_COUNT });
      await service.flush();
      expect(await filesIn(dir)).toEqual(before);
      expect((await service.undo()).done).toBeNull();
    });
  });
});

describe('importing W3C annotations', () => {
  it('puts our own W3C export back losslessly into a library holding the same articles', async () => {
    await withTempDir(async (dir) => {
      const service = await library(dir, FIXTURE_DOCS.map(bare));
      const outcome = await service.importAnnotations(upload('fixture.jsonld', w3cCollection(FIXTURE_DOCS)));
      expect(outcome).toMatchObject({ format: 'w3c', added: ANNOTATION_COUNT + LINK_COUNT, updated: 0, skipped: 0, articlesCreated: 0, report: { counts: { exact: ANNOTATION_COUNT, moved: 0, approximate: 0, notPlaced: 0 } }, layers: [] });
      const exported = await service.exportAs({ format: 'json' });
      expect(JSON.parse(exported.content)).toEqual(JSON.parse(nativeJsonText(FIXTURE_DOCS, NOW.toISOString())));
      const again = await service.importAnnotations(upload('flat.jsonld', w3cAnnotations(FIXTURE_DOCS)));
      expect(again).toMatchObject({ added: 0, skipped: ANNOTATION_COUNT + LINK_COUNT });
    });
  });

  it('finds the article by its quote when the source is unknown, and converts code points back', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir, { clock: () => NOW });
      const { article } = await service.importFile({ fileName: 'note.txt', contentBase64: base64(NOTE.article.text) });
      const outcome = await service.importAnnotations(upload('note.jsonld', w3cAnnotations([NOTE])));
      expect(outcome).toMatchObject({ added: NOTE.annotations.length, report: { counts: { exact: NOTE.annotations.length, notPlaced: 0 } } });
      const stored = await service.getArticle({ id: article.id });
      const spans = (doc: { annotations: { start: number; end: number }[] }) => doc.annotations.map((a) => [a.start, a.end]).sort((x, y) => x[0]! - y[0]!);
      expect(spans(stored)).toEqual(spans(NOTE));
    });
  });

  it('anchors edited passages approximately, reports what is gone as orphaned, and skips links it cannot place', async () => {
    await withTempDir(async (dir) => {
      const edited = HARBOUR.article.text
        .replace('HAMBURG, Sept 18', 'UPDATED 19 Sept. HAMBURG, Sept 18')
        .replace('costs had risen by 40% since 2019', 'costs have risen by 40 % since 2019')
        .replace('"Without this, the ships of 2030 simply will not reach us," ', '');
      const service = await library(dir, [{ ...bare(HARBOUR), article: { ...HARBOUR.article, text: edited, id: 'edited' } }]);
      const outcome = await service.importAnnotations(upload('harbour.jsonld', w3cCollection([HARBOUR])));
      expect(outcome.report.counts.approximate).toBe(1);
      expect(outcome.report.notPlaced).toEqual([
        { articleId: 'edited', articleTitle: HARBOUR.article.title, quote: HARBOUR.annotations.find((a) => a.kind === 'quote')!.quote.exact, reason: 'its quote was not found in the article' },
        { articleId: 'edited', articleTitle: HARBOUR.article.title, quote: '40%', reason: 'its quote was not found in the article' },
      ]);
      expect(outcome.report.counts).toMatchObject({ exact: 0, moved: HARBOUR.annotations.length - 3 });
      expect(outcome).toMatchObject({ added: HARBOUR.annotations.length - 2, skipped: 2 });
      const fuzzy = (await service.getArticle({ id: 'edited' })).annotations.find((a) => a.id === HARBOUR.annotations[0]!.id)!;
      expect(fuzzy.quote.exact).toBe(edited.slice(fuzzy.start, fuzzy.end));
      expect(fuzzy.quote.exact).toMatch(/^costs have risen by 40 ?%/);
      expect(outcome.report.approximate).toEqual([expect.objectContaining({ placedOn: fuzzy.quote.exact, articleTitle: HARBOUR.article.title })]);
    });
  });

  it('reads another tool\'s annotation: tags, comment, a stable id, and an orphan for a page note', async () => {
    await withTempDir(async (dir) => {
      const service = await library(dir, [bare(HARBOUR)]);
      const exact = 'voted 71 to 52';
      const start = HARBOUR.article.text.indexOf(exact);
      const hypothesis = [
        {
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          id: 'https://hypothes.is/a/AbC123',
          type: 'Annotation',
          motivation: 'commenting',
          created: '2025-10-01T09:00:00Z',
          body: [
            { type: 'TextualBody', purpose: 'tagging', value: 'vote' },
            { type: 'TextualBody', purpose: 'commenting', value: 'Check the minutes.' },
          ],
          target: [{ source: 'https://news.example.org/hamburg/harbour-vote?ref=rss', selector: [{ type: 'RangeSelector' }, { type: 'TextPositionSelector', start, end: start + exact.length }, { type: 'TextQuoteSelector', exact }] }],
        },
        { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://hypothes.is/a/PageNote', type: 'Annotation', bodyValue: 'A page note', target: 'https://news.example.org/hamburg/harbour-vote' },
      ];
      const outcome = await service.importAnnotations(upload('hypothesis.json', hypothesis));
      expect(outcome).toMatchObject({ added: 1, report: { counts: { exact: 1 }, notPlaced: [{ quote: '', reason: 'Newsmark cannot anchor it: it annotates a whole document, not a passage' }] } });
      const [a] = (await service.getArticle({ id: HARBOUR.article.id })).annotations;
      expect(a).toMatchObject({ kind: 'claim', start, tags: ['vote'], note: 'Check the minutes.', createdAt: '2025-10-01T09:00:00.000Z', fields: { claim: { status: 'unverified' } } });
      expect((await service.importAnnotations(upload('hypothesis.json', hypothesis))).skipped).toBe(1);
    });
  });
});

describe('bad annotation files', () => {
  const exported = nativeJsonText(FIXTURE_DOCS, NOW.toISOString());

  async function refused(input: { fileName: string; contentBase64: string }) {
    return withTempDir(async (dir) => {
      const service = await library(dir, [bare(NOTE)]);
      const before = await filesIn(dir);
      const result = await dispatch(service, 'importAnnotations', input);
      await service.flush();
      expect(await filesIn(dir)).toEqual(before);
      if (result.ok) throw new Error('expected the import to fail');
      return result.error;
    });
  }

  it('not JSON', async () => {
    expect(await refused(upload('notes.json', 'claims: many'))).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/^notes\.json is not valid JSON \(.*\)\. Nothing was imported\.$/) });
  });

  it('truncated', async () => {
    const error = await refused(upload('cut.json', exported.slice(0, exported.length / 2)));
    expect(error.message).toContain('it ends too early; was it cut short?');
  });

  it('not UTF-8', async () => {
    expect(await refused({ fileName: 'x.json', contentBase64: Buffer.from([0x7b, 0xff, 0x7d]).toString('base64') })).toMatchObject({ code: 'bad-encoding' });
  });

  it('too large, refused before decoding or parsing', async () => {
    const huge = { fileName: 'huge.json', contentBase64: 'A'.repeat(Math.ceil((100 * 1024 * 1024 * 4) / 3)) };
    const error = await refused(huge);
    expect(error).toEqual({ code: 'too-large', message: `huge.json is 100.0 MB; annotation files can be at most ${MAX_ANNOTATION_FILE_BYTES / 1024 / 1024}.0 MB.` });
    const started = performance.now();
    await withTempDir(async (dir) => dispatch(await LibraryService.open(dir), 'importAnnotations', huge));
    expect(performance.now() - started, 'the size is known from the base64 length alone').toBeLessThan(1_000);
  });

  it('nested absurdly deep, even far below what JSON.parse copes with', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect((await refused(upload('deep.json', deep))).message).toMatch(/^deep\.json nests more than 64 levels deep \(at \[0\]\[0\]/);
    const data = JSON.parse(exported);
    let inner: unknown = 'x';
    for (let i = 0; i < 80; i += 1) inner = { inner };
    data.articles[0].meta.links = inner;
    expect((await refused(upload('deep.json', data))).message).toContain('(at articles[0].meta.links.inner.inner');
  });

  it('an unknown schemaVersion', async () => {
    expect(await refused(upload('new.json', { ...JSON.parse(exported), schemaVersion: 2 }))).toEqual({
      code: 'unsupported-version',
      message: 'new.json was written by a newer Newsmark (schemaVersion 2; this one reads 1). Update Newsmark to import it.',
    });
    expect((await refused(upload('odd.json', { schemaVersion: 'one', articles: [] }))).code).toBe('unsupported-version');
  });

  it('the wrong shape, with the JSON path of each problem', async () => {
    const data = JSON.parse(exported);
    data.articles[0].annotations[3].start = 1.5;
    delete data.articles[1].annotations[0].kind;
    const error = await refused(upload('shape.json', data));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('shape.json is not a valid Newsmark export, nothing was imported.');
    expect(error.message).toContain('articles[0].annotations[3].start: expected an integer');
    expect(error.message).toContain('articles[1].annotations[0].kind: Invalid option');
  });

  it('spans and links that do not fit their article', async () => {
    const data = JSON.parse(exported);
    data.articles[0].annotations[0].quote.exact = 'something else';
    data.articles[0].annotations[1].end = 99_999;
    data.articles[0].relations[0].to = 'nobody';
    data.articles[0].id = '../escape';
    const { message } = await refused(upload('spans.json', data));
    expect(message).toContain('articles[0].id: an article id is 1 to 100 letters, digits, "-" or "_"');
    expect(message).toContain('articles[0].annotations[0]: quotes "something else" but the text there is "deepen the harbour channel 🚢 by 1.5 metres"');
    expect(message).toMatch(/articles\[0\]\.annotations\[1\]: span \d+-99999 lies outside the text/);
    expect(message).toContain('articles[0].relations[0].to: no annotation "nobody" in this article');
  });

  it('W3C annotations of the wrong shape', async () => {
    const collection = w3cCollection(FIXTURE_DOCS) as { first: { items: Record<string, unknown>[] } };
    const items = collection.first.items;
    (items[1]!.target as { selector: Record<string, unknown>[] }).selector[0]!.exact = 5;
    (items[2]!.target as { selector: Record<string, unknown>[] }).selector[1]!.end = -1;
    items[3]!['nm:fields'] = { claim: { status: 'maybe', claimant: null, evidence: [], verdict: '' } };
    items[4] = { type: 'Note' };
    const { message } = await refused(upload('w3c.jsonld', collection));
    expect(message).toContain('w3c.jsonld is not a valid W3C annotation file, nothing was imported.');
    expect(message).toContain('first.items[1].target.selector[0].exact: expected a string');
    expect(message).toContain('first.items[2].target.selector[1].end: expected an integer ≥ start');
    expect(message).toContain('first.items[3]["nm:fields"].claim.status: Invalid option');
    expect(message).toContain('first.items[4].type: expected an Annotation (type "Annotation")');
  });

  it('JSON that is neither format', async () => {
    expect(await refused(upload('other.json', { hello: 'world' }))).toMatchObject({ code: 'unsupported-format', message: expect.stringContaining('neither a Newsmark export') });
    expect((await refused(upload('pages.jsonld', { type: 'AnnotationCollection', first: 'https://example.org/page1' }))).message).toContain('first: the first page is not in the file');
  });
});
