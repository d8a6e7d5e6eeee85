// An article's backups through the real UI over a real library folder: Details… lists them and
// restores one (undoably), and an article file emptied by a power cut is put back from its
// backup at start-up, with a notice that names the article, the backup's time and what was lost.

import { stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { LibraryService } from '../core/service';
import { launchApp } from './harness';
import { expect, test } from './temp-library';

const STORY = 'Apple harvest falls short.\n\nGrowers blamed a late frost in the valley orchards.';

/** Imports the story and marks a claim on "late frost"; returns the article's id. */
async function storyWithClaim(service: LibraryService): Promise<string> {
  const { article } = await service.importFile({ fileName: 'apples.txt', contentBase64: Buffer.from(STORY).toString('base64') });
  await mark(service, article.id, 'claim', 'late frost');
  return article.id;
}

async function mark(service: LibraryService, articleId: string, kind: 'claim' | 'quote', words: string): Promise<void> {
  const { article } = await service.getArticle({ id: articleId });
  const start = article.text.indexOf(words);
  await service.createAnnotation({ articleId, kind, start, end: start + words.length });
}

const annotations = (page: Page) => page.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
const row = (page: Page, title: string) => page.getByRole('navigation', { name: 'Library' }).getByRole('list', { name: 'Articles' }).getByRole('listitem').filter({ hasText: title });

test('Details… lists an article’s backups and restores one; Undo brings the newer state back', async ({ libraryDir }) => {
  const before = await LibraryService.open(libraryDir);
  const id = await storyWithClaim(before);
  await before.close();

  const app = await launchApp({ libraryDir, seedSample: false });
  try {
    const { page } = app;
    // The first change after opening keeps the one-claim version as a backup.
    await mark(app.service, id, 'quote', 'valley orchards');
    await page.reload();
    await expect(annotations(page)).toHaveCount(2);

    await row(page, 'Apple harvest').getByRole('button', { name: 'Details…' }).click();
    const backups = page.getByRole('dialog', { name: 'Article details' }).getByRole('region', { name: 'Backups' });
    const oneClaim = backups.getByRole('listitem').filter({ hasText: '1 claims · 0 quotes · 0 figures' });
    await expect(oneClaim).toHaveCount(1);
    await oneClaim.getByRole('button', { name: /^Restore the backup of / }).click();

    await expect(annotations(page)).toHaveCount(1);
    await expect(annotations(page).first()).toContainText('late frost');
    expect((await app.service.getArticle({ id })).annotations.map((a) => a.kind)).toEqual(['claim']);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(annotations(page)).toHaveCount(2);
    expect((await app.service.getArticle({ id })).annotations.map((a) => a.kind).sort()).toEqual(['claim', 'quote']);
  } finally {
    await app.close();
  }
});

for (const damage of ['emptied', 'zeroed'] as const) {
  test(`an article file ${damage} by a power cut is restored from its backup, and the window says so`, async ({ libraryDir }) => {
    const first = await LibraryService.open(libraryDir);
    const id = await storyWithClaim(first);
    await first.close();
    const second = await LibraryService.open(libraryDir);
    await mark(second, id, 'quote', 'valley orchards'); // keeps the one-claim version as a backup
    const [backup] = await second.listBackups({ articleId: id });
    await second.close();

    const file = join(libraryDir, 'articles', `${id}.json`);
    if (damage === 'emptied') await truncate(file, 0);
    else await writeFile(file, Buffer.alloc((await stat(file)).size)); // its length kept, every byte zero, as a power cut can leave it

    const app = await launchApp({ libraryDir, seedSample: false });
    try {
      const { page } = app;
      const when = backup!.savedAt.slice(0, 16).replace('T', ' ');
      const notice = page.getByText(/could not be read/);
      await expect(notice).toContainText('“Apple harvest falls short.');
      await expect(notice).toContainText(`restored from its backup of ${when} UTC`);
      await expect(notice).toContainText('Lost: changes made after');
      await expect(notice).toContainText('the list last showed 2 annotations, the backup has 1');
      await row(page, 'Apple harvest').getByRole('button', { name: /Apple harvest/ }).first().click();
      await expect(annotations(page)).toHaveCount(1);
      await expect(annotations(page).first()).toContainText('late frost');
    } finally {
      await app.close();
    }
  });
}
