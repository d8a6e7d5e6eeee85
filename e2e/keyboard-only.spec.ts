// A whole article annotated without the mouse, on the bundled sample story (a real-length news
// report): select by sentence, move both ends of the selection by word and character, mark, edit
// every field, link a speaker chosen in the text, add a link, a tag and a note, accept and reject
// suggestions, go to the next article. Plus the shortcuts that once did not do what they said.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './build-renderer';
import { waitForPhrase } from './reader-actions';
import { expect, storedArticle, test } from './temp-library';

const SAMPLE_START = 'Portugal';
const list = (page: Page) => page.getByRole('list', { name: 'Annotations' });
const items = (page: Page) => list(page).locator('.annotation-item');
const selectedItem = (page: Page) => list(page).locator('.annotation-item.selected');
const selectionText = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? '');
const focusedIn = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.closest(s) !== null, selector);

/** Presses `key` until the selection satisfies `done` (at most `max` times). */
async function pressUntil(page: Page, key: string, done: (selected: string) => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (done(await selectionText(page))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} ×${max} never gave the selection wanted; it is "${await selectionText(page)}"`);
}

/** Tabs (or Shift+Tabs) until the control named `name` has the focus. */
async function tabTo(page: Page, name: string, backwards = false, max = 40): Promise<void> {
  const focusedName = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.getAttribute('aria-label') ?? el?.labels?.[0]?.querySelector('span')?.textContent ?? el?.textContent?.trim() ?? '';
    });
  for (let i = 0; i < max; i++) {
    if ((await focusedName()) === name) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached "${name}"; the focus is on "${await focusedName()}"`);
}

async function stored(libraryDir: string) {
  return storedArticle(libraryDir, SAMPLE_START);
}

