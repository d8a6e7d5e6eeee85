import { describe, expect, it } from 'vitest';
import { quoteAt } from '../anchoring/text-quote.js';
import type { Annotation, ArticleDocument } from '../model.js';
import { LibraryService } from '../service.js';
import { exportSchemaErrors } from '../testing/export-schema.js';
import { base64, withTempDir } from '../testing/temp-library.js';
import { applyNewVersion, isSameStory, versionCandidates } from './new-version.js';

const V1 = [
  'KYIV (Reuters) - The minister said the grain deal will be extended.',
  'Officials said talks would resume on Monday. Officials said nothing else.',
  'Exports reached 32 million tonnes last year, the ministry said.',
  'A spokesman declined to comment on the shipping insurance question.',
].join('\n\n');

const V2 = [
  'KYIV (Reuters) - Breaking update from the capital.',
  'KYIV (Reuters) - The minister said the grain deal will be extended.',
  'Officials said talks would resume on Tuesday. Officials said nothing else.',
  'Exports reached 33 million tonnes last year, the ministry said.',
].join('\n\n');

function annotation(text: string, exact: string, occurrence = 1): Annotation {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = text.indexOf(exact, start + 1);
  const end = start + exact.length;
  const at = '2026-01-01T00:00:00.000Z';
  return { id: `${exact}#${occurrence}`, kind: 'claim', start, end, quote: quoteAt(text, start, end), tags: [], note: '', fields: {}, origin: 'manual', createdAt: at, updatedAt: at };
}

function docWith(annotations: Annotation[]): ArticleDocument {
  const article = { id: 'a1', title: 'Grain', meta: { source: 'grain.txt' }, text: V1, contentHash: 'h1', importedAt: '2026-01-01T00:00:00.000Z' };
  return { article, annotations, relations: [] };
}

describe('applyNewVersion', () => {
  const doc = docWith([
    annotation(V1, 'The minister said the grain deal will be extended'),
    annotation(V1, 'Officials said', 2),
    annotation(V1, 'talks would resume on Monday'),
    annotation(V1, 'Exports reached 32 million tonnes'),
    annotation(V1, 'declined to comment on the shipping insurance question'),
  ]);
  const { next, update } = applyNewVersion(doc, { text: V2, contentHash: 'h2', meta: { source: 'grain.txt' } }, '2026-02-01T00:00:00.000Z');
  const byId = new Map(next.annotations.map((a) => [a.id, a]));

  it('keeps the old text as version 1 and makes the new one current', () => {
    expect(next.article).toMatchObject({ id: 'a1', text: V2, contentHash: 'h2', importedAt: '2026-02-01T00:00:00.000Z' });
    expect(next.article.versions).toEqual([{ version: 1, importedAt: '2026-01-01T00:00:00.000Z', text: V1, contentHash: 'h1' }]);
    expect(update).toMatchObject({ version: 2, carried: { exact: 0, moved: 2, changed: 2, orphaned: 1 } });
  });

  it('moves an unchanged quote, and lets prefix and suffix pick among repeated quotes', () => {
    const moved = byId.get('The minister said the grain deal will be extended#1')!;
    expect(moved.anchor).toEqual({ status: 'moved', version: 2 });
    expect(V2.slice(moved.start, moved.end)).toBe('The minister said the grain deal will be extended');
    const second = byId.get('Officials said#2')!;
    expect(second.anchor?.status).toBe('moved');
    expect(second.start).toBe(V2.lastIndexOf('Officials said'));
  });

  it('marks quotes edited by a few characters as changed, with the new text as their quote', () => {
    const day = byId.get('talks would resume on Monday#1')!;
    expect(day.anchor?.status).toBe('changed');
    expect(day.quote.exact).toBe(V2.slice(day.start, day.end));
    expect(day.quote.exact).toMatch(/^talks would resume on Tues?day$/);
    expect(byId.get('Exports reached 32 million tonnes#1')!.quote.exact).toBe('Exports reached 33 million tonnes');
  });

  it('keeps what it cannot place as orphaned, with its old offsets and quote', () => {
    const gone = byId.get('declined to comment on the shipping insurance question#1')!;
    expect(gone.anchor).toEqual({ status: 'orphaned', version: 2 });
    expect(gone.quote.exact).toBe('declined to comment on the shipping insurance question');
    expect(update.orphaned).toEqual([gone.id]);
  });

  it('counts the next version on from the history', () => {
    const third = applyNewVersion(next, { text: V1, contentHash: 'h1', meta: {} }, '2026-03-01T00:00:00.000Z');
    expect(third.update.version).toBe(3);
    expect(third.next.article.versions?.map((v) => v.version)).toEqual([1, 2]);
    const back = third.next.annotations.find((a) => a.id.startsWith('declined'))!;
    expect(back.anchor).toEqual({ status: 'exact', version: 3 });
  });
});

