// The renderer's only door to the main process: `window.newsmark`, one function per API method
// (each an `ipcRenderer.invoke`) plus menu commands. Runs sandboxed, so it is bundled into one
// CommonJS file that requires nothing but 'electron'; it imports the method names alone (no zod).

import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { NewsmarkBridge } from '../core/api/contract.js';
import {
  MENU_CHANNEL,
  MENU_COMMANDS,
  METHODS,
  OPEN_ARTICLE_CHANNEL,
  OPEN_FILES_CHANNEL,
  OPENED_FILE_CHANNEL,
  channelOf,
  type MenuCommand,
} from '../core/api/methods.js';

function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

const methods = Object.fromEntries(
  METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(channelOf(method), input)]),
);

// Object.fromEntries cannot carry the per-method types; each entry forwards its input unchanged and
// the main process validates it, so the table matches NewsmarkBridge by construction.
const bridge = {
  ...methods,
  onMenu(listener: (command: MenuCommand) => void): () => void {
    // Only the command crosses into the page, never the IPC event (it holds `sender`).
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
  onOpenArticle(listener: (articleId: string) => void): () => void {
    const forward = (_event: IpcRendererEvent, id: unknown) => {
      if (typeof id === 'string') listener(id);
    };
    ipcRenderer.on(OPEN_ARTICLE_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(OPEN_ARTICLE_CHANNEL, forward);
    };
  },
  onOpenFiles(listener: (files: { name: string; bytes: Uint8Array }[]) => void): () => void {
    const forward = (_event: IpcRendererEvent, files: unknown) => {
      if (!Array.isArray(files)) return;
      listener(files.filter((f): f is { name: string; bytes: Uint8Array } => typeof f?.name === 'string' && f.bytes instanceof Uint8Array));
    };
    ipcRenderer.on(OPEN_FILES_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(OPEN_FILES_CHANNEL, forward);
    };
  },
  noteOpenedFile(file: File): void {
    // The path comes from the real File object here, never from the page: a made-up File has none.
    const filePath = webUtils.getPathForFile(file);
    if (filePath) ipcRenderer.send(OPENED_FILE_CHANNEL, filePath);
  },
} as NewsmarkBridge;

contextBridge.exposeInMainWorld('newsmark', bridge);
