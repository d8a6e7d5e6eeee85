// The reader's layer views over an article holding the user's own annotations and Bob's layer
// (imported from Bob's export): Bob's layer alone in place of the user's, overlaid in a line style
// the legend names (passing axe), and side by side — the picker reached and worked from the keyboard.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { LibraryService } from '../core/service';
import { seriousViolations } from './axe-check';
import type { RunningApp } from './harness';
import { expect, test } from './temp-library';

const TEXT = 'Port traffic rose.\n\nThe mayor said the port handled 8.7 million containers. Critics said costs rose by 40% since 2019.';
const base64 = (s: string) => Buffer.from(s).toString('base64');
const span = (exact: string) => ({ start: TEXT.indexOf(exact), end: TEXT.indexOf(exact) + exact.length });

/** The texts a CSS highlight paints, in the pane `within` (a CSS selector). */
function painted(page: Page, name: string, within = '.article-text'): Promise<string[]> {
  return page.evaluate(
    ({ name, within }) => {
      const pane = document.querySelector(within);
      return [...((CSS.highlights.get(name) as Iterable<StaticRange> | undefined) ?? [])]
        .filter((r) => pane?.contains(r.startContainer))
        .map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        })
        .sort();
    },
    { name, within },
  );
}

async function withBobsLayer(app: RunningApp): Promise<void> {
  const { article } = await app.service.importText({ text: TEXT, title: 'Port traffic rose.' });
  await app.service.createAnnotation({ articleId: article.id, kind: 'quote', ...span('the port handled 8.7 million containers') });
  const dir = await mkdtemp(join(tmpdir(), 'newsmark-bob-'));
  try {
    const bob = await LibraryService.open(dir, { annotator: 'Bob' });
    const { article: his } = await bob.importText({ text: TEXT, title: 'Port traffic rose.' });
    await bob.createAnnotation({ articleId: his.id, kind: 'claim', ...span('costs rose by 40% since 2019') });
    const file = (await bob.exportAs({ format: 'json' })).content;
    await bob.close();
    expect(await app.service.importAnnotations({ fileName: 'bob.json', contentBase64: base64(file) })).toMatchObject({ layers: ['Bob'] });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await app.page.reload();
  await app.page.getByRole('button', { name: /Port traffic rose/ }).first().click();
  await expect(app.page.getByRole('region', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText('Port traffic rose.');
}

test('one layer, overlaid, side by side: chosen from the keyboard, told apart by line style and legend', async ({ app }) => {
  const { page } = app;
  await withBobsLayer(app);
  const picker = page.getByRole('group', { name: 'Layers' });
  await expect(picker).toBeVisible();
  expect(await painted(page, 'nm-quote')).toEqual(['the port handled 8.7 million containers']);
  expect(await painted(page, 'nm-claim')).toEqual([]);

  // v puts the keyboard in the picker; Tab to the layer, and Bob's layer replaces the user's own.
  await page.locator('.reader').focus();
  await page.keyboard.press('v');
  await expect(picker.getByLabel('Layer view')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(picker.getByLabel('Layer shown')).toBeFocused();
  await picker.getByLabel('Layer shown').selectOption({ label: 'Bob' });
  await expect.poll(() => painted(page, 'nm-claim')).toEqual(['costs rose by 40% since 2019']);
  expect(await painted(page, 'nm-quote')).toEqual([]);
  await expect(picker.getByRole('list', { name: 'Legend' })).toContainText('What you mark goes to your own layer.');

  // Overlaid: the user's own in the kinds' marks, Bob's over it as a double underline, named so.
  await picker.getByLabel('Layer shown').selectOption({ label: 'You' });
  await picker.getByLabel('Layer view').selectOption({ label: 'Overlaid' });
  await picker.getByLabel('Lay over: Bob').check();
  await expect.poll(() => painted(page, 'nm-layer-0')).toEqual(['costs rose by 40% since 2019']);
  expect(await painted(page, 'nm-quote')).toEqual(['the port handled 8.7 million containers']);
  await expect(picker.getByRole('list', { name: 'Legend' })).toContainText('Bob: double underline');
  expect(await seriousViolations(page)).toEqual([]);
  const style = await page.evaluate(() => {
    const probe = document.createElement('p');
    document.querySelector('.article-text')!.append(probe);
    const s = getComputedStyle(probe, '::highlight(nm-layer-0)');
    const found = `${s.textDecorationLine} ${s.textDecorationStyle}`;
    probe.remove();
    return found;
  });
  expect(style).toBe('underline double');
  await picker.getByLabel('Lay over: Bob').uncheck();
  await expect.poll(() => painted(page, 'nm-layer-0')).toEqual([]);

  // Side by side: the user's own on the left, Bob's in a pane of its own on the right.
  await picker.getByLabel('Layer view').selectOption({ label: 'Side by side' });
  const right = page.getByRole('region', { name: 'Layer: Bob' });
  await expect(right).toContainText('Critics said costs rose by 40% since 2019.');
  await expect.poll(() => painted(page, 'nm-side-claim', '.side-pane')).toEqual(['costs rose by 40% since 2019']);
  expect(await painted(page, 'nm-quote')).toEqual(['the port handled 8.7 million containers']);
  // Esc from the picker gives the keyboard back to the article.
  await picker.getByLabel('Right layer').focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('.reader')).toBeFocused();
  await picker.getByLabel('Layer view').selectOption({ label: 'One layer' });
  await expect(right).toBeHidden();
});
