// doccano and Label Studio in the window: the Export dialog's doccano export says which spans
// overlap (doccano's default project drops them) and offers one line per kind; a Label Studio
// export saves its labelling config beside the tasks; and opening a doccano file (File › Open…)
// imports it, the report listing what it left out.

import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './temp-library';

const TEXT = 'The council said costs rose by 40% since 2019.';
const LINE = {
  text: TEXT,
  entities: [
    { id: 1, label: 'CLAIM', start_offset: 17, end_offset: 45 },
    { id: 2, label: 'FIGURE', start_offset: 31, end_offset: 34 },
    { id: 3, label: 'ORG', start_offset: 0, end_offset: 11 },
  ],
  relations: [{ id: 1, from_id: 2, to_id: 1, type: 'about' }],
};

async function openFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(path);
}

test('doccano files in and out of the window, and Label Studio with its config', async ({ app, libraryDir }) => {
  const { page, service } = app;
  const path = join(libraryDir, '..', `council-${Date.now()}.jsonl`);
  await writeFile(path, `${JSON.stringify(LINE)}\n`);
  try {
    await openFile(page, path);
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report).toContainText('(doccano JSONL): 4 added');
    await expect(report.getByRole('list', { name: 'Left out or read differently' })).toContainText('came in as claims tagged label:<label>, so an export writes that label again: ORG 1');
    await report.getByRole('button', { name: 'OK' }).click();
  } finally {
    await rm(path, { force: true });
  }

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^doccano JSONL with relations/ }).check();
  await dialog.getByRole('radio', { name: 'Whole library' }).check();
  const pending = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const saved = await readFile(await (await pending).path());
  expect(saved.toString('utf8')).toBe((await service.exportAs({ format: 'jsonl-relations' })).content);
  const warning = page.getByRole('alertdialog', { name: /with warnings$/ });
  await expect(warning).toContainText('spans overlap another span of their line');
  await expect(warning).toContainText('CLAIM 17-45 “costs rose by 40% since 2019” and FIGURE 31-34 “40%”');
  await warning.getByRole('button', { name: 'OK' }).click();

  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: /^doccano JSONL with relations/ }).check();
  await dialog.getByRole('radio', { name: 'Whole library' }).check();
  await dialog.getByRole('checkbox', { name: /One line per kind/ }).check();
  const perKind = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const lines = (await readFile(await (await perKind).path())).toString('utf8');
  expect(lines).toBe((await service.exportAs({ format: 'jsonl-relations', perKind: true })).content);
  await expect(page.getByRole('alertdialog', { name: /with warnings$/ })).toContainText('1 links join spans of different kinds');
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();

  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: 'Label Studio tasks' }).check();
  await dialog.getByRole('radio', { name: 'Whole library' }).check();
  await expect(dialog.getByRole('checkbox', { name: /Also save the labelling config/ })).toBeChecked();
  const files: { name: string; text: string }[] = [];
  page.on('download', async (d) => files.push({ name: d.suggestedFilename(), text: (await readFile(await d.path())).toString('utf8') }));
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect.poll(() => files.length).toBe(2);
  const expected = await service.exportAs({ format: 'label-studio' });
  expect(files.find((f) => f.name === expected.fileName)?.text).toBe(expected.content);
  expect(files.find((f) => f.name === expected.companion!.fileName)?.text).toBe(expected.companion!.content);
  expect(expected.companion!.content).toContain('<Label value="ORG"/>');
});
