// axe-core on the screens that follow an import, in the light and the dark theme: the summary of
// a folder import, the report of an annotation import, a story's versions with its orphan, and the
// changes between two versions — no serious or critical violation (WCAG 2.1 A and AA rules, colour
// contrast included). The main screens and the other dialogs are in accessibility.spec.ts.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seriousViolations } from './axe-check';
import { waitForPhrase } from './reader-actions';
import { expect, test } from './temp-library';

const V1 = 'The minister said the grain deal will be extended.\n\nOfficials said talks would resume on Monday.\n\nA spokesman declined to comment.';
const V2 = 'Breaking update from the capital.\n\nThe minister said the grain deal will be extended.\n\nOfficials said talks would resume on Tuesday.';

for (const theme of ['light', 'dark'] as const) {
  test(`import summaries, reports and story versions pass axe, ${theme} theme`, async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await page.emulateMedia({ colorScheme: theme });
    await waitForPhrase(page, 'desalination');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    const found: string[] = [];
    const scan = async (screen: string) => {
      for (const v of await seriousViolations(page)) found.push(`${screen}: ${v}`);
    };

    // A folder import's summary, with a file that was not an article.
    const folder = test.info().outputPath(`week-${theme}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'grain.txt'), V1);
    await writeFile(join(folder, 'port.txt'), 'The port reopened on Friday.\n\nShips queued for a week.');
    await writeFile(join(folder, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await app.importFolder(folder);
    const summary = page.getByRole('dialog', { name: 'Import' });
    await expect(summary.getByRole('heading', { name: 'Import finished' })).toBeVisible();
    await scan('the folder import summary');
    await summary.getByRole('button', { name: 'Close' }).click();

    // An annotation file's import report (the article's own export, opened again).
    const [grain] = (await app.service.listArticles()).filter((a) => a.title.startsWith('The minister said'));
    const claim = await app.service.createAnnotation({ articleId: grain!.id, kind: 'claim', start: V1.indexOf('declined'), end: V1.length - 1 });
    const exported = JSON.parse((await app.service.exportJson({ articleId: grain!.id })).content);
    const annotationFile = join(folder, 'annotations.json');
    await writeFile(annotationFile, JSON.stringify(exported));
    await app.openFiles([annotationFile]);
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report).toBeVisible();
    await scan('the import report');
    await page.keyboard.press('Escape');
    await expect(report).toBeHidden();

    // A new version of the story: its versions, the orphaned claim, and the changes between them.
    const update = join(folder, 'update', 'grain.txt');
    await mkdir(join(folder, 'update'), { recursive: true });
    await writeFile(update, V2);
    await app.openFiles([update]);
    await waitForPhrase(page, 'Breaking update from the capital');
    const versions = page.getByRole('region', { name: 'Story versions' });
    await expect(versions).toContainText('Version 2');
    expect((await app.service.getArticle({ id: grain!.id })).annotations.find((a) => a.id === claim.id)?.anchor?.status).toBe('orphaned');
    await expect(versions.getByRole('list', { name: 'Orphaned annotations' }).getByRole('listitem')).toHaveCount(1);
    await scan('a story’s versions');
    await versions.getByRole('button', { name: 'Show changes' }).click();
    await expect(page.getByRole('dialog', { name: 'Changes between versions' })).toBeVisible();
    await scan('the changes between versions');
    expect(found).toEqual([]);
  });
}
