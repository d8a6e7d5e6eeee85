// Claims, quotes and figures as real data: fields, links, overlaps, keyboard-only marking,
// undo/redo across a reload, filtering, and offsets that stay right on hard text.

import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './build-renderer';
import { clickPhrase, dragSelect, highlightedTexts, waitForPhrase } from './reader-actions';
import { expect, storedArticle, test } from './temp-library';

const HARBOUR = join(REPO_ROOT, 'e2e', 'fixtures', 'harbour-vote.txt');
const UNICODE = join(REPO_ROOT, 'e2e', 'fixtures', 'unicode-offsets.txt');

async function openFile(page: Page, path: string, firstWords: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(path);
  await waitForPhrase(page, firstWords);
  await expect(page.getByRole('status')).toContainText('Imported');
}

const list = (page: Page) => page.getByRole('list', { name: 'Annotations' });
const items = (page: Page) => list(page).locator('.annotation-item');
const selectedItem = (page: Page) => list(page).locator('.annotation-item.selected');


async function mark(page: Page, phrase: string, key: string, count: number): Promise<void> {
  await dragSelect(page, phrase);
  await page.keyboard.press(key);
  await expect(items(page)).toHaveCount(count);
}

test('a figure is read when marked, shown, and editable', async ({ app, libraryDir }) => {
  const { page } = app;
  await openFile(page, HARBOUR, "Hamburg's city council");
  await mark(page, '€410 million', 'f', 1);
  await expect(selectedItem(page).getByLabel('Reading')).toHaveText('410,000,000 EUR');
  await expect(items(page).first()).toContainText('410,000,000 EUR');
  await selectedItem(page).getByLabel('Approximate').fill('about');
  await selectedItem(page).getByLabel('Approximate').press('Enter');
  await expect.poll(async () => (await storedArticle(libraryDir, "Hamburg's")).annotations[0].fields.figure).toMatchObject({
    value: 410_000_000,
    unit: 'EUR',
    scale: 'million',
    approximate: 'about',
  });
});

test('a quote gets a speaker linked to the span that names her, a form and a cue', async ({ app, libraryDir }) => {
  const { page } = app;
  await openFile(page, HARBOUR, "Hamburg's city council");
  await mark(page, '"We lose traffic to Rotterdam every single month."', 'q', 1);
  await expect(selectedItem(page).getByLabel('Form')).toHaveValue('direct');
  await dragSelect(page, 'Anke Brandt');
  await selectedItem(page).getByRole('button', { name: 'Link selection as speaker' }).click();
  await selectedItem(page).getByLabel('Cue').fill('told');
  await selectedItem(page).getByLabel('Cue').press('Enter');
  await expect(items(page).first()).toContainText('— Anke Brandt');
  await expect.poll(async () => (await storedArticle(libraryDir, "Hamburg's")).annotations[0].fields.quote).toMatchObject({
    speaker: { name: 'Anke Brandt', span: { exact: 'Anke Brandt' } },
    form: 'direct',
    cue: 'told',
  });
  const doc = await storedArticle(libraryDir, "Hamburg's");
  const { span } = doc.annotations[0].fields.quote.speaker;
  expect(doc.article.text.slice(span.start, span.end)).toBe('Anke Brandt');
});

test('a claim gets a status, claimant, verdict and evidence; links show on both ends and go with either', async ({ app, libraryDir }) => {
  const { page } = app;
  await openFile(page, HARBOUR, "Hamburg's city council");
  await mark(page, 'The port handled 7.7 million containers last year, about 8% fewer than in 2022', 'c', 1);
  const claim = selectedItem(page);
  await claim.getByLabel('Status').selectOption('mostly-true');
  await claim.getByLabel('Claimant', { exact: true }).fill('Port of Hamburg');
  await claim.getByLabel('Claimant', { exact: true }).press('Enter');
  await claim.getByLabel('Verdict').fill('Annual report says 7.7m TEU; the 8% is rounded.');
  await claim.getByRole('button', { name: 'Add evidence' }).click();
  await claim.getByLabel('Source 1 URL').fill('https://example.org/port-annual-report');
  await claim.getByLabel('Source 1 title').fill('Port annual report');
  await claim.getByLabel('Source 1 title').press('Enter');
  await expect.poll(async () => (await storedArticle(libraryDir, "Hamburg's")).annotations[0].fields.claim).toMatchObject({
    status: 'mostly-true',
    claimant: { name: 'Port of Hamburg' },
    verdict: 'Annual report says 7.7m TEU; the 8% is rounded.',
    evidence: [{ url: 'https://example.org/port-annual-report', title: 'Port annual report' }],
  });
  await expect(items(page).first()).toContainText('Mostly true · Port of Hamburg');

  await mark(page, '7.7 million containers', 'f', 2);
  const figure = selectedItem(page);
  await figure.getByLabel('Link type').selectOption('supports');
  // The link target is found by typing part of its text, then picked from the matches.
  await figure.getByRole('combobox', { name: 'Link to' }).fill('8%');
  await figure.getByRole('option', { name: /^Claim: / }).click();
  await figure.getByRole('button', { name: 'Add link' }).click();
  await expect(figure.getByRole('list', { name: 'Links' })).toContainText('supports → Claim');
  await items(page).first().locator('.annotation-summary').click();
  await expect(selectedItem(page).getByRole('list', { name: 'Links' })).toContainText('← Figure supports this');
  await expect(items(page).nth(1)).toContainText('1 link');
  expect((await storedArticle(libraryDir, "Hamburg's")).relations).toMatchObject([{ type: 'supports' }]);

  await page.keyboard.press('Delete');
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).not.toContainText('link');
  await expect.poll(async () => (await storedArticle(libraryDir, "Hamburg's")).relations).toEqual([]);
});