test('a whole article annotated from the keyboard alone', async ({ app, libraryDir }) => {
  const { page, service } = app;
  const harbour = await readFile(join(REPO_ROOT, 'e2e', 'fixtures', 'harbour-vote.txt'));
  await service.importFile({ fileName: 'harbour-vote.txt', contentBase64: harbour.toString('base64') });
  // The story imported last opens first, with the keyboard in its text; `]` opens the next one.
  await page.reload();
  await waitForPhrase(page, "Hamburg's city council");
  expect(await focusedIn(page, '.reader')).toBe(true);
  await page.keyboard.press(']');
  await waitForPhrase(page, 'desalination capacity');
  expect(await focusedIn(page, '.reader')).toBe(true);

  // A figure in the middle of a sentence: select the sentence, move its start, then its end, by words.
  await page.keyboard.press('s');
  expect(await selectionText(page)).toMatch(/^LISBON, March 14/);
  await page.keyboard.press('o');
  await pressUntil(page, 'Shift+ArrowRight', (t) => t.trimStart().startsWith('€1.2'));
  await page.keyboard.press('o');
  await pressUntil(page, 'Shift+ArrowLeft', (t) => t.trimEnd().endsWith('billion'));
  await page.keyboard.press('f');
  await expect(items(page)).toHaveCount(1);
  await expect(selectedItem(page)).toContainText('Figure');
  await expect.poll(async () => (await stored(libraryDir)).annotations[0]?.fields.figure).toMatchObject({ value: 1200000000, unit: 'EUR' });

  // A quote inside its sentence: the next sentence, its end moved back by words to the closing mark.
  await page.keyboard.press('s');
  await pressUntil(page, 'Shift+ArrowLeft', (t) => !t.includes('Environment'));
  await page.keyboard.press('q');
  await expect(items(page)).toHaveCount(2);
  await expect(selectedItem(page)).toContainText('Quote');
  const quote = (await stored(libraryDir)).annotations.find((a: { kind: string }) => a.kind === 'quote');
  expect(quote.quote.exact).toBe('"We cannot wait for the rain any longer,"');

  // Its speaker, chosen in the text: back to the whole sentence, both ends moved to the name, `l`.
  await page.keyboard.press('Shift+S');
  await page.keyboard.press('s');
  await page.keyboard.press('o');
  await pressUntil(page, 'Shift+ArrowRight', (t) => t.trimStart().startsWith('Carla'));
  await page.keyboard.press('o');
  await pressUntil(page, 'Shift+ArrowLeft', (t) => t.trimEnd().endsWith('Duarte'));
  await page.keyboard.press('l');
  await expect(selectedItem(page)).toContainText('— Carla Duarte');
  await expect
    .poll(async () => (await stored(libraryDir)).annotations.find((a: { kind: string }) => a.kind === 'quote').fields.quote.speaker)
    .toMatchObject({ name: 'Carla Duarte', span: { exact: 'Carla Duarte' } });

  // A claim whose opening quote mark is left out, character by character (so it is marked exactly).
  await page.keyboard.press('s');
  expect(await selectionText(page)).toMatch(/^"The reservoirs/);
  await page.keyboard.press('o');
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await page.keyboard.press('c');
  await expect(items(page)).toHaveCount(3);
  const claim = (await stored(libraryDir)).annotations.find((a: { kind: string }) => a.kind === 'claim');
  expect(claim.quote.exact).toMatch(/^The reservoirs in the south are at 23% of capacity/);

  // Edit every field of the claim from the keyboard: status, claimant, verdict, note, tag, a link.
  await expect(selectedItem(page)).toContainText('Claim');
  await page.keyboard.press('Enter');
  await expect(selectedItem(page).getByLabel('Kind')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(selectedItem(page).getByLabel('Status')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(selectedItem(page).getByLabel('Status')).toHaveValue('checking');
  await tabTo(page, 'Claimant');
  await page.keyboard.type('Carla Duarte');
  await tabTo(page, 'Verdict');
  await page.keyboard.type('Reservoir data confirm 23%.');
  await tabTo(page, 'Add evidence');
  // Focus on an editor button: letters typed there do nothing (they used to mark or tag).
  await page.keyboard.type('ctj');
  await expect(items(page)).toHaveCount(3);
  await page.keyboard.press('Enter');
  await tabTo(page, 'Source 1 URL', true);
  await page.keyboard.type('https://snirh.apambiente.pt/');
  await page.keyboard.press('Escape');
  expect(await focusedIn(page, '.reader')).toBe(true);
  await page.keyboard.press('t');
  await page.keyboard.type('water');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Note', true);
  await page.keyboard.type('Ask the ministry for the reservoir figures.');
  await tabTo(page, 'Link to');
  await page.keyboard.type('€1.2');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Add link');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  expect(await focusedIn(page, '.reader')).toBe(true);
  await expect
    .poll(async () => {
      const d = await stored(libraryDir);
      const c = d.annotations.find((a: { kind: string }) => a.kind === 'claim');
      return { status: c.fields.claim.status, claimant: c.fields.claim.claimant?.name, url: c.fields.claim.evidence[0]?.url, verdict: c.fields.claim.verdict, note: c.note, tags: c.tags, links: d.relations.length };
    })
    .toEqual({ status: 'checking', claimant: 'Carla Duarte', url: 'https://snirh.apambiente.pt/', verdict: 'Reservoir data confirm 23%.', note: 'Ask the ministry for the reservoir figures.', tags: ['water'], links: 1 });

  // Suggestions: ask, step to one, accept it; step to the next, reject it.
  const before = (await stored(libraryDir)).annotations.length;
  await page.keyboard.press('Control+Shift+G');
  const suggestions = page.getByRole('list', { name: 'Suggestions' }).locator('.suggestion');
  await expect(suggestions.first()).toBeVisible();
  const offered = await suggestions.count();
  await page.keyboard.press('n');
  await expect(suggestions.first()).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('a');
  await expect(suggestions).toHaveCount(offered - 1);
  await page.keyboard.press('x');
  await expect(suggestions).toHaveCount(offered - 2);
  await expect.poll(async () => (await stored(libraryDir)).annotations.length).toBe(before + 1);
  expect((await stored(libraryDir)).rejectedSuggestions).toHaveLength(1);

  // The next article of the library (sorted by last edit: the sample is now first), with the keyboard in its text again.
  await page.keyboard.press(']');
  await expect(page.getByRole('heading', { level: 1 })).toContainText("Hamburg's city council");
  expect(await focusedIn(page, '.reader')).toBe(true);
  await page.keyboard.press('s');
  await page.keyboard.press('c');
  await expect.poll(async () => (await storedArticle(libraryDir, "Hamburg's")).annotations.length).toBe(1);
});
