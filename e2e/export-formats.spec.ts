// File › Export… in the window: the chosen format, scope and options give exactly the bytes the
// service (and so the CLI) gives for the same choice; a W3C export opened again is merged back.

import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FORMAT_CATALOG, FORMAT_NAMES } from '../core/formats/catalog';
import { REPO_ROOT } from './build-renderer';
import { dragSelect, waitForPhrase } from './reader-actions';
import { expect, test } from './temp-library';

const HARBOUR = join(REPO_ROOT, 'e2e', 'fixtures', 'harbour-vote.txt');

async function openFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(path);
}

async function download(page: Page, run: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await run();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('the Export dialog writes the same bytes as the service for the chosen format and scope', async ({ app }) => {
  const { page, service } = app;
  await openFile(page, HARBOUR);
  await waitForPhrase(page, "Hamburg's city council");
  await dragSelect(page, '€410 million');
  await page.keyboard.press('f');
  await dragSelect(page, '"We lose traffic to Rotterdam every single month."');
  await page.keyboard.press('q');
  await expect(page.getByRole('list', { name: 'Annotations' }).locator('.annotation-item')).toHaveCount(2);

  await app.menu('export');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  // Every format the core can write is offered, by its label, in the catalog's order.
  const radios = dialog.getByRole('radiogroup', { name: 'Format' }).getByRole('radio');
  await expect(radios).toHaveCount(FORMAT_NAMES.length);
  for (const [i, name] of FORMAT_NAMES.entries()) {
    await expect(radios.nth(i)).toHaveAccessibleName(new RegExp(`^${FORMAT_CATALOG[name].label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  }
  await dialog.getByRole('radio', { name: 'CSV spreadsheet' }).check();
  await dialog.getByRole('checkbox', { name: /Byte order mark/ }).check();
  await dialog.getByRole('radio', { name: 'Selected articles' }).check();
  const boxes = dialog.getByRole('group', { name: 'Articles to export' }).getByRole('checkbox');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  const csv = await download(page, () => dialog.getByRole('button', { name: 'Export' }).click());
  const ids = (await service.listArticles()).map((a) => a.id);
  const expected = await service.exportAs({ format: 'csv', bom: true, articleIds: ids });
  expect(csv.name).toBe(expected.fileName);
  expect(csv.bytes.equals(Buffer.from(expected.content, 'utf8'))).toBe(true);
  expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(csv.bytes.toString('utf8')).toContain('€410 million');

  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: 'W3C Web Annotations' }).check();
  await dialog.getByRole('checkbox', { name: /plain array/ }).check();
  const w3c = await download(page, () => dialog.getByRole('button', { name: 'Export' }).click());
  const annotations = JSON.parse(w3c.bytes.toString('utf8'));
  expect(Array.isArray(annotations)).toBe(true);
  expect(annotations.map((a: { motivation: string }) => a.motivation).sort()).toEqual(['describing', 'identifying']);
  const articleId = (await service.listArticles()).find((a) => a.title.startsWith('Hamburg'))!.id;
  const same = await service.exportAs({ format: 'w3c', flat: true, articleIds: [articleId] });
  expect(w3c.bytes.toString('utf8')).toBe(same.content);

  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: 'CoNLL IOB' }).check();
  const conll = await download(page, () => dialog.getByRole('button', { name: 'Export' }).click());
  expect(conll.name).toMatch(/\.conll$/);
  expect(conll.bytes.toString('utf8')).toBe((await service.exportAs({ format: 'conll', articleIds: [articleId] })).content);
  expect(conll.bytes.toString('utf8')).toContain('\n€ O O B-FIGURE\n410 O O I-FIGURE\nmillion O O I-FIGURE\n');
});

test('opening a W3C export merges its annotations back and says what happened', async ({ app, libraryDir }) => {
  const { page, service } = app;
  await openFile(page, HARBOUR);
  await waitForPhrase(page, "Hamburg's city council");
  await dragSelect(page, '7.7 million containers');
  await page.keyboard.press('f');
  // The figure is saved when the list shows it; reading the service before that races the save.
  await expect(page.getByRole('list', { name: 'Annotations' }).locator('.annotation-item')).toHaveCount(1);
  const articleId = (await service.listArticles()).find((a) => a.title.startsWith('Hamburg'))!.id;
  const exported = await service.exportAs({ format: 'w3c', articleIds: [articleId] });
  const path = join(libraryDir, '..', `w3c-${Date.now()}.jsonld`);
  await writeFile(path, exported.content);
  try {
    const [annotation] = (await service.getArticle({ id: articleId })).annotations;
    await service.deleteAnnotation({ articleId, id: annotation!.id });
    await page.reload();
    await page.getByRole('navigation', { name: 'Library' }).getByText("Hamburg's city council").first().click();
    await expect(page.getByRole('list', { name: 'Annotations' }).locator('.annotation-item')).toHaveCount(0);

    await openFile(page, path);
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report).toContainText('W3C Web Annotations): 1 added');
    await expect(report.getByRole('row', { name: 'placed exactly' })).toHaveText(/placed exactly\s*1/);
    await report.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByRole('list', { name: 'Annotations' }).locator('.annotation-item')).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Annotations' })).toContainText('7.7 million containers');
  } finally {
    await rm(path, { force: true });
  }
});
