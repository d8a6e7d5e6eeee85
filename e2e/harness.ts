// Runs the real Newsmark UI in Debian's Chromium over the real service and a real library
// folder on disk: the built renderer is served from dist/renderer, and window.newsmark is wired
// to core's dispatch through page.exposeBinding, exactly as Electron's preload wires it to IPC.
// Any spec can use launchApp; no Electron binary is needed.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { dispatch } from '../core/api/dispatch';
import { METHODS, type MenuCommand } from '../core/api/methods';
import { seedSampleIfNew } from '../core/import/sample';
import { appApi } from '../core/api/app-api';
import { LibraryService } from '../core/service';
import { SessionCredentials } from '../core/sync/credentials';
import { TeamSync } from '../core/sync/team-sync';
import { readChosenFolder } from '../electron/folder-dialog';
import buildRenderer, { REPO_ROOT } from './build-renderer';

export const CHROMIUM_PATH = process.env.NEWSMARK_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // window.gc(), so benchmarks read the heap after a forced collection.
  '--js-flags=--expose-gc',
];
const ORIGIN = 'http://newsmark.test';
const RENDERER_DIR = join(REPO_ROOT, 'dist', 'renderer');
export const SAMPLE_PATH = join(REPO_ROOT, 'assets', 'sample-article.txt');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface LaunchOptions {
  libraryDir: string;
  /** Seed the bundled sample into a new library, as the app does on first start (default true). */
  seedSample?: boolean;
  /**
   * Carry each call over the binding as one JSON string and its reply as a JSON response the
   * page fetches (default false): Playwright serialises objects slowly, and every string it
   * hands the page through a binding or an evaluate stays on the page's JS heap for good (6 MB
   * more per reply of a 1 MB article), so benchmarks use this to keep the transport's cost
   * small, off the heap they measure, and logged apart from the app's
   * (window.__newsmarkBridgeLog: method, start, end, and `service`: ms the service took).
   */
  jsonBridge?: boolean;
}

export interface RunningApp {
  page: Page;
  service: LibraryService;
  sync: TeamSync;
  /** Sends an application-menu command, as Electron's menu does. */
  menu: (command: MenuCommand) => Promise<void>;
  /** Hands the window files as the desktop's File › Open… dialog does (their bytes, by name). */
  openFiles: (paths: readonly string[]) => Promise<void>;
  /** Hands the window a folder's article files as the desktop's File › Import folder… does (the main process's own reading). */
  importFolder: (dir: string) => Promise<void>;
  close: () => Promise<void>;
}

let browser: Browser | undefined;

async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return browser;
}

