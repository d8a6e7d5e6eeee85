// The agreement table in Chromium over the real service: two colleagues' brat files of one story
// come in as their layers; Ctrl+Shift+A shows how far they agree, for the open article and for
// the whole library, and Escape closes it. axe finds no serious violation in the dialog, in the
// light and the dark theme.

import AxeBuilder from '@axe-core/playwright';
import { STORY, attributionAnn } from '../core/testing/attribution-layers';
import { expect, test } from './temp-library';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

test('Ctrl+Shift+A shows the agreement between two layers of the open article and of the library', async ({ app }) => {
  const { page, service } = app;
  for (const [annotator, content] of [
    ['alice', [22, 51]],
    ['bob', [22, 37]],
  ] as const) {
    await service.importBrat({
      textFileName: 'backs.txt',
      textBase64: base64(STORY),
      annFileName: `backs_${annotator}.ann`,
      annBase64: base64(attributionAnn([...content])),
      annotator,
    });
  }
  const article = (await service.listArticles()).find((a) => a.layers?.length === 2)!;
  await page.reload();
  await page.locator('.library-view').getByRole('button', { name: article.title }).first().click();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Washington Post backs Hillary Clinton');

  await page.keyboard.press('Control+Shift+A');
  const dialog = page.getByRole('dialog', { name: 'Agreement between annotators' });
  await expect(dialog.getByRole('radio', { name: 'This article' })).toBeChecked();
  const table = dialog.getByRole('table', { name: 'alice (A) × bob (B): 1 article, 12 tokens' });
  // Same speaker and cue; alice's quote is "Hillary Clinton for president", bob's "Hillary Clinton".
  await expect(table.getByRole('row', { name: /^quote/ }).getByRole('cell')).toHaveText(['1/1', '0.000', '1.000', '0.571', /^0\.\d{3}$/]);
  await expect(table.getByRole('row', { name: /^speaker/ }).getByRole('cell')).toHaveText(['1/1', '1.000', '1.000', '1.000', '1.000']);
  await expect(table.getByRole('row', { name: /^claim/ }).getByRole('cell')).toHaveText(['0/0', '–', '–', '–', '–']);
  await expect(table).toContainText('agr(A‖B) 1.000, agr(B‖A) 1.000');

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    const { violations } = await new AxeBuilder({ page })
      .include('dialog[open]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${theme}: ${v.id}: ${v.help}`)).toEqual(
      [],
    );
  }

  await dialog.getByRole('radio', { name: 'Whole library' }).check();
  await expect(dialog).toContainText('1 article with two annotators or more (alice, bob)');
  await expect(dialog.getByRole('table')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
