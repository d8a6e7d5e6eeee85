// Annotations of one kind on the same words stay told apart: where two claims overlap the band is
// deeper than where one claim lies (quotes: a wash under the underline), and where one claim
// begins as another ends there is a tick.
// Checked in the highlights registry, in the computed style and in the pixels Chromium painted.

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './build-renderer';
import { backgroundOf, luminance } from './pixels';
import { dragSelect, highlightedTexts, waitForPhrase } from './reader-actions';
import { expect, test } from './temp-library';

const HARBOUR = join(REPO_ROOT, 'e2e', 'fixtures', 'harbour-vote.txt');
const items = (page: Page) => page.getByRole('list', { name: 'Annotations' }).locator('.annotation-item');

async function openHarbour(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(HARBOUR);
  await waitForPhrase(page, "Hamburg's city council");
}

async function mark(page: Page, phrase: string, key: string, count: number): Promise<void> {
  await dragSelect(page, phrase);
  await page.keyboard.press(key);
  await expect(items(page)).toHaveCount(count);
}

/** Nothing selected and no flash left, so only the kinds' own highlights paint the text. */
async function settle(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.locator('.annotation-item.selected')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('nm-flash'))).toBe(false);
}

test('two overlapping claims paint their shared words deeper than either alone', async ({ app }) => {
  const { page } = app;
  await openHarbour(page);
  await mark(page, 'The port handled 7.7 million containers', 'c', 1);
  await mark(page, '7.7 million containers last year', 'c', 2);
  await settle(page);

  expect(await highlightedTexts(page, 'nm-claim')).toHaveLength(2);
  expect(await highlightedTexts(page, 'nm-claim-deep')).toEqual(['7.7 million containers']);
  expect(await highlightedTexts(page, 'nm-claim-edge')).toEqual([]);

  const paper = luminance(await backgroundOf(page, 'fewer than'));
  const one = luminance(await backgroundOf(page, 'handled'));
  const other = luminance(await backgroundOf(page, 'last year'));
  const both = luminance(await backgroundOf(page, 'million containers'));
  expect(one).toBeLessThan(paper);
  expect(Math.abs(one - other)).toBeLessThan(0.01);
  // A band a reader sees: clearly darker than a single claim, not a rounding difference.
  expect(one - both).toBeGreaterThan(0.05);

  // Deleting one claim leaves a plain single band again.
  await page.getByRole('list', { name: 'Annotations' }).getByRole('button', { name: /7\.7 million containers last year/ }).click();
  await page.keyboard.press('Delete');
  await expect(items(page)).toHaveCount(1);
  expect(await highlightedTexts(page, 'nm-claim-deep')).toEqual([]);
  await settle(page);
  expect(Math.abs(luminance(await backgroundOf(page, 'million containers')) - one)).toBeLessThan(0.01);
});

test('two claims that meet end to start show where the second begins; overlapping quotes get a wash', async ({ app }) => {
  const { page } = app;
  await openHarbour(page);
  await mark(page, 'The port handled 7.7 million containers last year', 'c', 1);
  // Alt: exactly these characters, the comma included, so the second claim starts where the first ends.
  await dragSelect(page, ', about 8% fewer than in 2022');
  await page.keyboard.press('Alt+c');
  await expect(items(page)).toHaveCount(2);
  await mark(page, 'Opponents said the previous deepening', 'q', 3);
  await mark(page, 'the previous deepening, finished in 2021', 'q', 4);
  await settle(page);

  expect(await highlightedTexts(page, 'nm-claim-deep')).toEqual([]);
  expect(await highlightedTexts(page, 'nm-claim-edge')).toEqual([',']);
  expect(await highlightedTexts(page, 'nm-quote-deep')).toEqual(['the previous deepening']);
  const style = (name: string) =>
    page.evaluate((n) => {
      const s = getComputedStyle(document.querySelector('.article-text p')!, `::highlight(${n})`);
      return `${s.textDecorationLine} ${s.textDecorationStyle}`;
    }, name);
  expect(await style('nm-claim-edge')).toBe('overline solid');
  expect(await style('nm-quote')).toBe('underline solid');
  const oneQuote = luminance(await backgroundOf(page, 'Opponents said'));
  const twoQuotes = luminance(await backgroundOf(page, 'previous deepening'));
  expect(oneQuote - twoQuotes).toBeGreaterThan(0.05);
});