test('nested spans stay visible; a click on the shared spot lists all of them to pick from', async ({ app }) => {
  const { page } = app;
  await openFile(page, HARBOUR, "Hamburg's city council");
  await mark(page, 'Opponents said the previous deepening, finished in 2021, had cost twice its budget', 'c', 1);
  await mark(page, 'finished in 2021, had cost twice its budget and silted up', 'q', 2);
  await mark(page, 'twice its budget', 'f', 3);
  expect(await highlightedTexts(page, 'nm-claim')).toHaveLength(1);
  expect(await highlightedTexts(page, 'nm-quote')).toHaveLength(1);
  expect(await highlightedTexts(page, 'nm-figure')).toEqual(['twice its budget']);
  await page.keyboard.press('Escape');
  await clickPhrase(page, 'twice its budget');
  const picker = page.getByRole('menu', { name: 'Annotations here' });
  await expect(picker.getByRole('menuitem')).toHaveCount(3);
  await picker.getByRole('menuitem', { name: /Quote/ }).click();
  await expect(selectedItem(page)).toContainText('Quote');
  await expect(picker).toBeHidden();
});

test('keyboard only: select a whole paragraph, mark it, move, edit, tag, delete', async ({ app, libraryDir }) => {
  const { page } = app;
  await openFile(page, HARBOUR, "Hamburg's city council");
  await page.keyboard.press('p');
  await page.keyboard.press('p');
  await page.keyboard.press('c');
  await expect(items(page)).toHaveCount(1);
  const doc = await storedArticle(libraryDir, "Hamburg's");
  const [claim] = doc.annotations;
  const paragraphs = doc.article.text.split('\n').filter((l: string) => l.trim());
  expect(doc.article.text.slice(claim.start, claim.end)).toBe(paragraphs[1]);

  await page.keyboard.press('s');
  await page.keyboard.press('q');
  await expect(items(page)).toHaveCount(2);

  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await expect(items(page).first()).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('j');
  await expect(items(page).nth(1)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('k');
  await expect(items(page).first()).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('Enter');
  await expect(selectedItem(page).getByLabel('Kind')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('t');
  await expect(selectedItem(page).getByLabel('Add tag')).toBeFocused();
  await page.keyboard.type('shipping');
  await page.keyboard.press('Enter');
  // Shortcuts never fire while typing: "c", "j" and "p" go into the field.
  await page.keyboard.type('cjp');
  await expect(selectedItem(page).getByLabel('Add tag')).toHaveValue('cjp');
  await expect(items(page)).toHaveCount(2);
  await selectedItem(page).getByLabel('Add tag').fill('');
  await page.keyboard.press('Escape');
  await expect(items(page).first()).toContainText('#shipping');
  await page.keyboard.press('Delete');
  await expect(items(page)).toHaveCount(1);

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('select the next paragraph');
});

test('undo and redo work across a reload and change the file on disk', async ({ app, libraryDir }) => {
  const { page } = app;
  await openFile(page, HARBOUR, "Hamburg's city council");
  await mark(page, '€410 million', 'f', 1);
  await selectedItem(page).getByLabel('Note').fill('From the council minutes');
  await selectedItem(page).getByLabel('Note').blur();
  await expect.poll(async () => (await storedArticle(libraryDir, "Hamburg's")).annotations[0]?.note).toBe('From the council minutes');

  await page.reload();
  await waitForPhrase(page, 'Hamburg');
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Hamburg's city council/ }).click();
  await expect(items(page)).toHaveCount(1);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await storedArticle(libraryDir, "Hamburg's")).annotations[0]?.note).toBe('');
  await page.keyboard.press('Control+z');
  await expect(items(page)).toHaveCount(0);
  expect((await storedArticle(libraryDir, "Hamburg's")).annotations).toEqual([]);

  await page.keyboard.press('Control+Shift+z');
  await expect(items(page)).toHaveCount(1);
  await app.menu('redo');
  await expect(items(page).first()).toContainText('From the council minutes');
  expect((await storedArticle(libraryDir, "Hamburg's")).annotations[0].note).toBe('From the council minutes');
  await expect(page.getByRole('status')).toContainText('Redid: Edit annotation');
});

