// A heavily marked article stays usable: the panel draws only the rows in view, yet the
// keyboard reaches every annotation (the row it lands on is drawn and opened), and every
// annotation is painted in the text; in a very long one, wherever the reader scrolls to.

import { randomUUID } from 'node:crypto';
import { quoteAt } from '../core/anchoring/text-quote';
import { nativeJsonText } from '../core/formats/native';
import { hashText } from '../core/import/content-hash';
import type { Annotation } from '../core/model';
import { expect, test } from './temp-library';
import { dragSelect, highlightedTexts, waitForPhrase } from './reader-actions';

const COUNT = 400;

const paintedCount = (page: import('@playwright/test').Page) =>
  page.evaluate(() => ['nm-claim', 'nm-quote', 'nm-figure'].reduce((sum, k) => sum + (CSS.highlights.get(k)?.size ?? 0), 0));

test('400 annotations: a short list of rows in view, j/k and Delete reach the last one, all painted', async ({ app }) => {
  const { page, service } = app;
  const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} says the budget rose by ${i}% in the year to March, officials said.`);
  const { article } = await service.importFile({ fileName: 'long.txt', contentBase64: Buffer.from(paragraphs.join('\n\n')).toString('base64') });
  const { text } = (await service.getArticle({ id: article.id })).article;
  for (let i = 0; i < COUNT; i++) {
    const start = text.indexOf(`Paragraph ${i >> 1} `);
    const end = i % 2 === 0 ? start + `Paragraph ${i >> 1}`.length : text.indexOf(' in the year', start);
    await service.createAnnotation({ articleId: article.id, kind: (['claim', 'quote', 'figure'] as const)[i % 3]!, start, end });
  }
  await page.reload();
  await waitForPhrase(page, 'Paragraph 199 says');
  await expect(page.locator('#panel-heading .count')).toHaveText(String(COUNT));
  await expect.poll(() => paintedCount(page)).toBe(COUNT);
  const rows = page.getByRole('list', { name: 'Annotations' }).locator('.annotation-item');
  expect(await rows.count()).toBeLessThan(60);

  await page.locator('.reader').focus();
  await page.keyboard.press('k');
  const selected = page.locator('.annotation-item.selected');
  await expect(selected).toHaveAttribute('aria-posinset', String(COUNT));
  // In text order the last is the shorter of the two spans that start at paragraph 199.
  await expect(selected.locator('.quote')).toHaveText('Paragraph 199');
  await expect(selected.getByRole('button', { name: 'Delete annotation' })).toBeVisible();

  await page.keyboard.press('Delete');
  await expect(page.locator('#panel-heading .count')).toHaveText(String(COUNT - 1));
  await expect.poll(() => paintedCount(page)).toBe(COUNT - 1);
  await expect.poll(async () => (await service.getArticle({ id: article.id })).annotations.length).toBe(COUNT - 1);
});

test('3,000 annotations in a long story: the ones in view are painted, and the ones at the end once scrolled to', async ({ app }) => {
  const { page, service } = app;
  const text = Array.from({ length: 1500 }, (_, i) => `Paragraph ${i} says the budget rose by ${i}% in the year to March, officials said.`).join('\n\n');
  const at = '2026-01-01T00:00:00.000Z';
  const annotations: Annotation[] = [];
  for (let i = 0; i < 1500; i++) {
    const start = text.indexOf(`Paragraph ${i} `);
    for (const [kind, end] of [['claim', text.indexOf(' in the year', start)], ['quote', start + `Paragraph ${i}`.length]] as const)
      annotations.push({ id: randomUUID(), kind, start, end, quote: quoteAt(text, start, end), tags: [], note: '', fields: {}, origin: 'manual', createdAt: at, updatedAt: at });
  }
  const article = { id: randomUUID(), title: 'A long story', meta: {}, text, contentHash: hashText(text), importedAt: at };
  const file = nativeJsonText([{ article, annotations, relations: [] }], at);
  await service.importAnnotations({ fileName: 'long.json', contentBase64: Buffer.from(file).toString('base64') });
  await page.reload();
  await expect(page.locator('.article-text')).toHaveAttribute('data-highlighted', '3000');
  // Only the spans near the view are handed to the browser (each page change re-validates them all).
  const registered = await highlightedTexts(page, 'nm-quote');
  expect(registered).toContain('Paragraph 0');
  expect(registered.length).toBeLessThan(1500);
  expect(registered).not.toContain('Paragraph 1499');

  await page.locator('.article-text p').last().scrollIntoViewIfNeeded();
  await expect.poll(() => highlightedTexts(page, 'nm-quote')).toContain('Paragraph 1499');
  expect(await highlightedTexts(page, 'nm-claim')).toContain('Paragraph 1499 says the budget rose by 1499%');

  // A jump into the middle, then a screen further down: every paragraph on screen is painted
  // (the registered stretch reaches only a screen or so either side of the view, and follows it).
  const onScreen = () =>
    page.evaluate(() => {
      const view = document.querySelector('.reader')!.getBoundingClientRect();
      return [...document.querySelectorAll('.article-text p')]
        .filter((p) => {
          const r = p.getBoundingClientRect();
          return r.height > 0 && r.bottom > view.top && r.top < view.bottom;
        })
        .map((p) => p.textContent!.split(' says')[0]!);
    });
  const unpainted = async (seen: string[]) => {
    const painted = await highlightedTexts(page, 'nm-quote');
    return seen.filter((p) => !painted.includes(p));
  };
  const reader = (await page.locator('.reader').boundingBox())!;
  await page.mouse.move(reader.x + reader.width / 2, reader.y + reader.height / 2);
  for (const scroll of [() => page.locator('.article-text p').nth(700).scrollIntoViewIfNeeded(), () => page.mouse.wheel(0, 900)]) {
    await scroll();
    const seen = await onScreen();
    expect(seen.length).toBeGreaterThan(3);
    await expect.poll(() => unpainted(seen)).toEqual([]);
  }
  expect(await highlightedTexts(page, 'nm-quote')).not.toContain('Paragraph 1499');

  // Marked and deleted there, after the stretch has moved: the figure is painted, then gone.
  const [first] = await onScreen();
  const figure = `rose by ${first!.split(' ')[1]}%`;
  await dragSelect(page, figure);
  await page.keyboard.press('f');
  await expect.poll(() => highlightedTexts(page, 'nm-figure')).toContain(figure);
  await expect(page.locator('.annotation-item.selected')).toContainText(figure);
  await page.locator('.annotation-item.selected .annotation-summary').click();
  await page.keyboard.press('Delete');
  await expect.poll(() => highlightedTexts(page, 'nm-figure')).not.toContain(figure);
});
