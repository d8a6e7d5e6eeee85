// Suggestions in the window: ask for them on the sample, accept a figure and a quote (fields
// filled in, speaker linked), reject a claim for good, accept all of one kind.

import type { Page } from '@playwright/test';
import { highlightedTexts, waitForPhrase } from './reader-actions';
import { expect, storedArticles, test } from './temp-library';

async function storedSample(libraryDir: string) {
  const [sample] = await storedArticles(libraryDir);
  return sample!;
}

const suggestionList = (page: Page) => page.getByRole('list', { name: 'Suggestions' });
const suggestion = (page: Page, text: string) => suggestionList(page).getByRole('listitem').filter({ hasText: text });
const annotations = (page: Page) => page.getByRole('list', { name: 'Annotations' }).locator('.annotation-item');

test('suggest on the sample: accept a figure and a quote, reject a claim', async ({ app, libraryDir }) => {
  const { page } = app;
  await waitForPhrase(page, 'LISBON');
  await page.getByRole('button', { name: 'Suggest' }).click();
  await expect(suggestion(page, '€1.2 billion').first()).toBeVisible();
  // Each kind of suggestion has its own highlight, underlined in a pattern of its own (no colour needed).
  expect(await highlightedTexts(page, 'nm-suggested-figure')).toContain('€1.2 billion');
  await expect.poll(() => highlightedTexts(page, 'nm-suggested-quote')).toContainEqual(expect.stringContaining('We cannot wait for the rain'));
  expect(await highlightedTexts(page, 'nm-suggested-claim')).toContainEqual(expect.stringContaining("The finance ministry's own estimate"));
  expect(await highlightedTexts(page, 'nm-suggested-claim')).not.toContain('€1.2 billion');
  const underline = (kind: string) =>
    page.evaluate((k) => {
      const s = getComputedStyle(document.querySelector('.article-text p')!, `::highlight(nm-suggested-${k})`);
      return `${s.textDecorationLine} ${s.textDecorationStyle}`;
    }, kind);
  expect([await underline('claim'), await underline('quote'), await underline('figure')]).toEqual([
    'underline dashed',
    'underline wavy',
    'underline dotted',
  ]);

  // A figure, by its Accept button: its reading is filled in.
  await suggestion(page, 'money: 1,200,000,000 EUR').getByRole('button', { name: 'Accept' }).click();
  await expect(annotations(page)).toHaveCount(1);
  await expect(annotations(page).first()).toContainText('1,200,000,000 EUR');
  await expect(suggestion(page, 'money: 1,200,000,000 EUR')).toHaveCount(0);

  // A quote shows its form and how sure the engine is; from the keyboard: activate it, press a.
  // Its speaker is linked to the span naming her.
  await expect(suggestion(page, 'We cannot wait for the rain').locator('.suggestion-form')).toHaveText(/^Direct · \d{2,3}%$/u);
  await suggestion(page, 'We cannot wait for the rain').locator('.suggestion-summary').click();
  await page.keyboard.press('a');
  await expect(annotations(page)).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Annotations' })).toContainText('— Carla Duarte');

  // A claim, rejected with x: gone now and after a reload.
  const claimText = "The finance ministry's own estimate";
  await suggestion(page, claimText).locator('.suggestion-summary').click();
  await page.keyboard.press('x');
  await expect(suggestion(page, claimText)).toHaveCount(0);

  const doc = await storedSample(libraryDir);
  const figure = doc.annotations.find((a: { kind: string }) => a.kind === 'figure');
  expect(figure).toMatchObject({
    origin: 'suggested',
    quote: { exact: '€1.2 billion' },
    fields: { figure: { value: 1.2e9, unit: 'EUR' } },
  });
  const quote = doc.annotations.find((a: { kind: string }) => a.kind === 'quote');
  expect(quote.origin).toBe('suggested');
  expect(quote.fields.quote).toMatchObject({ form: 'direct', cue: 'told', speaker: { name: 'Carla Duarte' } });
  const { span } = quote.fields.quote.speaker;
  expect(doc.article.text.slice(span.start, span.end)).toContain('Carla Duarte');
  expect(doc.rejectedSuggestions).toHaveLength(1);
  expect(doc.rejectedSuggestions[0]).toMatch(/^claim:/);

  await page.reload();
  await waitForPhrase(page, 'LISBON');
  await page.getByRole('button', { name: 'Suggest' }).click();
  await expect(suggestion(page, '€150 million').first()).toBeVisible();
  await expect(suggestion(page, claimText)).toHaveCount(0);
  await expect(suggestion(page, 'We cannot wait for the rain')).toHaveCount(0);
});

test('accept all figures at once, then undo brings the suggestions back', async ({ app, libraryDir }) => {
  const { page } = app;
  await waitForPhrase(page, 'LISBON');
  await page.getByRole('button', { name: 'Suggest' }).click();
  const figures = suggestionList(page).locator('.suggestion.kind-figure');
  await expect(figures.first()).toBeVisible();
  const count = await figures.count();
  expect(count).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'Accept all figures' }).click();
  // The list draws only the rows in view: the panel's heading counts them all.
  await expect(page.locator('#panel-heading .count')).toHaveText(String(count));
  await expect(annotations(page).first()).toHaveAttribute('aria-setsize', String(count));
  await expect(figures).toHaveCount(0);
  expect((await storedSample(libraryDir)).annotations.every((a: { origin: string }) => a.origin === 'suggested')).toBe(true);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(annotations(page)).toHaveCount(0);
  await expect(figures).toHaveCount(count);
});