async function serveRenderer(page: Page): Promise<void> {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = normalize(join(RENDERER_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({ body: await readFile(file), contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
  });
}

export async function launchApp({ libraryDir, seedSample = true, jsonBridge = false }: LaunchOptions): Promise<RunningApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) buildRenderer();
  const service = await LibraryService.open(libraryDir);
  if (seedSample) await seedSampleIfNew(service, libraryDir, SAMPLE_PATH);
  // Team sync as the app runs it, its password kept for this run only (the app uses safeStorage).
  const sync = await TeamSync.open(libraryDir, service.syncPort(), new SessionCredentials());
  const api = appApi(service, sync);
  // The JSON bridge's fetch of a reply is the one request the window's policy (connect-src 'none') must let through.
  const context = await (await sharedBrowser()).newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true, bypassCSP: jsonBridge });
  const page = await context.newPage();
  await serveRenderer(page);
  // JSON replies wait here for the page to fetch them (by the number the binding answers).
  const replies = new Map<number, string>();
  let replySerial = 0;
  await page.route(`${ORIGIN}/__newsmark-reply/*`, async (route) => {
    const serial = Number(route.request().url().split('/').pop());
    const body = replies.get(serial);
    replies.delete(serial);
    await route.fulfill(body === undefined ? { status: 404, body: 'no such reply' } : { body, contentType: 'application/json' });
  });
  await page.exposeBinding('__newsmarkInvoke', async (_source, method: string, input: unknown) => {
    if (!jsonBridge) return dispatch(api, method, input);
    const start = performance.now();
    const reply = JSON.stringify(await dispatch(api, method, JSON.parse(input as string)));
    replies.set((replySerial += 1), reply);
    return { serial: replySerial, service: performance.now() - start };
  });
  // A script run through tsx (the benches) names its functions with esbuild's `__name` helper,
  // also in the functions it hands to the page: the page gets a helper that leaves them as they are.
  await page.addInitScript('globalThis.__name ??= (fn) => fn;');
  await page.addInitScript(({ methods, json }: { methods: readonly string[]; json: boolean }) => {
    const listeners = new Set<(command: string) => void>();
    const fileListeners = new Set<(files: { name: string; bytes: Uint8Array }[]) => void>();
    const folderListeners = new Set<(folder: { files: { name: string; path: string; bytes: Uint8Array }[]; ignored: number }) => void>();
    const bridge: Record<string, unknown> = {
      onMenu(listener: (command: string) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      onOpenFiles(listener: (files: { name: string; bytes: Uint8Array }[]) => void) {
        fileListeners.add(listener);
        return () => fileListeners.delete(listener);
      },
      onImportFolder(listener: (folder: { files: { name: string; path: string; bytes: Uint8Array }[]; ignored: number }) => void) {
        folderListeners.add(listener);
        return () => folderListeners.delete(listener);
      },
    };
    const invoke = (window as unknown as { __newsmarkInvoke: (m: string, i: unknown) => Promise<unknown> }).__newsmarkInvoke;
    const log: { method: string; start: number; end: number; service: number }[] = [];
    // (No named functions in here: a bench run through tsx would wrap them in a helper the page lacks.)
    for (const method of methods) {
      bridge[method] = json
        ? async (input: unknown) => {
            const start = performance.now();
            const { serial, service } = (await invoke(method, JSON.stringify(input))) as { serial: number; service: number };
            const reply: unknown = await (await fetch(`/__newsmark-reply/${serial}`)).json();
            log.push({ method, start, end: performance.now(), service });
            return reply;
          }
        : (input: unknown) => invoke(method, input);
    }
    Object.defineProperty(window, '__newsmarkBridgeLog', { value: log });
    Object.defineProperty(window, 'newsmark', { value: Object.freeze(bridge) });
    Object.defineProperty(window, '__newsmarkMenu', { value: (command: string) => listeners.forEach((l) => l(command)) });
    Object.defineProperty(window, '__newsmarkOpenFiles', {
      value: (files: { name: string; base64: string }[]) => {
        const chosen = files.map((f) => ({ name: f.name, bytes: Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)) }));
        fileListeners.forEach((l) => l(chosen));
      },
    });
    Object.defineProperty(window, '__newsmarkImportFolder', {
      value: (folder: { files: { name: string; path: string; base64: string }[]; ignored: number }) => {
        const files = folder.files.map((f) => ({ name: f.name, path: f.path, bytes: Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)) }));
        folderListeners.forEach((l) => l({ files, ignored: folder.ignored }));
      },
    });
  }, { methods: METHODS, json: jsonBridge });
  await page.goto(`${ORIGIN}/index.html`);
  return {
    page,
    service,
    sync,
    menu: (command) => page.evaluate((c) => (window as unknown as { __newsmarkMenu: (c: string) => void }).__newsmarkMenu(c), command),
    openFiles: async (paths) => {
      const files = await Promise.all(paths.map(async (p) => ({ name: basename(p), base64: (await readFile(p)).toString('base64') })));
      await page.evaluate((f) => (window as unknown as { __newsmarkOpenFiles: (f: unknown) => void }).__newsmarkOpenFiles(f), files);
    },
    importFolder: async (dir) => {
      const refused: string[] = [];
      const { files, ignored } = await readChosenFolder(dir, (message) => refused.push(message));
      if (refused.length) throw new Error(refused.join('\n'));
      const folder = { files: files.map((f) => ({ name: f.name, path: f.path, base64: Buffer.from(f.bytes).toString('base64') })), ignored };
      await page.evaluate((f) => (window as unknown as { __newsmarkImportFolder: (f: unknown) => void }).__newsmarkImportFolder(f), folder);
    },
    close: async () => {
      await context.close();
      await sync.close();
      await service.close(); // gives the library's lock back, so a CLI child can write to it
    },
  };
}
