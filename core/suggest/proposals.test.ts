// Suggestions through the service over a real library: proposed, accepted with their fields and
// origin, rejected for good on this version of the text.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch.js';
import { LibraryService } from '../service.js';
import { base64, withTempDir } from '../testing/temp-library.js';

const STORY = [
  'date 2020-07-23 MOSCOW, July 23. /TASS/. Russia and the US could considerably boost bilateral trade, which amounted to $28 billion in 2019, Ambassador Anatoly Antonov said.',
  '',
  '"We are ready to work on it," Antonov told reporters. Washington sent 200 lung ventilators to Russia on June 1.',
].join('\n');

async function setUp(dir: string) {
  const service = await LibraryService.open(dir);
  const { article } = await service.importFile({ fileName: 'story.txt', contentBase64: base64(STORY) });
  return { service, articleId: article.id };
}

describe('suggestions', () => {
  it('proposes figures, quotes with their speaker and claims with reasons', async () => {
    await withTempDir(async (dir) => {
      const { service, articleId } = await setUp(dir);
      const proposals = await service.suggest({ articleId });
      const byText = (text: string) => proposals.find((p) => p.text === text);
      expect(byText('$28 billion')).toMatchObject({ kind: 'figure', fields: { figure: { value: 28e9, unit: 'USD' } } });
      expect(byText('200 lung ventilators')).toMatchObject({ kind: 'figure', reason: 'count: 200 ventilators' });
      expect(byText('June 1')).toMatchObject({ kind: 'figure', fields: { figure: { date: '2020-06-01' } } });
      const quote = byText('"We are ready to work on it,"');
      expect(quote).toMatchObject({ kind: 'quote', fields: { quote: { speaker: { name: 'Anatoly Antonov' }, cue: 'told' } } });
      expect(quote?.reason).toContain('speaker: Anatoly Antonov');
      const claim = proposals.find((p) => p.kind === 'claim' && p.text.includes('$28 billion'));
      expect(claim?.reason).toContain('contains a figure');
    });
  }, 20_000); // the first test pays for opening a library cold; on a loaded 2-core machine that passes 5 s

  it('accepts proposals as annotations marked "suggested", with the speaker linked to the span naming him', async () => {
    await withTempDir(async (dir) => {
      const { service, articleId } = await setUp(dir);
      const proposals = await service.suggest({ articleId });
      const quote = proposals.find((p) => p.kind === 'quote')!;
      const figure = proposals.find((p) => p.text === '$28 billion')!;
      const accepted = await service.acceptSuggestions({ articleId, keys: [quote.key, figure.key] });
      expect(accepted.map((a) => a.origin)).toEqual(['suggested', 'suggested']);
      const { article, annotations } = await service.getArticle({ id: articleId });
      const savedQuote = annotations.find((a) => a.kind === 'quote')!;
      const span = savedQuote.fields.quote!.speaker!.span!;
      expect(article.text.slice(span.start, span.end)).toMatch(/Antonov/);
      expect(annotations.find((a) => a.kind === 'figure')?.fields.figure).toMatchObject({ value: 28e9, unit: 'USD' });
      const again = await service.suggest({ articleId });
      expect(again.some((p) => p.key === quote.key || p.key === figure.key)).toBe(false);
    });
  });

  it('keeps a rejected proposal rejected after a restart, and undo brings it back', async () => {
    await withTempDir(async (dir) => {
      const { service, articleId } = await setUp(dir);
      const claim = (await service.suggest({ articleId })).find((p) => p.kind === 'claim')!;
      expect(await service.rejectSuggestions({ articleId, keys: [claim.key] })).toEqual({ rejected: 1 });
      const reopened = await LibraryService.open(dir);
      expect((await reopened.suggest({ articleId })).some((p) => p.key === claim.key)).toBe(false);
      const file = JSON.parse(await readFile(join(dir, 'articles', `${articleId}.json`), 'utf8'));
      expect(file.rejectedSuggestions).toEqual([claim.key]);
      await service.undo();
      expect((await service.suggest({ articleId })).some((p) => p.key === claim.key)).toBe(true);
    });
  });

  it('refuses a key that is not open, and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const { service, articleId } = await setUp(dir);
      const result = await dispatch(service, 'acceptSuggestions', { articleId, keys: ['figure:0:3:deadbeef'] });
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect((await service.getArticle({ id: articleId })).annotations).toEqual([]);
    });
  });
});
