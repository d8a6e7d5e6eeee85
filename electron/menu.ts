// The application menu, as a template. Menu commands only tell the renderer what the user asked for;
// File › Open… alone is answered here first (the main process shows the Open dialog and hands the
// files over: electron/open-dialog.ts). Pure (type-only Electron import), so it is tested without Electron.

import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core/api/methods.js';
import { menuAccelerator } from '../core/shortcuts.js';
import { recentLabel } from './recent-files.js';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** A packaged app hides the developer tools. */
  isPackaged: boolean;
  /** Delivers a command to the renderer. */
  send: (command: MenuCommand) => void;
  /** File › Open…: shows the system's Open dialog (without it, the renderer is sent 'open'). */
  openFiles?: () => void;
  /** Files opened lately, newest first (File › Open Recent). */
  recent?: readonly string[];
  openRecent?: (file: string) => void;
  clearRecent?: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate({ appName, isMac, isPackaged, send, openFiles, recent = [], openRecent, clearRecent }: MenuOptions): MenuItemConstructorOptions[] {
  // Accelerators come from the shortcut table (core/shortcuts.ts), as the help dialog's keys do.
  const command = (label: string, name: MenuCommand): MenuItemConstructorOptions => ({
    // The command's name as the item's id, so a test of the real app can find and click it.
    id: name,
    label,
    accelerator: menuAccelerator(name),
    // The renderer handles these keys itself (so they also work in the browser test harness);
    // the menu only shows them, so one key press never fires a command twice.
    registerAccelerator: false,
    click: () => send(name),
  });
  const about: MenuItemConstructorOptions = { role: 'about', label: `About ${appName}` };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { ...command('&Open…', 'open'), ...(openFiles && { click: () => openFiles() }) },
      {
        label: 'Open &Recent',
        submenu:
          recent.length === 0
            ? [{ label: 'No recent files', enabled: false }]
            : [
                ...recent.map((file) => ({ label: recentLabel(file), click: () => openRecent?.(file) })),
                separator,
                { label: '&Clear Recent', click: () => clearRecent?.() },
              ],
      },
      command('New from &clipboard…', 'paste-article'),
      command('Import &folder…', 'import-folder'),
      command('E&xport…', 'export'),
      command('&Export annotations (this article)…', 'export-article'),
      command('Export &whole library…', 'export-library'),
      separator,
      { label: '&Team sync…', click: () => send('team-sync') },
      command('&Agreement between annotators…', 'agreement'),
      separator,
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // Undo/redo are Newsmark's own (annotations, across the session); the renderer passes them to
      // a text field instead while the user is typing in one.
      command('&Undo', 'undo'),
      command('&Redo', 'redo'),
      separator,
      command('&Suggest annotations', 'suggest'),
      command('&Find in article…', 'find'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      separator,
      command('&Dark mode on or off', 'toggle-theme'),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  // On macOS "About" lives in the app menu, and the Window menu is expected.
  return isMac ? [appMenu, file, edit, view, { role: 'windowMenu' }] : [file, edit, view, { label: '&Help', submenu: [about] }];
}
