// Kind-specific fields, relations and undo/redo, through the service over a real library folder.

import { describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch.js';
import { LibraryService } from '../service.js';
import { exportSchemaErrors } from '../testing/export-schema.js';
import { storedArticle } from '../testing/stored-article.js';
import { base64, withTempDir } from '../testing/temp-library.js';

const STORY = [
  'date 2020-07-23 MOSCOW, July 23. /TASS/. Russian Ambassador Anatoly Antonov said bilateral trade amounted to $28 billion in 2019.',
  '',
  '"We can do much more," Antonov told reporters. Washington sent 200 lung ventilators on June 1.',
].join('\n');

async function setUp(dir: string) {
  const service = await LibraryService.open(dir);
  const { article } = await service.importFile({ fileName: 'story.txt', contentBase64: base64(STORY) });
  const { text } = (await service.getArticle({ id: article.id })).article;
  const span = (phrase: string) => {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`missing ${phrase}`);
    return { start, end: start + phrase.length };
  };
  const mark = (kind: 'claim' | 'quote' | 'figure', phrase: string) => service.createAnnotation({ articleId: article.id, kind, ...span(phrase) });
  return { service, articleId: article.id, text, span, mark };
}

/** What is on disk: the article file and its journal, read from the folder. */
// Read like the JSON it is, as the assertions below do.
const stored = async (dir: string, articleId: string): Promise<any> => storedArticle(dir, articleId);

describe('kind-specific fields', () => {
  it('reads a figure from its text when it is marked, resolving dates against the article date', async () => {
    await withTempDir(async (dir) => {
      const { mark } = await setUp(dir);
      expect((await mark('figure', '$28 billion')).fields.figure).toMatchObject({ value: 28_000_000_000, unit: 'USD', scale: 'billion' });
      expect((await mark('figure', '200 lung ventilators')).fields.figure).toMatchObject({ value: 200, unit: 'ventilators' });
      expect((await mark('figure', 'June 1')).fields.figure).toMatchObject({ kind: 'date', date: '2020-06-01' });
    });
  });

  it('starts a claim unverified and a quote in direct form when it opens with a quote mark', async () => {
    await withTempDir(async (dir) => {
      const { mark } = await setUp(dir);
      expect((await mark('claim', 'bilateral trade amounted to $28 billion in 2019')).fields.claim).toEqual({
        status: 'unverified',
        claimant: null,
        evidence: [],
        verdict: '',
      });
      expect((await mark('quote', '"We can do much more,"')).fields.quote).toEqual({ speaker: null, form: 'direct', cue: '' });
    });
  });

  it('saves a quote speaker linked to the span that names him, with form and cue', async () => {
    await withTempDir(async (dir) => {
      const { service, articleId, span, mark } = await setUp(dir);
      const quote = await mark('quote', '"We can do much more,"');
      await service.updateAnnotation({
        articleId,
        id: quote.id,
        fields: { quote: { speaker: { name: 'Anatoly Antonov', span: span('Anatoly Antonov') }, cue: 'told' } },
      });
      const saved = (await stored(dir, articleId)).annotations[0];
      expect(saved.fields.quote).toEqual({
        speaker: { name: 'Anatoly Antonov', span: { ...span('Anatoly Antonov'), exact: 'Anatoly Antonov' } },
        form: 'direct',
        cue: 'told',
      });
    });
  });

  it('saves claim status, claimant, evidence (ids given by the service) and verdict; edits a figure by hand', async () => {
    await withTempDir(async (dir) => {
      const { service, articleId, mark } = await setUp(dir);
      const claim = await mark('claim', 'bilateral trade amounted to $28 billion in 2019');
      const updated = await service.updateAnnotation({
        articleId,
        id: claim.id,
        fields: {
          claim: {
            status: 'mostly-true',
            claimant: { name: 'Anatoly Antonov' },
            evidence: [{ url: 'https://example.org/trade-2019', title: 'Customs data 2019', note: 'Table 3', accessedAt: '2020-07-24' }],
            verdict: 'Close: customs data say $27.6bn.',
          },
        },
      });
      expect(updated.fields.claim?.evidence[0]?.id).toMatch(/[0-9a-f-]{36}/);
      const figure = await mark('figure', '200 lung ventilators');
      await service.updateAnnotation({ articleId, id: figure.id, fields: { figure: { unit: 'ventilators', approximate: 'about' } } });
      const [savedClaim, savedFigure] = (await stored(dir, articleId)).annotations;
      expect(savedClaim.fields.claim).toMatchObject({ status: 'mostly-true', claimant: { name: 'Anatoly Antonov' }, verdict: 'Close: customs data say $27.6bn.' });
      expect(savedFigure.fields.figure).toMatchObject({ value: 200, approximate: 'about' });
    });
  });

  it('keeps the fields of a kind when the kind is changed away and back', async () => {
    await withTempDir(async (dir) => {
      const { service, articleId, mark } = await setUp(dir);
      const a = await mark('claim', 'bilateral trade amounted to $28 billion in 2019');
      await service.updateAnnotation({ articleId, id: a.id, fields: { claim: { status: 'false' } } });
      const asFigure = await service.updateAnnotation({ articleId, id: a.id, kind: 'figure' });
      expect(asFigure.fields.figure).toBeDefined();
      const back = await service.updateAnnotation({ articleId, id: a.id, kind: 'claim' });
      expect(back.fields.claim?.status).toBe('false');
    });
  });

  it('refuses a linked speaker span outside the text and a status that does not exist', async () => {
    await withTempDir(async (dir) => {
      const { service, articleId, text, mark } = await setUp(dir);
      const quote = await mark('quote', '"We can do much more,"');
      const outside = await dispatch(service, 'updateAnnotation', {
        articleId,
        id: quote.id,
        fields: { quote: { speaker: { name: 'X', span: { start: text.length, end: text.length + 4 } } } },
      });
      expect(outside).toMatchObject({ ok: false, error: { code: 'bad-span' } });
      const status = await dispatch(service, 'updateAnnotation', { articleId, id: quote.id, fields: { claim: { status: 'fake' } } });
      expect(status).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect((await stored(dir, articleId)).annotations[0].fields.quote.speaker).toBeNull();
    });
  });
});

