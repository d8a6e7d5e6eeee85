// axe-core on every main screen and dialog, in the light and the dark theme: no serious or
// critical violation (WCAG 2.1 A and AA rules, colour contrast included). Plus: choosing an
// annotation says its kind and text to screen readers.

import type { Page } from '@playwright/test';
import { seriousViolations } from './axe-check';
import { dragSelect, waitForPhrase } from './reader-actions';
import { expect, test } from './temp-library';

type Screen = { name: string; open: (page: Page) => Promise<void>; close?: (page: Page) => Promise<void> };

/** A command of the application menu, as the harness delivers it. */
const menu = async (page: Page, command: string) => {
  await page.evaluate((c) => (window as unknown as { __newsmarkMenu: (c: string) => void }).__newsmarkMenu(c), command);
  await expect(page.locator('dialog[open]')).toHaveCount(1);
};

const closeDialog = async (page: Page) => {
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
};

const SCREENS: Screen[] = [
  { name: 'the window with an annotation open in the editor and suggestions listed', open: async () => {} },
  { name: 'the shortcuts dialog', open: (page) => page.getByRole('button', { name: 'Shortcuts' }).click(), close: closeDialog },
  { name: 'the settings dialog', open: (page) => page.getByRole('button', { name: 'Settings' }).click(), close: closeDialog },
  { name: 'the export dialog', open: (page) => page.getByRole('button', { name: 'Export…' }).click(), close: closeDialog },
  { name: 'the details dialog', open: (page) => page.getByRole('button', { name: 'Details…' }).first().click(), close: closeDialog },
  { name: 'the trash confirmation', open: (page) => page.getByRole('button', { name: 'Trash', exact: true }).first().click(), close: closeDialog },
  { name: 'the paste dialog', open: (page) => page.keyboard.press('Control+Shift+V'), close: closeDialog },
  { name: 'the team sync dialog', open: (page) => menu(page, 'team-sync'), close: closeDialog },
  { name: 'the agreement dialog', open: (page) => menu(page, 'agreement'), close: closeDialog },
  {
    name: 'the find bar',
    open: async (page) => {
      await page.keyboard.press('Control+F');
      await page.getByRole('searchbox', { name: 'Find in article' }).fill('water');
    },
    close: (page) => page.getByRole('searchbox', { name: 'Find in article' }).press('Escape'),
  },
  {
    name: 'the trash view',
    open: (page) => page.getByRole('button', { name: 'Show trash' }).click(),
    close: (page) => page.getByRole('button', { name: 'Back to library' }).click(),
  },
];

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations, ${theme} theme`, async ({ app }) => {
    // Ten axe scans of the whole window: on the shared machine (load 18) this took 55 s of the 60.
    test.setTimeout(120_000);
    const { page } = app;
    await page.emulateMedia({ colorScheme: theme });
    await waitForPhrase(page, 'desalination');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    for (const [phrase, key] of [
      ['€1.2 billion', 'f'],
      ['"We cannot wait for the rain any longer,"', 'q'],
      ['every month we delay costs farmers', 'c'],
    ] as const) {
      await dragSelect(page, phrase);
      await page.keyboard.press(key);
    }
    await page.keyboard.press('Control+Shift+G');
    await expect(page.getByRole('list', { name: 'Suggestions' })).toBeVisible();
    await page.keyboard.press('j');
    await page.getByRole('list', { name: 'Annotations' }).locator('.annotation-item.selected').waitFor();
    const found: string[] = [];
    for (const screen of SCREENS) {
      await screen.open(page);
      for (const v of await seriousViolations(page)) found.push(`${screen.name}: ${v}`);
      await screen.close?.(page);
    }
    expect(found).toEqual([]);
  });
}

test('choosing an annotation says its kind, text and speaker to screen readers; a focused row is named by them', async ({ app }) => {
  const { page } = app;
  await waitForPhrase(page, 'desalination');
  await dragSelect(page, '€1.2 billion');
  await page.keyboard.press('f');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  const live = page.locator('[aria-live="polite"].visually-hidden');
  await expect(live).toHaveText('Figure: €1.2 billion.');

  // A quote with its speaker linked from the keyboard: the speaker is said too.
  const quote = '"We cannot wait for the rain any longer,"';
  await dragSelect(page, quote);
  await page.keyboard.press('q');
  await dragSelect(page, 'Carla Duarte');
  await page.keyboard.press('l');
  await expect(live).toHaveText('Linked “Carla Duarte” as speaker.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await expect(live).toHaveText('Figure: €1.2 billion.');
  await page.keyboard.press('j');
  await expect(live).toHaveText(/^Quote: .We cannot wait for the rain any longer,.*, said by Carla Duarte\.$/u);

  // An annotation reached with Tab (from the figure's row to the quote's) is named by its kind and its text.
  await page.getByRole('list', { name: 'Annotations' }).locator('.annotation-summary').first().focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveClass(/annotation-summary/);
  await expect(focused).toHaveAccessibleName(/^Quote\b.*We cannot wait for the rain any longer/u);
});
