// Going back to an article shown a moment ago puts its kept view back (reader/article-views.ts)
// instead of drawing it again: it must paint its own highlights (the overlaps of one kind
// included) and nothing of the article shown in between, and take new marks as before.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './build-renderer';
import { dragSelect, highlightedTexts, waitForPhrase } from './reader-actions';
import { expect, test } from './temp-library';

const HARBOUR = join(REPO_ROOT, 'e2e', 'fixtures', 'harbour-vote.txt');
const OTHER = 'The mayor said the ferry timetable would not change this winter.\n';

const open = (page: Page, title: string) => page.locator('.library-item', { hasText: title }).click();

test('back to a kept article: its own highlights and overlaps painted, none of the other one; a new mark painted and saved', async ({ app }) => {
  const { page, service } = app;
  const text = await readFile(HARBOUR, 'utf8');
  const harbour = (await service.importFile({ fileName: 'harbour-vote.txt', contentBase64: Buffer.from(text).toString('base64') })).article;
  const body = (await service.getArticle({ id: harbour.id })).article.text;
  const span = (phrase: string) => ({ start: body.indexOf(phrase), end: body.indexOf(phrase) + phrase.length });
  await service.createAnnotation({ articleId: harbour.id, kind: 'claim', ...span('The port handled 7.7 million containers') });
  await service.createAnnotation({ articleId: harbour.id, kind: 'claim', ...span('7.7 million containers last year') });
  const ferry = (await service.importFile({ fileName: 'ferry.txt', contentBase64: Buffer.from(OTHER).toString('base64') })).article;
  await service.createAnnotation({ articleId: ferry.id, kind: 'quote', start: 0, end: 'The mayor said'.length });
  await page.reload();

  await open(page, harbour.title);
  await waitForPhrase(page, "Hamburg's city council");
  await expect.poll(() => highlightedTexts(page, 'nm-claim')).toHaveLength(2);
  expect(await highlightedTexts(page, 'nm-claim-deep')).toEqual(['7.7 million containers']);

  await open(page, ferry.title);
  await waitForPhrase(page, 'ferry timetable');
  await expect.poll(() => highlightedTexts(page, 'nm-quote')).toEqual(['The mayor said']);
  expect(await highlightedTexts(page, 'nm-claim')).toEqual([]);
  expect(await highlightedTexts(page, 'nm-claim-deep')).toEqual([]);

  await open(page, harbour.title);
  await waitForPhrase(page, "Hamburg's city council");
  await expect.poll(() => highlightedTexts(page, 'nm-claim')).toHaveLength(2);
  expect(await highlightedTexts(page, 'nm-claim-deep')).toEqual(['7.7 million containers']);
  expect(await highlightedTexts(page, 'nm-quote')).toEqual([]);
  await expect(page.locator('.article-text p')).toHaveCount(body.split('\n').filter((l) => l.trim()).length);

  await dragSelect(page, '€410 million');
  await page.keyboard.press('f');
  await expect.poll(() => highlightedTexts(page, 'nm-figure')).toEqual(['€410 million']);
  await expect
    .poll(async () => (await service.getArticle({ id: harbour.id })).annotations.map((a) => a.quote.exact))
    .toContain('€410 million');
});
