// The Electron main process: one instance, one library, one window. It opens the library, seeds
// the sample on a first start, then wires the hardened window, the IPC API and the menu together.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, session, type IpcMainInvokeEvent } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../core/api/methods.js';
import { seedSampleIfNew } from '../core/import/sample.js';
import { appApi } from '../core/api/app-api.js';
import { LibraryService } from '../core/service.js';
import { TeamSync } from '../core/sync/team-sync.js';
import { APP_NAME, defaultLibraryDir } from '../core/store/library-location.js';
import { routeDownloadsThroughSaveDialog } from './downloads.js';
import { registerApi } from './ipc.js';
import { SafeStorageCredentials } from './sync-credentials.js';
import { menuTemplate } from './menu.js';
import { hardenContents, hardenSession } from './security.js';
import { isTrustedSender } from './trusted-sender.js';
import { createMainWindow } from './window.js';

app.setName(APP_NAME);
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenContents(contents));

// The app folder is the repository in development and resources/app.asar when packaged; the
// assets ship beside the asar (electron-builder `extraResources`) so they stay plain files.
const appDir = app.getAppPath();
const assetsDir = app.isPackaged ? path.join(process.resourcesPath, 'assets') : path.join(appDir, 'assets');
const windowOptions = {
  preload: path.join(appDir, 'dist', 'electron', 'preload.cjs'),
  page: path.join(appDir, 'dist', 'renderer', 'index.html'),
  icon: path.join(assetsDir, 'icon.png'),
  devTools: !app.isPackaged,
};
const pageUrl = pathToFileURL(windowOptions.page).href;

let mainWindow: BrowserWindow | undefined;

function showWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  const window = createMainWindow(windowOptions);
  window.on('closed', () => {
    mainWindow = undefined;
  });
  mainWindow = window;
}

function fromOurPage(event: IpcMainInvokeEvent): boolean {
  return (
    mainWindow !== undefined &&
    !mainWindow.isDestroyed() &&
    event.sender.id === mainWindow.webContents.id &&
    isTrustedSender(event.senderFrame, pageUrl)
  );
}

function sendToWindow(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command);
}

async function seedSample(service: LibraryService, libraryDir: string): Promise<void> {
  try {
    await seedSampleIfNew(service, libraryDir, path.join(assetsDir, 'sample-article.txt'));
  } catch (err) {
    // The sample is a welcome, not a requirement: the library works without it.
    console.warn('Newsmark: could not add the sample article', err);
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  const libraryDir = defaultLibraryDir(app.getPath('userData'));
  // Takes the library's lock: a running `newsmark import` makes the start fail with its name.
  const service = await LibraryService.open(libraryDir, { holder: APP_NAME });
  await seedSample(service, libraryDir);
  // Team sync runs here, in the process that owns the library, through its per-article queue.
  const credentials = new SafeStorageCredentials(path.join(app.getPath('userData'), 'sync-credentials.json'), safeStorage);
  const sync = await TeamSync.open(libraryDir, service.syncPort(), credentials);
  app.on('will-quit', () => void sync.close().finally(() => service.close()));

  hardenSession(session.defaultSession);
  routeDownloadsThroughSaveDialog(session.defaultSession, app.getPath('documents'));
  registerApi(ipcMain, appApi(service, sync), fromOurPage);
  app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() });
  const isMac = process.platform === 'darwin';
  const menu = menuTemplate({ appName: APP_NAME, isMac, isPackaged: app.isPackaged, send: sendToWindow });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
  showWindow();
}

/** The library could not be opened (unreadable folder, a store from a newer Newsmark, ...). */
function failToStart(err: unknown): void {
  dialog.showErrorBox(`${APP_NAME} could not start`, err instanceof Error ? err.message : String(err));
  app.exit(1);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId('org.newsmark.app');
  const started = start().catch(failToStart);
  // A second launch, or a click on the macOS dock icon, brings the window back once started.
  app.on('second-instance', () => void started.then(showWindow));
  app.on('activate', () => void started.then(showWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
