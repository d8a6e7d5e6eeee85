// The ClaimReview publisher set in the app: the Export dialog names what is missing and does not
// export ClaimReview without it; Settings › Fact-check publisher refuses an address that is not
// http(s) and keeps a good one in the library; the exported file then carries the organisation
// and a review page per claim.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { waitForPhrase } from './reader-actions';
import { expect, test } from './temp-library';

const TEXT = 'The mayor said the harbour would cost €780 million, and that costs had risen by 40% since 2019.';

async function download(page: Page, run: () => Promise<void>): Promise<string> {
  const pending = page.waitForEvent('download');
  await run();
  return readFile(await (await pending).path(), 'utf8');
}

test('ClaimReview takes its publisher from Settings, and says what to set when it is missing', async ({ app, libraryDir }) => {
  const { page, service } = app;
  const { article } = await service.importText({ text: TEXT, title: 'Harbour' });
  const start = TEXT.indexOf('costs had risen by 40% since 2019');
  const claim = await service.createAnnotation({ articleId: article.id, kind: 'claim', start, end: start + 33, fields: { claim: { status: 'misleading', verdict: 'Costs rose 28% after inflation.' } } });
  await page.reload();
  await waitForPhrase(page, 'costs had risen');

  await app.menu('export');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'schema.org ClaimReview' }).check();
  await expect(dialog.getByRole('alert')).toHaveText(
    "ClaimReview that Google accepts needs the fact-checking organisation's name, the organisation's web address and the review page address. Set them in Settings, under Fact-check publisher.",
  );
  await expect(dialog.getByRole('button', { name: 'Export' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const publisher = settings.getByRole('group', { name: 'Fact-check publisher (ClaimReview)' });
  await publisher.getByLabel('Organisation', { exact: true }).fill('Harbour Checks');
  await publisher.getByLabel('Organisation web address').fill('javascript:alert(1)');
  await publisher.getByLabel('Review page address').fill('https://checks.example.org/reviews/{claim}');
  await publisher.getByRole('button', { name: 'Save publisher' }).click();
  await expect(publisher.getByRole('alert')).toHaveText("the organisation's web address must start with http:// or https://");
  expect((await service.getSettings()).publisher).toBeNull();
  await publisher.getByLabel('Organisation web address').fill('https://checks.example.org');
  await publisher.getByRole('button', { name: 'Save publisher' }).click();
  await expect(publisher.getByRole('status')).toHaveText('Saved: ClaimReview exports carry it.');
  const stored = JSON.parse(await readFile(join(libraryDir, 'settings.json'), 'utf8'));
  expect(stored.settings.publisher).toEqual({ organisation: 'Harbour Checks', organisationUrl: 'https://checks.example.org', reviewUrl: 'https://checks.example.org/reviews/{claim}' });
  await settings.getByRole('button', { name: 'Close' }).click();

  // Kept across a reload: the form shows it again.
  await page.reload();
  await waitForPhrase(page, 'costs had risen');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(publisher.getByLabel('Organisation', { exact: true })).toHaveValue('Harbour Checks');
  await settings.getByRole('button', { name: 'Close' }).click();

  await app.menu('export');
  await dialog.getByRole('radio', { name: 'schema.org ClaimReview' }).check();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  const [review] = JSON.parse(await download(page, () => dialog.getByRole('button', { name: 'Export' }).click()));
  expect(review).toMatchObject({
    '@type': 'ClaimReview',
    url: `https://checks.example.org/reviews/${claim.id}`,
    author: { '@type': 'Organization', name: 'Harbour Checks', url: 'https://checks.example.org/' },
    claimReviewed: 'costs had risen by 40% since 2019',
    reviewBody: 'Costs rose 28% after inflation.',
  });
});
