// The application menu, as a template. Menu commands only tell the renderer what the user asked for
// ('open' makes it click its file input, which shows the native Open dialog); the main process adds
// no dialogs of its own. Pure (type-only Electron import) so it can be tested without Electron.

import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core/api/methods.js';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** A packaged app hides the developer tools. */
  isPackaged: boolean;
  /** Delivers a command to the renderer. */
  send: (command: MenuCommand) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate({ appName, isMac, isPackaged, send }: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
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
      command('&Open…', 'CmdOrCtrl+O', 'open'),
      command('New from &clipboard…', 'CmdOrCtrl+Shift+V', 'paste-article'),
      { label: 'Import &folder…', click: () => send('import-folder') },
      command('E&xport…', 'CmdOrCtrl+Alt+E', 'export'),
      command('&Export annotations (this article)…', 'CmdOrCtrl+E', 'export-article'),
      command('Export &whole library…', 'CmdOrCtrl+Shift+E', 'export-library'),
      separator,
      { label: '&Team sync…', click: () => send('team-sync') },
      separator,
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // Undo/redo are Newsmark's own (annotations, across the session); the renderer passes them to
      // a text field instead while the user is typing in one.
      command('&Undo', 'CmdOrCtrl+Z', 'undo'),
      command('&Redo', 'CmdOrCtrl+Shift+Z', 'redo'),
      separator,
      command('&Suggest annotations', 'CmdOrCtrl+Shift+G', 'suggest'),
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
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  // On macOS "About" lives in the app menu, and the Window menu is expected.
  return isMac
    ? [appMenu, file, edit, view, { role: 'windowMenu' }]
    : [file, edit, view, { label: '&Help', submenu: [about] }];
}
