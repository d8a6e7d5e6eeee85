// Gives each spec a fresh library folder on disk and an app running over it.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { launchApp, type RunningApp } from './harness';

export const test = base.extend<{ libraryDir: string; app: RunningApp }>({
  // eslint-style note: Playwright fixtures take their dependencies by destructuring.
  libraryDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'newsmark-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  app: async ({ libraryDir }, use) => {
    const app = await launchApp({ libraryDir });
    await use(app);
    await app.close();
  },
});

export { expect } from '@playwright/test';
