// The Electron main process: one instance, one library, one window. It opens the library, seeds
// the sample on a first start, then wires the hardened window (served from app://), the IPC API,
// the menu with Open Recent, the window's remembered place and files handed over by the desktop.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, screen, session, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { MENU_CHANNEL, OPEN_ARTICLE_CHANNEL, OPEN_FILES_CHANNEL, OPENED_FILE_CHANNEL, type MenuCommand } from '../core/api/methods.js';
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
import { PAGE_URL } from './app-protocol.js';
import { desktopFiles, type DesktopFiles } from './desktop-files.js';
import { filesToOpen } from './launch-files.js';
import { openDialogOptions, readChosenFiles } from './open-dialog.js';
import { registerAppScheme, serveRenderer } from './serve-renderer.js';
import { parseWindowState, serializeWindowState, windowBounds } from './window-state.js';

app.setName(APP_NAME);
app.enableSandbox();
registerAppScheme();
app.on('web-contents-created', (_event, contents) => hardenContents(contents));

// The app folder is the repository in development and resources/app.asar when packaged; the
// assets ship beside the asar (electron-builder `extraResources`) so they stay plain files.
const appDir = app.getAppPath();
const assetsDir = app.isPackaged ? path.join(process.resourcesPath, 'assets') : path.join(appDir, 'assets');
const rendererDir = path.join(appDir, 'dist', 'renderer');
const windowStateFile = () => path.join(app.getPath('userData'), 'window-state.json');
/** Leading argv entries that are not files: the executable, and unpackaged the app folder. */
const argvSkip = app.isPackaged ? 1 : 2;

let mainWindow: BrowserWindow | undefined;
let files: DesktopFiles | undefined;
/** Articles to show once the window has loaded. */
const toShow: string[] = [];

function readWindowState() {
  try {
    return parseWindowState(readFileSync(windowStateFile(), 'utf8'));
  } catch {
    return null;
  }
}

function saveWindowState(window: BrowserWindow): void {
  try {
    writeFileSync(windowStateFile(), serializeWindowState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
  } catch (err) {
    console.warn('Newsmark: could not save the window position', err);
  }
}

function showWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  const saved = readWindowState();
  const window = createMainWindow({
    preload: path.join(appDir, 'dist', 'electron', 'preload.cjs'),
    pageUrl: PAGE_URL,
    bounds: windowBounds(saved, screen.getAllDisplays().map((d) => d.workArea)),
    maximized: saved?.maximized ?? false,
    icon: path.join(assetsDir, 'icon.png'),
    devTools: !app.isPackaged,
  });
  window.on('close', () => saveWindowState(window));
  window.on('closed', () => {
    mainWindow = undefined;
  });
  window.webContents.on('did-finish-load', () => flushShown());
  mainWindow = window;
}

function flushShown(): void {
  if (!mainWindow || mainWindow.isDestroyed() || mainWindow.webContents.isLoading()) return;
  for (const id of toShow.splice(0)) mainWindow.webContents.send(OPEN_ARTICLE_CHANNEL, id);
}

function showArticle(id: string): void {
  toShow.push(id);
  flushShown();
}

function setMenu(): void {
  const menu = menuTemplate({
    appName: APP_NAME,
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    send: sendToWindow,
    openFiles: () => void openWithDialog(),
    recent: files?.recent() ?? [],
    openRecent: (file) => void files?.open([file]),
    clearRecent: () => void files?.clearRecent(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
}

function fromOurPage(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  return (
    mainWindow !== undefined &&
    !mainWindow.isDestroyed() &&
    event.sender.id === mainWindow.webContents.id &&
    isTrustedSender(event.senderFrame, PAGE_URL)
  );
}

function sendToWindow(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command);
}

/** File › Open…: the system's Open dialog here, the import in the window (as its own Open… does). */
async function openWithDialog(): Promise<void> {
  const window = mainWindow;
  if (!window || window.isDestroyed()) return;
  const { canceled, filePaths } = await dialog.showOpenDialog(window, openDialogOptions());
  if (canceled || filePaths.length === 0) return;
  const chosen = await readChosenFiles(filePaths, (message) => dialog.showErrorBox(`${APP_NAME} could not open a file`, message));
  if (window.isDestroyed() || chosen.files.length === 0) return;
  window.webContents.send(OPEN_FILES_CHANNEL, chosen.files);
  for (const file of chosen.read) await files?.opened(file);
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
  serveRenderer(rendererDir);
  routeDownloadsThroughSaveDialog(session.defaultSession, app.getPath('documents'));
  registerApi(ipcMain, appApi(service, sync), fromOurPage);
  files = await desktopFiles({
    service,
    showArticle,
    report: (message) => dialog.showErrorBox(`${APP_NAME} could not open a file`, message),
    onRecentChange: setMenu,
  });
  ipcMain.on(OPENED_FILE_CHANNEL, (event, file: unknown) => {
    if (fromOurPage(event) && typeof file === 'string' && path.isAbsolute(file)) void files?.opened(file);
  });
  app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() });
  setMenu();
  showWindow();
  await files.open(filesToOpen(process.argv, process.cwd(), argvSkip));
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
  // A second launch, or a click on the macOS dock icon, brings the window back once started; the
  // files a second launch names ("Open with Newsmark" while it runs) are opened in this one.
  app.on('second-instance', (_event, argv, cwd) =>
    void started.then(async () => {
      showWindow();
      await files?.open(filesToOpen(argv, cwd, argvSkip));
    }),
  );
  // macOS hands files over by event (a file dropped on the dock icon, Finder's Open With).
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void started.then(() => files?.open([file]));
  });
  app.on('activate', () => void started.then(showWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
