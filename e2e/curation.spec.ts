// The curator view from the keyboard alone: `u` opens it on an article holding the user's own
// annotations and Bob's layer; Shift+B, Shift+X, Shift+K, Shift+J and Shift+T walk and settle the
// three disagreements (the view passing axe); the curated layer is on disk and leaves in the article's export (Ctrl+E).

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryService } from '../core/service';
import { seriousViolations } from './axe-check';
import type { RunningApp } from './harness';
import { expect, storedArticle, test } from './temp-library';

const TEXT = 'Port traffic rose.\n\nThe mayor said the port handled 8.7 million containers. Critics said costs rose by 40% since 2019.';
const span = (exact: string) => ({ start: TEXT.indexOf(exact), end: TEXT.indexOf(exact) + exact.length });
type Marks = [kind: 'claim' | 'quote' | 'figure', exact: string][];

async function mark(service: LibraryService, articleId: string, marks: Marks): Promise<void> {
  for (const [kind, exact] of marks) await service.createAnnotation({ articleId, kind, ...span(exact) });
}

async function twoLayers(app: RunningApp): Promise<void> {
  const { article } = await app.service.importText({ text: TEXT, title: 'Port traffic rose.' });
  await mark(app.service, article.id, [['quote', 'the port handled 8.7 million containers'], ['figure', '8.7 million'], ['claim', 'since 2019']]);
  const dir = await mkdtemp(join(tmpdir(), 'newsmark-bob-'));
  try {
    const bob = await LibraryService.open(dir, { annotator: 'Bob' });
    const his = (await bob.importText({ text: TEXT, title: 'Port traffic rose.' })).article.id;
    await mark(bob, his, [['quote', 'the port handled 8.7 million containers'], ['figure', '8.7 million containers'], ['claim', 'Critics said']]);
    const file = (await bob.exportAs({ format: 'json' })).content;
    await bob.close();
    await app.service.importAnnotations({ fileName: 'bob.json', contentBase64: Buffer.from(file).toString('base64') });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('walks and settles the disagreements between two layers with keys only, and the curated layer exports', async ({ app, libraryDir }) => {
  const { page } = app;
  await twoLayers(app);
  await page.reload();
  // The story changed last, so the window opens it, and the keyboard is in it.
  await expect(page.getByRole('region', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText('Port traffic rose.');
  await expect(page.locator('.reader')).toBeFocused();

  await page.keyboard.press('u');
  const curator = page.getByRole('dialog', { name: 'Curation' });
  const item = curator.getByRole('status');
  await expect(curator).toContainText('1 annotation agrees (the curated layer starts with them) · 3 disagreements');
  await expect(item).toHaveText('1 of 3: Different bounds');
  await expect(curator.getByRole('region', { name: 'A: You' })).toContainText('figure “8.7 million”');
  await expect(curator.getByRole('region', { name: 'B: Bob' })).toContainText('figure “8.7 million containers”');
  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.press('Shift+B');
  await expect(item).toHaveText('2 of 3: Only in B');
  await expect(curator.getByRole('region', { name: 'B: Bob' })).toContainText('claim “Critics said”');
  await page.keyboard.press('Shift+X');
  await expect(item).toHaveText('3 of 3: Only in A');
  await page.keyboard.press('Shift+K');
  await expect(item).toHaveText('2 of 3: Only in B');
  await expect(curator.getByLabel('In the curated layer')).toHaveText('Curated layer holds: neither yet');
  await page.keyboard.press('Shift+J');
  await page.keyboard.press('Shift+T');
  await expect(curator.getByRole('status')).toContainText('All 3 disagreements walked.');
  await page.keyboard.press('Shift+K');
  await expect(curator.getByLabel('In the curated layer')).toHaveText("Curated layer holds: A's");
  await page.keyboard.press('Escape');
  await expect(curator).toBeHidden();

  const stored = await storedArticle(libraryDir, 'Port traffic rose.');
  const curated = stored.layers.find((l: { name: string }) => l.name === 'curated');
  expect(curated.role).toBe('curation');
  expect(curated.annotations.map((a: { quote: { exact: string } }) => a.quote.exact).sort()).toEqual(['8.7 million containers', 'since 2019', 'the port handled 8.7 million containers']);

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+E');
  const exported = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  const layer = exported.articles[0].layers.find((l: { name: string }) => l.name === 'curated');
  expect(layer).toMatchObject({ role: 'curation' });
  expect(layer.annotations).toHaveLength(3);
});
