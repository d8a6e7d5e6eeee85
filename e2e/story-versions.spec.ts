// A story updated after it was marked: the new version replaces the text, annotations are
// carried over (moved, changed, one orphaned), the changes can be read, the orphan placed, and a
// figure whose number changed says so until the user confirms it.

import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { RunningApp } from './harness';
import { dragSelect, highlightedTexts, waitForPhrase } from './reader-actions';
import { expect, storedArticle, test } from './temp-library';

const V1 = [
  'KYIV (Reuters) - The minister said the grain deal will be extended.',
  'Officials said talks would resume on Monday.',
  'A spokesman declined to comment on the shipping insurance question.',
].join('\n\n');
const V2 = [
  'KYIV (Reuters) - Breaking update from the capital.',
  'KYIV (Reuters) - The minister said the grain deal will be extended.',
  'Officials said talks would resume on Tuesday, the ministry said.',
].join('\n\n');
const V3 = `${V2}\n\nMore details later.`;

async function markV1(app: RunningApp): Promise<string> {
  const { article } = await app.service.importFile({ fileName: 'grain.txt', contentBase64: Buffer.from(V1).toString('base64') });
  const mark = (phrase: string) => {
    const start = V1.indexOf(phrase);
    return app.service.createAnnotation({ articleId: article.id, kind: 'claim', start, end: start + phrase.length });
  };
  await mark('the grain deal will be extended');
  await mark('talks would resume on Monday');
  await mark('declined to comment on the shipping insurance question');
  await app.page.reload();
  await waitForPhrase(app.page, 'shipping insurance');
  return article.id;
}

/** Picks a file named `name` holding `text`; it lives in the test's own output folder, which
 * outlasts the asynchronous read the page makes of it. */
async function chooseFile(page: Page, open: () => Promise<void>, name: string, text: string): Promise<void> {
  const path = test.info().outputPath(name);
  await writeFile(path, text);
  const chooser = page.waitForEvent('filechooser');
  await open();
  await (await chooser).setFiles(path);
}

const versions = (page: Page) => page.getByRole('region', { name: 'Story versions' });

test('a new version carries annotations over, shows its changes, and lets the user place an orphan', async ({ app }) => {
  const { page } = app;
  const id = await markV1(app);
  await expect(versions(page)).toContainText('Version 1');

  await chooseFile(page, () => page.getByRole('button', { name: 'Open…' }).click(), 'grain.txt', V2);
  await waitForPhrase(page, 'Breaking update from the capital');
  await expect(versions(page)).toContainText('Version 2');
  const orphans = versions(page).getByRole('list', { name: 'Orphaned annotations' }).getByRole('listitem');
  await expect(orphans).toHaveCount(1);
  await expect(orphans.first()).toContainText('declined to comment on the shipping insurance question');
  const listed = page.getByRole('list', { name: 'Annotations' }).locator('.annotation-item');
  await expect(listed.filter({ hasText: 'declined to comment' }).locator('.anchor-badge')).toHaveText('orphaned');
  await expect(listed.filter({ hasText: 'talks would resume' }).locator('.anchor-badge')).toHaveText('changed');
  await expect.poll(() => highlightedTexts(page, 'nm-claim').then((t) => t.sort())).toEqual(['talks would resume on Tuesday', 'the grain deal will be extended']);
  const stored = await app.service.getArticle({ id });
  expect(stored.annotations.map((a) => a.anchor?.status).sort()).toEqual(['changed', 'moved', 'orphaned']);
  expect(stored.article.versions?.[0]?.text).toBe(V1);
  expect((await app.service.listArticles()).filter((a) => a.meta.source === 'grain.txt')).toHaveLength(1);

  await versions(page).getByRole('button', { name: 'Show changes' }).click();
  const changes = page.getByRole('dialog', { name: 'Changes between versions' }).getByLabel('Changes');
  await expect(changes.locator('del')).toContainText(['Monday']);
  await expect(changes.locator('ins').first()).toContainText('Breaking update from the capital');
  await page.getByRole('dialog', { name: 'Changes between versions' }).getByRole('button', { name: 'Close' }).click();

  await dragSelect(page, 'the ministry said');
  await orphans.first().getByRole('button', { name: 'Place here' }).click();
  await expect(orphans).toHaveCount(0);
  await expect.poll(() => highlightedTexts(page, 'nm-claim')).toContain('the ministry said');
  const placed = (await app.service.getArticle({ id })).annotations.find((a) => a.quote.exact === 'the ministry said');
  expect(placed?.anchor).toBeUndefined();
});

test('the user can pick the article a differently named file updates', async ({ app }) => {
  const { page } = app;
  const id = await markV1(app);
  await chooseFile(page, () => versions(page).getByRole('button', { name: 'Import new version…' }).click(), 'grain-v2-final.txt', V3);
  await waitForPhrase(page, 'More details later.');
  await expect(versions(page)).toContainText('Version 2');
  await expect(page.getByRole('status').first()).toContainText('to version 2: 2 annotations carried over (1 on edited text). 1 could not be placed');
  expect((await app.service.getArticle({ id })).article.meta.source).toBe('grain-v2-final.txt');
});

test("a figure whose words a new version changed shows the change until Confirm, and stays confirmed after a reload", async ({ app, libraryDir }) => {
  const { page } = app;
  const BUDGET_V1 = 'LONDON - The Treasury said 12,500 civil servant posts would go by 2027.';
  const BUDGET_V2 = 'LONDON - The Treasury said 12,600 civil servant posts would go by 2027.';
  const { article } = await app.service.importFile({ fileName: 'budget.txt', contentBase64: Buffer.from(BUDGET_V1).toString('base64') });
  const start = BUDGET_V1.indexOf('12,500 civil servant posts');
  await app.service.createAnnotation({ articleId: article.id, kind: 'figure', start, end: start + '12,500 civil servant posts'.length });
  await page.reload();
  await waitForPhrase(page, '12,500 civil servant posts');

  await chooseFile(page, () => page.getByRole('button', { name: 'Open…' }).click(), 'budget.txt', BUDGET_V2);
  await waitForPhrase(page, '12,600 civil servant posts');
  const figure = page.getByRole('list', { name: 'Annotations' }).locator('.annotation-item').filter({ hasText: '12,600' });
  await figure.click();
  const note = figure.locator('.figure-changed');
  await expect(note).toHaveText('value changed: 12,500 posts → 12,600 posts Confirm');
  await expect(figure.getByLabel('Reading')).toHaveText('12,600 posts');

  await note.getByRole('button', { name: 'Confirm' }).click();
  await expect(note).toHaveCount(0);
  await expect.poll(async () => (await storedArticle(libraryDir, 'LONDON')).annotations[0].fields.figure).toEqual({
    value: 12600, unit: 'posts', scale: null, approximate: null, kind: 'count',
  });

  await page.reload();
  await waitForPhrase(page, '12,600 civil servant posts');
  await figure.click();
  await expect(figure.getByLabel('Reading')).toHaveText('12,600 posts');
  await expect(figure.locator('.figure-changed')).toHaveCount(0);
});
