// The real app in the real Electron: main process, sandboxed preload, built renderer, a library on
// disk. Runs wherever the Electron binary is installed; elsewhere (machines without internet, where
// Electron cannot fetch its binary) it reports itself skipped, with the reason.

import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { NewsmarkBridge } from '../core/api/contract.js';

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

/** What the page's main world may (and may not) hold. */
type PageGlobals = { newsmark?: NewsmarkBridge; require?: unknown; process?: unknown };

test('the app starts on the sample article and serves the API through the sandboxed preload', async () => {
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
  } finally {
    await app.close();
    rmSync(scratch, { recursive: true, force: true });
  }
});
