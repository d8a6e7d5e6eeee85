// Progress as the user sees it: their name set in Settings, a folder imported as a batch, each
// article's status set from the reader (menu and the `d` key), the library's counts and bar per
// batch and its status filter — all still there after the window reloads.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, storedArticle, test } from './temp-library';

const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const rows = (page: Page) => library(page).getByRole('list', { name: 'Articles' }).getByRole('listitem');
const row = (page: Page, title: string) => rows(page).filter({ hasText: title });
const heading = (page: Page) => page.getByRole('region', { name: 'Article' }).getByRole('heading', { level: 1 });
const batch = (page: Page, name: string) => library(page).getByRole('list', { name: 'Batches' }).getByRole('listitem', { name: name });

async function setName(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Your name').fill(name);
  await page.keyboard.press('Enter');
  await expect(dialog).toContainText(`kept as ${name}’s`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

test('statuses set in the reader are counted per batch, filter the library and survive a reload', async ({ app, libraryDir }) => {
  const { page } = app;
  const parent = await mkdtemp(join(tmpdir(), 'newsmark-batch-'));
  try {
    const folder = join(parent, 'week-12');
    await mkdir(folder);
    await writeFile(join(folder, 'tram.txt'), 'Tram line opens in June.\n\nThe city said the line cost 40 million euros.');
    await writeFile(join(folder, 'budget.txt'), 'Budget passes.\n\nThe council passed the budget by 40 votes to 12.');
    await expect(heading(page)).toBeVisible();
    // Without a name there is nobody to keep a status for.
    await expect(page.getByLabel('My status')).toBeDisabled();
    await setName(page, 'Alice');

    const chooser = page.waitForEvent('filechooser');
    await app.menu('import-folder');
    await (await chooser).setFiles(folder);
    await page.getByRole('dialog', { name: 'Import' }).getByRole('button', { name: 'Close' }).click();
    await expect(batch(page, 'Folder week-12')).toContainText('0/2 done');

    await row(page, 'Tram line opens').getByRole('button', { name: /Tram line opens/ }).click();
    await expect(heading(page)).toHaveText('Tram line opens in June.');
    await page.getByLabel('My status').selectOption({ label: 'in progress' });
    await expect(row(page, 'Tram line opens')).toContainText('in progress');
    await page.locator('.reader').focus();
    await page.keyboard.press('d');
    await expect(page.getByLabel('My status')).toHaveValue('done');
    await expect(batch(page, 'Folder week-12')).toContainText('1/2 done');
    await expect(batch(page, 'Folder week-12')).toContainText('1 to do · 0 in progress · 1 done · 0 reviewed');
    await expect(batch(page, 'Folder week-12').getByRole('progressbar')).toHaveAttribute('value', '1');
    expect((await storedArticle(libraryDir, 'Tram line opens')).progress).toEqual({ Alice: 'done' });

    await library(page).getByLabel('Show articles with status').selectOption({ label: 'done' });
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText('Tram line opens');
    await library(page).getByLabel('Show articles with status').selectOption({ label: 'to do' });
    await expect(rows(page)).toHaveCount(2); // the budget story and the sample

    await page.reload();
    await expect(batch(page, 'Folder week-12')).toContainText('1/2 done');
    await row(page, 'Tram line opens').getByRole('button', { name: /Tram line opens/ }).click();
    await expect(page.getByLabel('My status')).toHaveValue('done');
    await expect(row(page, 'Tram line opens')).toContainText('done');
  } finally {
    await rm(parent, { recursive: true, force: true });
  }
});

test('the name set in Settings is kept in the library and shown after a reload; an empty name forgets it', async ({ app }) => {
  const { page } = app;
  await expect(heading(page)).toBeVisible();
  await setName(page, 'Bob');
  expect(await app.service.getSettings()).toMatchObject({ annotator: 'Bob' });
  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name')).toHaveValue('Bob');
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name').fill('');
  await page.keyboard.press('Enter');
  // Said once the library has written it.
  await expect(page.getByRole('dialog', { name: 'Settings' })).toContainText('Not set: your annotations name nobody');
  expect((await app.service.getSettings()).annotator).toBeNull();
});