describe('relations', () => {
  it('links annotations, exports the links, and deletes them with either end', async () => {
    await withTempDir(async (dir) => {
      const { service, articleId, mark } = await setUp(dir);
      const claim = await mark('claim', 'bilateral trade amounted to $28 billion in 2019');
      const figure = await mark('figure', '$28 billion');
      const quote = await mark('quote', '"We can do much more,"');
      const supports = await service.createRelation({ articleId, from: figure.id, to: claim.id, type: 'supports' });
      await service.createRelation({ articleId, from: quote.id, to: claim.id, type: 'about' });
      const again = await service.createRelation({ articleId, from: figure.id, to: claim.id, type: 'supports' });
      expect(again.id).toBe(supports.id);
      expect(await dispatch(service, 'createRelation', { articleId, from: claim.id, to: claim.id, type: 'supports' })).toMatchObject({ ok: false });

      const exported = JSON.parse((await service.exportJson({ articleId })).content);
      expect(exportSchemaErrors(exported)).toEqual([]);
      expect(exported.articles[0].relations).toHaveLength(2);

      await service.deleteAnnotation({ articleId, id: claim.id });
      expect((await stored(dir, articleId)).relations).toEqual([]);
    });
  });
});

describe('undo and redo', () => {
  it('undoes create, edit, kind change, link and delete on disk, and redoes them', async () => {
    await withTempDir(async (dir) => {
      const { service, articleId, mark } = await setUp(dir);
      const a = await mark('claim', 'bilateral trade amounted to $28 billion in 2019');
      const b = await mark('figure', '$28 billion');
      await service.updateAnnotation({ articleId, id: a.id, note: 'check customs data' });
      await service.updateAnnotation({ articleId, id: b.id, kind: 'quote' });
      await service.createRelation({ articleId, from: b.id, to: a.id, type: 'supports' });
      await service.deleteAnnotation({ articleId, id: a.id });
      expect((await stored(dir, articleId)).annotations).toHaveLength(1);

      expect((await service.undo()).done?.label).toBe('Delete annotation');
      let file = await stored(dir, articleId);
      expect(file.annotations).toHaveLength(2);
      expect(file.relations).toHaveLength(1);
      await service.undo(); // link
      await service.undo(); // kind change
      file = await stored(dir, articleId);
      expect(file.relations).toHaveLength(0);
      expect(file.annotations.find((x: { id: string }) => x.id === b.id).kind).toBe('figure');
      await service.undo(); // note
      expect((await stored(dir, articleId)).annotations.find((x: { id: string }) => x.id === a.id).note).toBe('');
      const step = await service.undo(); // mark figure
      expect(step.next).toEqual({ undo: 'Mark claim', redo: 'Mark figure' });
      expect((await stored(dir, articleId)).annotations).toHaveLength(1);

      await service.redo();
      await service.redo();
      expect((await stored(dir, articleId)).annotations.find((x: { id: string }) => x.id === a.id).note).toBe('check customs data');
      await service.undo();
      await service.undo();
      await service.undo();
      const none = await service.undo();
      expect(none.done).toBeNull();
      expect((await stored(dir, articleId)).annotations).toEqual([]);
    });
  });

  it('a new change clears what could be redone', async () => {
    await withTempDir(async (dir) => {
      const { service, mark } = await setUp(dir);
      await mark('claim', 'bilateral trade amounted to $28 billion in 2019');
      await service.undo();
      await mark('figure', '$28 billion');
      expect((await service.redo()).done).toBeNull();
    });
  });
});

describe('tags across the library', () => {
  it('lists every tag with the number of articles using it', async () => {
    await withTempDir(async (dir) => {
      const { service, articleId, mark } = await setUp(dir);
      const a = await mark('claim', 'bilateral trade amounted to $28 billion in 2019');
      await service.updateAnnotation({ articleId, id: a.id, tags: ['trade', 'Russia'] });
      const { article } = await service.importFile({ fileName: 'b.txt', contentBase64: base64('Another story about trade.') });
      await service.createAnnotation({ articleId: article.id, kind: 'claim', start: 0, end: 7, tags: ['Trade'] });
      expect(await service.listTags()).toEqual([
        { tag: 'trade', count: 2 },
        { tag: 'Russia', count: 1 },
      ]);
    });
  });
});
