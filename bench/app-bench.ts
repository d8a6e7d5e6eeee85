// Runs one benchmark against the real window (the built renderer over a fresh library folder
// in Chromium) and always cleans up: an error is printed and fails the run, the app and the
// library go, and the process ends (Playwright's browser would otherwise keep it alive).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import buildRenderer from '../e2e/build-renderer';
import { launchApp, type LaunchOptions, type RunningApp } from '../e2e/harness';

export async function benchApp(options: Omit<LaunchOptions, 'libraryDir'>, body: (app: RunningApp) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'newsmark-bench-'));
  buildRenderer();
  const app = await launchApp({ ...options, libraryDir: dir });
  try {
    await body(app);
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
    process.exit();
  }
}
