// Articles coming in without File › Open…: pasted text, a whole folder (with its progress and
// summary) and files dropped on the window.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './temp-library';

const heading = (page: Page) => page.getByRole('region', { name: 'Article' }).getByRole('heading', { level: 1 });
const rows = (page: Page) => page.getByRole('navigation', { name: 'Library' }).getByRole('list', { name: 'Articles' }).getByRole('listitem');
const PAGE_WITHOUT_ARTICLE = '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>';

test('File › New from clipboard and Ctrl+Shift+V make an article of pasted text', async ({ app }) => {
  const { page } = app;
  await expect(heading(page)).toBeVisible();
  await app.menu('paste-article');
  const dialog = page.getByRole('dialog', { name: 'New article from pasted text' });
  await dialog.getByLabel('Text').fill('BERLIN (Reuters) - Rents rose again in March.\n\nTenants protested outside the city hall.');
  await dialog.getByRole('button', { name: 'Create article' }).click();
  await expect(heading(page)).toHaveText('Rents rose again in March.');
  await expect(page.getByRole('status').first()).toContainText('Created “Rents rose again in March.”');

  await page.locator('.reader').focus();
  await page.keyboard.press('Control+Shift+V');
  await dialog.getByLabel('Text').fill('A second pasted story about ferries.');
  await dialog.getByLabel('Title (optional: else the first sentence)').fill('Ferries');
  await dialog.getByRole('button', { name: 'Create article' }).click();
  await expect(heading(page)).toHaveText('Ferries');
  await expect(rows(page)).toHaveCount(3);
  const pasted = (await app.service.listArticles()).find((a) => a.title === 'Ferries');
  expect(pasted?.meta.source).toBeUndefined();
});

test('File › Import folder… imports every article under it, then lists what happened to each file', async ({ app }) => {
  const { page } = app;
  const dir = await mkdtemp(join(tmpdir(), 'newsmark-folder-'));
  try {
    await mkdir(join(dir, 'more'));
    await writeFile(join(dir, 'tram.txt'), 'The tram line opens in June, the city said.');
    await writeFile(join(dir, 'more', 'budget.md'), '# Budget passes\n\nThe council passed the budget by 40 votes to 12.');
    await writeFile(join(dir, 'more', 'tram-copy.txt'), 'The tram line opens in June, the city said.');
    await writeFile(join(dir, 'more', 'empty.txt'), '');
    await writeFile(join(dir, 'more', 'front-page.html'), PAGE_WITHOUT_ARTICLE);
    await writeFile(join(dir, 'photo.jpg'), 'not a story');
    await expect(heading(page)).toBeVisible();

    const chooser = page.waitForEvent('filechooser');
    await app.menu('import-folder');
    await (await chooser).setFiles(dir);

    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect(dialog.getByRole('heading', { name: 'Import finished' })).toBeVisible();
    await expect(dialog.getByLabel('Import progress')).toHaveAttribute('value', '5');
    await expect(dialog.getByRole('region', { name: 'Imported' }).getByRole('listitem')).toHaveCount(2);
    // Files go in path order: more/tram-copy.txt first, so tram.txt is the duplicate.
    await expect(dialog.getByRole('region', { name: 'Skipped as duplicates' })).toContainText('/tram.txt');
    const failed = dialog.getByRole('region', { name: 'Failed' });
    await expect(failed.getByRole('listitem')).toHaveCount(2);
    await expect(failed).toContainText('empty.txt: empty.txt is empty');
    await expect(failed).toContainText('front-page.html: front-page.html has no article text');
    await expect(dialog).toContainText('1 file was not an article and was left out.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(rows(page)).toHaveCount(3);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('files dropped on the window are imported', async ({ app }) => {
  const { page } = app;
  await expect(heading(page)).toBeVisible();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Dropped: the harbour ferry returns on Monday.'], 'ferry.txt', { type: 'text/plain' }));
    data.items.add(new File(['Dropped too: the night bus is cancelled.'], 'bus.md'));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByRole('region', { name: 'Imported' })).toContainText('bus.md');
  await expect(dialog.getByRole('region', { name: 'Imported' })).toContainText('ferry.txt');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(rows(page)).toHaveCount(3);
});
