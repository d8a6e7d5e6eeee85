// A heavily marked article stays usable: the panel draws only the rows in view, yet the
// keyboard reaches every annotation (the row it lands on is drawn and opened), and every
// annotation is painted in the text.

import { expect, test } from './temp-library';
import { waitForPhrase } from './reader-actions';

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
