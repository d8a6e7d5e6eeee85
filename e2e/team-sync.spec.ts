// Team sync in the window: connecting through File › Team sync… (a wrong password first), a
// colleague's annotation arriving on screen, and the same annotation edited on two machines
// offline shown in its editor with both versions, settled with one click. The colleague is a
// second library with its own service and sync in this process; the team database is a real
// PouchDB Server on 127.0.0.1, started, killed and restarted by the test.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryService } from '../core/service';
import { SessionCredentials } from '../core/sync/credentials';
import { TeamSync } from '../core/sync/team-sync';
import { ADMIN, CouchServer } from '../core/testing/couch-server';
import { expect, test } from './temp-library';

test('connect to a team database, see a colleague’s work arrive, settle an annotation edited on two machines', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const root = await mkdtemp(join(tmpdir(), 'newsmark-e2e-sync-'));
  const couch = await CouchServer.start(join(root, 'couch'));
  const colleagueDir = join(root, 'colleague');
  const colleague = await LibraryService.open(colleagueDir);
  const colleagueSync = await TeamSync.open(colleagueDir, colleague.syncPort(), new SessionCredentials());
  try {
    const url = `${couch.origin}/newsroom`;
    await page.getByRole('button', { name: 'Team sync' }).click();
    const dialog = page.getByRole('dialog', { name: 'Team sync' });
    await expect(dialog).toContainText('Not connected');
    await dialog.getByLabel('Team database (CouchDB) URL').fill(url);
    await dialog.getByLabel('User name').fill(ADMIN.username);
    await dialog.getByLabel('Password').fill('wrong');
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect(dialog.getByRole('alert')).toContainText('refused the user name or password (401)');
    await dialog.getByLabel('Password').fill(ADMIN.password);
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect(dialog).toContainText(`Synced with ${url}`, { timeout: 20_000 });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('button', { name: 'Synced' })).toBeVisible();

    // The colleague gets the sample story and marks a figure in it: it shows up in the window.
    await colleagueSync.connect({ url, ...ADMIN });
    const deadline = Date.now() + 20_000;
    while ((await colleague.listArticles()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const [story] = await colleague.listArticles();
    const text = (await colleague.getArticle({ id: story!.id })).article.text;
    const at = text.indexOf('23% of capacity');
    const figure = await colleague.createAnnotation({ articleId: story!.id, kind: 'figure', start: at, end: at + 3 });
    const items = page.getByRole('list', { name: 'Annotations' }).locator('.annotation-item');
    await expect(items).toHaveCount(1, { timeout: 20_000 });

    // Both edit its note while the team database is down.
    await couch.kill();
    await app.service.updateAnnotation({ articleId: story!.id, id: figure.id, note: 'Mine: check the reservoir data' });
    await colleague.updateAnnotation({ articleId: story!.id, id: figure.id, note: 'Colleague: source is the water agency' });
    await expect(page.getByRole('button', { name: 'Offline' })).toBeVisible({ timeout: 20_000 });
    await couch.resume();
    await expect(page.getByRole('button', { name: 'Sync: 1 conflict' })).toBeVisible({ timeout: 30_000 });

    await items.first().locator('.annotation-summary').click();
    const conflict = page.locator('.annotation-conflict');
    await expect(conflict).toContainText('Edited on two machines');
    await expect(conflict).toContainText('Mine: check the reservoir data');
    await expect(conflict).toContainText('Colleague: source is the water agency');
    await conflict.locator('.conflict-version', { hasText: 'Colleague: source' }).getByRole('button', { name: 'Keep this version' }).click();
    await expect(conflict).toHaveCount(0, { timeout: 10_000 });
    await expect(page.getByRole('button', { name: 'Synced' })).toBeVisible({ timeout: 20_000 });
    const mine = await app.service.getArticle({ id: story!.id });
    expect(mine.annotations.map((a) => a.note)).toEqual(['Colleague: source is the water agency']);
  } finally {
    await colleagueSync.close();
    await colleague.close();
    await couch.kill();
    await rm(root, { recursive: true, force: true });
  }
});
