// Creates the one Newsmark window: our built page, in a sandboxed, context-isolated renderer whose
// only way out is the preload's `window.newsmark`.

import { BrowserWindow } from 'electron';

export interface WindowOptions {
  /** dist/electron/preload.cjs */
  preload: string;
  /** dist/renderer/index.html */
  page: string;
  icon: string;
  devTools: boolean;
}

export function createMainWindow({ preload, page, icon, devTools }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Newsmark',
    icon,
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools,
      // Chromium's spellchecker downloads its dictionaries; an offline app asks for nothing.
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadFile(page).catch((err: unknown) => {
    console.error(`Newsmark: could not load ${page} (was the renderer built?)`, err);
  });
  return window;
}
