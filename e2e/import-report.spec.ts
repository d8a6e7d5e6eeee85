// The import report in Chromium over the real service: a W3C file with 28 annotations no article
// matches shows its counts first, keeps its details inside a dialog no taller than the window,
// and lets the user pick the article for them, which places them there.

import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './temp-library';

const STORY = 'The council voted 71 to 52 on Tuesday. Critics said the vote was rushed, and the mayor left early.';

test('the import report fits the window, groups by outcome, and places unmatched annotations into the picked article', async ({ app, libraryDir }) => {
  const { page, service } = app;
  const { article } = await service.importText({ text: STORY, title: 'Council vote' });
  const words = STORY.split(' ');
  const annotations = Array.from({ length: 28 }, (_, i) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `https://peer.example/anno/${i}`,
    type: 'Annotation',
    target: { source: 'https://elsewhere.example/story', selector: { type: 'TextQuoteSelector', exact: words[i % words.length] } },
  }));
  const path = join(libraryDir, '..', `peer-${Date.now()}.jsonld`);
  await writeFile(path, JSON.stringify(annotations));
  try {
    await page.reload();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (await chooser).setFiles(path);
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report.getByRole('row', { name: 'not placed' })).toHaveText(/not placed\s*28/);
    await expect(report.getByRole('row', { name: 'placed exactly' })).toHaveText(/placed exactly\s*0/);
    const box = (await report.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    const details = report.locator('details[data-group="notPlaced"]');
    await details.locator('summary').click();
    await expect(details.locator('li')).toHaveCount(28);
    await expect(details.locator('li').first()).toContainText('no matching article');
    await report.getByRole('combobox', { name: 'Article to place them in' }).selectOption(article.id);
    await report.getByRole('button', { name: 'Place them there' }).click();
    await expect(report.getByRole('row', { name: 'not placed' })).toHaveText(/not placed\s*0/);
    await expect(report.getByRole('row', { name: 'moved (same words, elsewhere)' })).toHaveText(/28/);
    expect((await service.getArticle({ id: article.id })).annotations.length).toBeGreaterThan(0);
  } finally {
    await rm(path, { force: true });
  }
});