test('the panel filters by kind, text, tag, status and speaker, and sums up', async ({ app }) => {
  const { page } = app;
  await openFile(page, HARBOUR, "Hamburg's city council");
  await mark(page, '€410 million', 'f', 1);
  await mark(page, '7.7 million containers', 'f', 2);
  await mark(page, '"We lose traffic to Rotterdam every single month."', 'q', 3);
  await dragSelect(page, 'Anke Brandt');
  await selectedItem(page).getByRole('button', { name: 'Link selection as speaker' }).click();
  await expect(items(page).nth(1)).toContainText('— Anke Brandt');
  await mark(page, 'The port handled 7.7 million containers last year', 'c', 4);
  await selectedItem(page).getByLabel('Status').selectOption('false');
  await selectedItem(page).getByLabel('Add tag').fill('port');
  await selectedItem(page).getByLabel('Add tag').press('Enter');
  await expect(selectedItem(page)).toContainText('#port');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  const filters = page.getByRole('search', { name: 'Filter annotations' });
  await expect(filters.getByRole('button', { name: /Figures 2/ })).toBeVisible();
  await filters.getByRole('button', { name: /Figures/ }).click();
  await expect(items(page)).toHaveCount(2);
  await expect(page.locator('#panel-heading')).toContainText('2 of 4');
  await filters.getByRole('button', { name: /Figures/ }).click();

  await filters.getByLabel('Search annotations').fill('rotterdam');
  await expect(items(page)).toHaveCount(1);
  await filters.getByLabel('Search annotations').fill('');
  await filters.getByLabel('Tag').selectOption('port');
  await expect(items(page)).toHaveCount(1);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Claim status').selectOption('false');
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toContainText('False');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Speaker').selectOption('Anke Brandt');
  await expect(items(page)).toHaveCount(1);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Sort').selectOption('newest');
  await expect(items(page).first()).toContainText('Claim');

  await page.getByText('Summary', { exact: true }).click();
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('1 claims · 1 quotes · 2 figures');
  await expect(summary.getByRole('list', { name: 'Claims by status' })).toContainText('False: 1');
  await expect(summary.getByRole('list', { name: 'Quotes by speaker' })).toContainText('Anke Brandt: 1');
});

test('offsets stay right with emoji, flags, combining marks, CJK, tabs, runs of spaces and long paragraphs', async ({ app, libraryDir }) => {
  const { page } = app;
  await openFile(page, UNICODE, 'Emoji first');
  const exact = [
    '🌍🔥 then the 👩‍👩‍👧 family',
    '₹1,200 crore for 🇵🇹',
    'cafe\u0301 owners said «très bien»',
    'n\u0303 marks',
    '北京的消息称，增长了5%',
    'column one\tcolumn two',
    'three   spaces   here',
    'FINAL 😀 WORDS',
  ];
  for (const [i, phrase] of exact.entries()) {
    // Alt held while selecting keeps the exact characters.
    await page.keyboard.down('Alt');
    await dragSelect(page, phrase);
    await page.keyboard.up('Alt');
    await page.keyboard.press('f');
    await expect(items(page)).toHaveCount(i + 1);
  }
  // Without Alt, a selection that starts or ends inside a word grows to the whole word.
  await dragSelect(page, 'afe\u0301 own');
  await page.keyboard.press('c');
  await expect(items(page)).toHaveCount(exact.length + 1);

  const doc = await storedArticle(libraryDir, 'Emoji first');
  const slices = doc.annotations.map((a: { start: number; end: number }) => doc.article.text.slice(a.start, a.end));
  expect(slices.sort()).toEqual([...exact, 'cafe\u0301 owners'].sort());
  for (const a of doc.annotations) expect(doc.article.text.slice(a.start, a.end)).toBe(a.quote.exact);
  expect((await highlightedTexts(page, 'nm-figure')).sort()).toEqual([...exact].sort());
});
