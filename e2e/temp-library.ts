// Gives each spec a fresh library folder on disk and an app running over it.

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { storedArticle as onDisk } from '../core/testing/stored-article';
import { launchApp, type RunningApp } from './harness';

/** An article file as read from disk: untyped on purpose, the specs assert its shape. */
type StoredArticle = any;

export const test = base.extend<{ libraryDir: string; app: RunningApp }>({
  // Playwright fixtures take their dependencies by destructuring, even when there are none.
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

/** Every article of the library as it is on disk now: each file with its journal (lowdb's temporary files left out). */
export async function storedArticles(libraryDir: string): Promise<StoredArticle[]> {
  const dir = join(libraryDir, 'articles');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
  return Promise.all(names.map((n) => onDisk(libraryDir, n.slice(0, -'.json'.length)) as Promise<StoredArticle>));
}

/** The stored article whose title starts with `titleStart`. */
export async function storedArticle(libraryDir: string, titleStart: string): Promise<StoredArticle> {
  const found = (await storedArticles(libraryDir)).find((d) => d.article.title.startsWith(titleStart));
  if (!found) throw new Error(`no stored article "${titleStart}"`);
  return found;
}
