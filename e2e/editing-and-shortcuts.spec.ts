// The shortcuts that once did not do what they said, fields that behave like a text editor's,
// find in article, and the settings (dark mode, text size, width) kept across a reload.

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './build-renderer';
import { chooseFilesWithKey, dragSelect, highlightedTexts, waitForPhrase } from './reader-actions';
import { expect, storedArticle, test } from './temp-library';

const HARBOUR = join(REPO_ROOT, 'e2e', 'fixtures', 'harbour-vote.txt');
const items = (page: Page) => page.getByRole('list', { name: 'Annotations' }).locator('.annotation-item');
const selectedItem = (page: Page) => page.getByRole('list', { name: 'Annotations' }).locator('.annotation-item.selected');

/** Opens the harbour story with Ctrl+O, as a user at the keyboard does. */
async function openHarbour(page: Page): Promise<void> {
  await waitForPhrase(page, 'desalination');
  await chooseFilesWithKey(page, 'Control+O', HARBOUR);
  await waitForPhrase(page, "Hamburg's city council");
  // The keyboard is in the new article, not on a control.
  expect(await page.evaluate(() => document.activeElement?.classList.contains('reader'))).toBe(true);
}

test('Ctrl+Shift+G suggests, Ctrl+Alt+E opens the Export dialog, Ctrl+F finds', async ({ app }) => {
  const { page } = app;
  await waitForPhrase(page, 'desalination');
  await page.keyboard.press('Control+Shift+G');
  await expect(page.getByRole('list', { name: 'Suggestions' }).locator('.suggestion').first()).toBeVisible();

  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.keyboard.press('Control+Alt+E');
  const dialog = page.getByRole('dialog', { name: /Export/ });
  await expect(dialog).toBeVisible();
  expect(downloads).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+F');
  const find = page.getByRole('searchbox', { name: 'Find in article' });
  await expect(find).toBeFocused();
  await find.fill('region');
  await expect(page.locator('.find-count')).toHaveText('1 of 3');
  expect(await highlightedTexts(page, 'nm-find')).toEqual(['region', 'region', 'region']);
  await find.press('Enter');
  await expect(page.locator('.find-count')).toHaveText('2 of 3');
  await find.press('Shift+Enter');
  await find.press('Shift+Enter');
  await expect(page.locator('.find-count')).toHaveText('3 of 3');
  await find.press('Enter');
  await expect(page.locator('.find-count')).toHaveText('1 of 3');
  expect(await highlightedTexts(page, 'nm-find-current')).toEqual(['region']);
  await find.press('Escape');
  await expect(find).toBeHidden();
  expect(await highlightedTexts(page, 'nm-find')).toEqual([]);
  expect(await page.evaluate(() => document.activeElement?.classList.contains('reader'))).toBe(true);
});

test('Alt keeps the exact characters: with the mark key and with the toolbar', async ({ app, libraryDir }) => {
  const { page } = app;
  await openHarbour(page);
  await dragSelect(page, 'deepen');
  await page.keyboard.press('Alt+q');
  await expect(items(page)).toHaveCount(1);
  await dragSelect(page, 'contain');
  await page.getByRole('toolbar', { name: 'Mark selection' }).getByRole('button', { name: 'Claim' }).click({ modifiers: ['Alt'] });
  await expect(items(page)).toHaveCount(2);
  await dragSelect(page, 'Rotter');
  await page.keyboard.press('f');
  await expect(items(page)).toHaveCount(3);
  const exact = (await storedArticle(libraryDir, "Hamburg's")).annotations.map((a: { quote: { exact: string } }) => a.quote.exact);
  // Without Alt, a part of a word snaps to the word.
  expect(exact.sort()).toEqual(['Rotterdam', 'contain', 'deepen']);
});

test('Esc drops a half-typed tag; undo in a note undoes what was typed; years read as years; range top and kind edited', async ({ app, libraryDir }) => {
  const { page } = app;
  await openHarbour(page);
  await dragSelect(page, '2021');
  await page.keyboard.press('f');
  await expect(selectedItem(page).getByLabel('Reading')).toHaveText('2021');
  await expect(items(page).first()).toContainText('2021');
  await expect(items(page).first()).not.toContainText('2,021');

  await page.keyboard.press('t');
  await page.keyboard.type('half-typ');
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('reader'))).toBe(true);
  await expect(selectedItem(page).getByRole('list', { name: 'Tags' })).not.toContainText('half-typ');

  const note = selectedItem(page).getByLabel('Note');
  await note.focus();
  await page.keyboard.type('Check the year with the port.');
  await page.keyboard.press('Control+Z');
  await expect(note).toHaveValue('');
  await page.keyboard.press('Control+Shift+Z');
  await expect(note).toHaveValue('Check the year with the port.');

  const kind = selectedItem(page).getByLabel('Figure kind');
  await kind.selectOption('number');
  await selectedItem(page).getByLabel('Range top (valueMax)').fill('2025');
  await selectedItem(page).getByLabel('Range top (valueMax)').press('Enter');
  await expect(selectedItem(page).getByLabel('Reading')).toHaveText('2,021–2,025');
  await expect
    .poll(async () => (await storedArticle(libraryDir, "Hamburg's")).annotations[0].fields.figure)
    .toMatchObject({ value: 2021, valueMax: 2025, kind: 'number' });
  expect(await storedArticle(libraryDir, "Hamburg's").then((d) => d.annotations[0].tags)).toEqual([]);
});

test('dark mode follows the system until toggled; settings survive a reload', async ({ app }) => {
  const { page } = app;
  await waitForPhrase(page, 'desalination');
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  expect(await theme()).toBe('light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(theme).toBe('dark');
  await page.getByRole('button', { name: 'Dark' }).click();
  await expect.poll(theme).toBe('light');
  await app.menu('toggle-theme');
  await expect.poll(theme).toBe('dark');

  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Text size').selectOption('130');
  await dialog.getByLabel('Reading width').selectOption('wide');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const fontSize = () => page.locator('.article-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const normal = 16 * 1.08;
  expect(await fontSize()).toBeCloseTo(normal * 1.3, 0);

  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  await waitForPhrase(page, 'desalination');
  expect(await theme()).toBe('dark');
  expect(await fontSize()).toBeCloseTo(normal * 1.3, 0);
  expect(await page.locator('.article-text').evaluate((el) => getComputedStyle(el).maxWidth)).toBe(`${60 * 16}px`);
});

test('at 1024×700 and at 200% zoom the reading column keeps a readable width; the header says where the story is from', async ({ app }) => {
  const { page } = app;
  await waitForPhrase(page, 'desalination');
  const reader = page.locator('.article-text');
  await page.setViewportSize({ width: 1024, height: 700 });
  expect((await reader.boundingBox())!.width).toBeGreaterThan(380);
  // 200% zoom of a 1280×800 window is a 640×400 CSS-pixel viewport.
  await page.setViewportSize({ width: 640, height: 400 });
  expect((await reader.boundingBox())!.width).toBeGreaterThan(520);
  const header = page.locator('.article-header');
  await expect(header).toContainText('Northwire');
  await expect(header).toContainText('Published 2026-03-14');
  await expect(header).toContainText('sample-article.txt');
});