describe('finding the earlier version', () => {
  it('matches by URL first, then by file name, and only for the same story', () => {
    const summary = (id: string, meta: object) => ({ id, meta }) as never;
    const list: { id: string; meta: Record<string, string> }[] = [summary('x', { source: 'a.html', url: 'https://n.example/1' }), summary('y', { source: 'b.html' })];
    const lookup = ((field: string, value: string) => list.filter((a) => a.meta[field] === value)) as never;
    expect(versionCandidates(lookup, { url: 'https://n.example/1', source: 'b.html' }).map((a) => a.id)).toEqual(['x']);
    expect(versionCandidates(lookup, { source: 'b.html' }).map((a) => a.id)).toEqual(['y']);
    expect(versionCandidates(lookup, {})).toEqual([]);
    expect(isSameStory(V1, V2)).toBe(true);
    expect(isSameStory(V1, 'Football: the home side won three to nil after extra time.')).toBe(false);
  });
});

describe('new versions through the service', () => {
  it('updates the article with the same file name, carries annotations and keeps exports valid', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await service.importFile({ fileName: 'grain.txt', contentBase64: base64(V1) });
      const start = V1.indexOf('Exports reached 32');
      await service.createAnnotation({ articleId: article.id, kind: 'figure', start, end: start + 'Exports reached 32 million tonnes'.length });
      const orphanStart = V1.indexOf('declined to comment');
      const orphan = await service.createAnnotation({ articleId: article.id, kind: 'quote', start: orphanStart, end: orphanStart + 19 });

      const outcome = await service.importFile({ fileName: 'grain.txt', contentBase64: base64(V2) });
      expect(outcome).toMatchObject({ duplicate: false, article: { id: article.id }, update: { version: 2, orphaned: [orphan.id] } });
      expect(await service.listArticles()).toHaveLength(1);
      expect((await service.undo()).done).toBeNull();
      const doc = await service.getArticle({ id: article.id });
      expect(doc.article.text).toBe(V2);
      expect(doc.annotations.map((a) => a.anchor?.status).sort()).toEqual(['changed', 'orphaned']);
      const exported = JSON.parse((await service.exportJson({})).content);
      expect(exportSchemaErrors(exported)).toEqual([]);
      expect(exported.articles[0].versions[0].text).toBe(V1);

      const at = V2.indexOf('the ministry said');
      const placed = await service.placeAnnotation({ articleId: article.id, id: orphan.id, start: at, end: at + 17 });
      expect(placed).toMatchObject({ start: at, end: at + 17, quote: { exact: 'the ministry said' } });
      expect(placed.anchor).toBeUndefined();
      expect((await service.undo()).done?.label).toBe('Place annotation');

      const other = await service.importFile({ fileName: 'grain.txt', contentBase64: base64('Football: the home side won three to nil.') });
      expect(other.article.id).not.toBe(article.id);
      expect(other.update).toBeUndefined();
    });
  });

  it('updates the article the user picks, whatever the file is called', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await service.importFile({ fileName: 'first.txt', contentBase64: base64(V1) });
      const outcome = await service.importFile({ fileName: 'renamed.txt', contentBase64: base64(V2), updateOf: article.id });
      expect(outcome.update?.version).toBe(2);
      const doc = await service.getArticle({ id: article.id });
      expect(doc.article.meta.source).toBe('renamed.txt');
      expect(doc.article.versions?.[0]?.text).toBe(V1);
    });
  });
});
