// The window's half of the desktop's File › Open…: the main process shows the Open dialog (a menu
// click cannot open a file input) and hands the chosen files' bytes over; the window imports them
// as its own Open… does — the story shown with the keyboard in it, a bad file refused with a
// message and nothing changed, an annotation file imported as annotations. (The main process's
// half runs in e2e/electron.spec.ts wherever Electron is installed.) Import folder… likewise: the
// main process reads the folder (electron/folder-dialog.ts), the window imports it as one batch.

import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './build-renderer';
import { waitForPhrase } from './reader-actions';
import { expect, storedArticle, test } from './temp-library';

const FIXTURES = join(REPO_ROOT, 'e2e', 'fixtures');

test('files from the desktop Open dialog are imported and shown like the window’s own Open…', async ({ app, libraryDir }) => {
  const { page } = app;
  await waitForPhrase(page, 'desalination');
  await app.openFiles([join(FIXTURES, 'harbour-vote.txt')]);
  await waitForPhrase(page, "Hamburg's city council");
  await expect(page.getByRole('status')).toContainText('Imported');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('reader'))).toBe(true);
  await storedArticle(libraryDir, "Hamburg's city council");

  // An export of that article, opened the same way, is read as annotations, not as a story.
  const exported = join(libraryDir, 'harbour-export.json');
  const doc = await storedArticle(libraryDir, "Hamburg's city council");
  const file = await app.service.exportJson({ articleId: doc.article.id });
  await writeFile(exported, file.content);
  const articlesBefore = (await readdir(join(libraryDir, 'articles'))).length;
  await app.openFiles([exported]);
  await expect(page.getByRole('dialog', { name: 'Import report' })).toBeVisible();
  expect((await readdir(join(libraryDir, 'articles'))).length).toBe(articlesBefore);
});

test('a binary file from the desktop Open dialog is refused with a message; the library is untouched', async ({ app, libraryDir }) => {
  const { page } = app;
  await waitForPhrase(page, 'desalination');
  const before = await readFile(join(libraryDir, 'library.json'), 'utf8');
  await app.openFiles([join(FIXTURES, 'not-text.txt')]);
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('not-text.txt looks like a binary file');
  await dialog.getByRole('button', { name: 'OK' }).click();
  expect(await readFile(join(libraryDir, 'library.json'), 'utf8')).toBe(before);
  expect(await readdir(join(libraryDir, 'articles'))).toHaveLength(1);
});

test('a folder from the desktop Import folder dialog comes in as one batch; other files are counted, not imported', async ({ app, libraryDir }) => {
  const { page } = app;
  await waitForPhrase(page, 'desalination');
  const folder = test.info().outputPath('council-week');
  await mkdir(join(folder, 'tuesday'), { recursive: true });
  await writeFile(join(folder, 'monday.txt'), 'Council meets on Monday.\n\nThe harbour budget is on the agenda.\n');
  await writeFile(join(folder, 'tuesday', 'vote.md'), '# Tuesday vote\n\nThe council approved the budget by 31 votes to 12.\n');
  await writeFile(join(folder, 'tuesday', 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await app.importFolder(folder);
  const summary = page.getByRole('dialog', { name: 'Import' });
  await expect(summary.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(summary.getByRole('region', { name: 'Imported' })).toContainText('(2)');
  await expect(summary).toContainText('1 file was not an article and was left out.');
  const monday = await storedArticle(libraryDir, 'Council meets on Monday');
  const tuesday = await storedArticle(libraryDir, 'Tuesday vote');
  expect([monday.article.meta.batch, tuesday.article.meta.batch]).toEqual(['council-week', 'council-week']);
});
