// Creates the one Newsmark window: our page from app://newsmark/, in a sandboxed, context-isolated
// renderer whose only way out is the preload's `window.newsmark`; where it was last time.

import { BrowserWindow } from 'electron';
import { MIN_SIZE, type Bounds } from './window-state.js';

export interface WindowOptions {
  /** dist/electron/preload.cjs */
  preload: string;
  /** app://newsmark/index.html */
  pageUrl: string;
  bounds: Partial<Bounds> & { width: number; height: number };
  maximized: boolean;
  icon: string;
  devTools: boolean;
}

export function createMainWindow({ preload, pageUrl, bounds, maximized, icon, devTools }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Newsmark',
    icon,
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
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
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.loadURL(pageUrl).catch((err: unknown) => {
    console.error(`Newsmark: could not load ${pageUrl} (was the renderer built?)`, err);
  });
  return window;
}
