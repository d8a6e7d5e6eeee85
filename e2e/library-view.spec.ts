// The library view over a real library: totals, full-text search, sorting, details, the trash.

import type { Page } from '@playwright/test';
import type { RunningApp } from './harness';
import { expect, test } from './temp-library';

const STORIES: [string, string][] = [
  ['zebra.txt', 'Zebra crossings multiply.\n\nThe council painted forty new crossings near schools.'],
  ['apples.txt', 'Apple harvest falls short.\n\nGrowers blamed a late frost in the valley orchards.'],
];

async function addStories(app: RunningApp): Promise<void> {
  for (const [fileName, text] of STORIES) {
    await app.service.importFile({ fileName, contentBase64: Buffer.from(text).toString('base64') });
  }
  await app.page.reload();
}

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const rows = (page: Page) => library(page).getByRole('list', { name: 'Articles' }).getByRole('listitem');
const row = (page: Page, title: string) => rows(page).filter({ hasText: title });

test('lists every article with its details and totals, searches full text and sorts', async ({ app }) => {
  const { page } = app;
  await addStories(app);
  await expect(rows(page)).toHaveCount(3);
  await expect(library(page).getByLabel('Library totals')).toHaveText('3 articles · 0 claims · 0 quotes · 0 figures');
  await expect(row(page, 'Zebra crossings')).toContainText('zebra.txt');

  await library(page).getByRole('searchbox', { name: 'Search the library' }).fill('frost orchards');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Apple harvest falls short');
  await expect(rows(page).first()).toContainText('Growers blamed a late frost');
  await expect(library(page).getByRole('status')).toHaveText('1 article found');

  await library(page).getByRole('searchbox', { name: 'Search the library' }).fill('');
  await library(page).getByLabel('Sort articles by').selectOption('title');
  const titles = await rows(page).locator('.library-title').allTextContents();
  expect(titles[0]).toMatch(/^Apple harvest/);
  expect(titles[2]).toMatch(/^Zebra crossings/);

  await row(page, 'Zebra crossings').getByRole('button', { name: /Zebra crossings/ }).click();
  await expect(page.getByRole('region', { name: 'Article' }).getByRole('heading', { level: 1 })).toContainText('Zebra crossings multiply');
});

test('edits an article’s title and details', async ({ app }) => {
  const { page } = app;
  await addStories(app);
  await row(page, 'Apple harvest').getByRole('button', { name: 'Details…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Article details' });
  await dialog.getByLabel('Title').fill('Frost cuts the apple harvest');
  await dialog.getByLabel('Outlet').fill('Valley Courier');
  await dialog.getByLabel('Date').fill('2025-10-02');
  await dialog.getByLabel('Source URL').fill('https://courier.example/apples');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(row(page, 'Frost cuts the apple harvest')).toContainText('Valley Courier · 2025-10-02');
  await expect(row(page, 'Frost cuts the apple harvest')).toContainText('https://courier.example/apples');
  const [summary] = (await app.service.searchArticles({ query: 'frost cuts' })).map((h) => h.id);
  expect((await app.service.getArticle({ id: summary! })).article.meta).toMatchObject({ outlet: 'Valley Courier', date: '2025-10-02' });
});

test('moves an article to the trash after a confirmation, restores it, and empties the trash', async ({ app }) => {
  const { page } = app;
  await addStories(app);
  await row(page, 'Zebra crossings').getByRole('button', { name: 'Trash' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Move to the trash?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(rows(page)).toHaveCount(3);

  await row(page, 'Zebra crossings').getByRole('button', { name: 'Trash' }).click();
  await confirm.getByRole('button', { name: 'Move to trash' }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByRole('status').first()).toBeVisible();

  await library(page).getByRole('button', { name: 'Show trash' }).click();
  const trash = library(page).getByRole('region', { name: 'Trash' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await trash.getByRole('button', { name: /Restore Zebra crossings/ }).click();
  await expect(trash).toContainText('The trash is empty.');
  await library(page).getByRole('button', { name: 'Back to library' }).click();
  await expect(rows(page)).toHaveCount(3);

  await row(page, 'Zebra crossings').getByRole('button', { name: 'Trash' }).click();
  await confirm.getByRole('button', { name: 'Move to trash' }).click();
  await library(page).getByRole('button', { name: 'Show trash' }).click();
  await trash.getByRole('button', { name: 'Empty trash' }).click();
  await page.getByRole('alertdialog', { name: 'Empty the trash?' }).getByRole('button', { name: 'Empty trash' }).click();
  await expect(trash).toContainText('The trash is empty.');
  expect(await app.service.listTrash()).toEqual([]);
});
