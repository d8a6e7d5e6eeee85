// The real app in the real Electron: main process, sandboxed preload, built renderer, a library on
// disk. It starts, opens a story through File › Open… (the test answers the system's Open dialog),
// marks a claim and exports it (the test answers the Save dialog), then reads the written file.
// Runs wherever the Electron binary is installed; elsewhere (machines without internet, where
// Electron cannot fetch its binary) each test reports itself skipped, with the reason.

import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import type { NewsmarkBridge } from '../core/api/contract.js';
import { dragSelect, waitForPhrase } from './reader-actions.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SKIP_REASON =
  'the Electron binary is not installed here (Electron 45 downloads it on first launch; this machine has no internet)';

/** The Electron executable, or undefined when it is not installed. */
function electronBinary(): string | undefined {
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  // require('electron') tries to download a missing binary, so look before asking it.
  if (!existsSync(pathFile)) return undefined;
  if (!existsSync(path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()))) return undefined;
  const binary = require('electron') as string;
  return existsSync(binary) ? binary : undefined;
}

/** The main process and preload are cheap to rebuild; the renderer is built by the config's setup. */
function build(): void {
  execSync('npm run build:electron', { cwd: root, stdio: 'inherit' });
  if (!existsSync(path.join(root, 'dist/renderer/index.html'))) {
    execSync('npm run build:renderer', { cwd: root, stdio: 'inherit' });
  }
}

/** The part of an export file this spec reads. */
type Exported = { articles: { title: string; text: string; annotations: { kind: string; start: number; end: number; quote: { exact: string } }[] }[] };

/** What the page's main world may (and may not) hold. */
type PageGlobals = { newsmark?: NewsmarkBridge; require?: unknown; process?: unknown };

const HARBOUR = path.join(root, 'e2e', 'fixtures', 'harbour-vote.txt');

/** Starts Newsmark in Electron over a fresh profile and library, runs `body`, closes and cleans up. */
async function withApp(body: (app: ElectronApplication, scratch: string) => Promise<void>): Promise<void> {
  const binary = electronBinary();
  if (!binary) {
    console.log(`electron.spec: skipped — ${SKIP_REASON}`);
    test.skip(true, SKIP_REASON);
    return;
  }
  test.setTimeout(120_000);
  build();

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'newsmark-electron-'));
  const app = await electron.launch({
    executablePath: binary,
    args: [
      root,
      // A profile of its own: never the user's, and no clash with a running Newsmark's instance lock.
      `--user-data-dir=${path.join(scratch, 'user-data')}`,
      // Chromium refuses to start as root with its OS sandbox (CI containers); the renderer
      // sandbox (no Node, preload limited to 'electron') holds either way.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    cwd: root,
    env: { ...process.env, NEWSMARK_LIBRARY: path.join(scratch, 'library') },
  });
  try {
    await body(app, scratch);
  } finally {
    await app.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

test('the app starts on the sample article and serves the API through the sandboxed preload', async () => {
  await withApp(async (app) => {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Newsmark/);

    const globals = await page.evaluate(() => {
      const world = window as unknown as PageGlobals;
      return { newsmark: typeof world.newsmark, require: typeof world.require, process: typeof world.process };
    });
    expect(globals).toEqual({ newsmark: 'object', require: 'undefined', process: 'undefined' });

    const article = page.getByRole('region', { name: 'Article' });
    await expect(article).toBeVisible();
    await expect(article.getByRole('heading').first()).toBeVisible();

    const listed = await page.evaluate(() => (window as unknown as Required<PageGlobals>).newsmark.listArticles({}));
    expect(listed.ok).toBe(true);
    expect(listed.ok && listed.value).toHaveLength(1);
  });
});

test('File › Open… with the Open dialog answered, mark a claim, export it with the Save dialog answered', async () => {
  await withApp(async (app, scratch) => {
    const page = await app.firstWindow();
    await waitForPhrase(page, 'desalination');

    // The system's Open dialog answers with the harbour story; then File › Open… is clicked.
    await app.evaluate(({ dialog }, file) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [file] })) as typeof dialog.showOpenDialog;
    }, HARBOUR);
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('open')?.click());
    await waitForPhrase(page, "Hamburg's city council");
    await expect(page.getByRole('status')).toContainText('Imported');

    const claim = 'The port handled 7.7 million containers last year';
    await dragSelect(page, claim);
    await page.keyboard.press('c');
    await expect(page.getByRole('list', { name: 'Annotations' }).locator('.annotation-item')).toHaveCount(1);

    // The Save dialog answers with a path of the test's: the export is written there.
    const target = path.join(scratch, 'harbour-export.json');
    await app.evaluate(({ session }, savePath) => {
      session.defaultSession.on('will-download', (_event, item) => item.setSavePath(savePath));
    }, target);
    await page.keyboard.press('Control+E');
    // Written once it parses whole (a download lands in pieces).
    const written = () =>
      readFile(target, 'utf8')
        .then((text) => JSON.parse(text) as Exported)
        .catch(() => null);
    await expect.poll(async () => (await written())?.articles.length, { timeout: 15_000 }).toBe(1);
    const [article] = (await written())!.articles;
    expect(article!.title).toContain("Hamburg's city council");
    expect(article!.annotations).toHaveLength(1);
    const [marked] = article!.annotations;
    expect(marked).toMatchObject({ kind: 'claim', quote: { exact: claim } });
    expect(article!.text.slice(marked!.start, marked!.end)).toBe(claim);

    // The opened file is in File › Open Recent.
    const recent = await app.evaluate(({ Menu }) =>
      Menu.getApplicationMenu()?.items.flatMap((m) => m.submenu?.items ?? []).find((i) => i.label === 'Open &Recent')?.submenu?.items.map((i) => i.label),
    );
    expect(recent?.[0]).toContain('harbour-vote.txt');
  });
});
