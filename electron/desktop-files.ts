// The desktop's ways of handing Newsmark a file: named on the command line ("Open with
// Newsmark", a file association, a second launch while the app runs), the Open Recent menu, and
// the files the window opens itself (remembered in Open Recent and in the OS's recent list).
// Each is imported through the same checked API call as the window's own imports, then shown.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app } from 'electron';
import type { LibraryService } from '../core/service.js';
import type { Outputs } from '../core/api/contract.js';
import { dispatch } from '../core/api/dispatch.js';
import { addRecent, parseRecent } from './recent-files.js';

export interface DesktopFiles {
  recent: () => string[];
  /** Imports the files and asks the window to show the last one. */
  open: (files: readonly string[]) => Promise<void>;
  /** A file the window opened itself. */
  opened: (file: string) => Promise<void>;
  clearRecent: () => Promise<void>;
}

interface Options {
  service: LibraryService;
  /** Shows an article in the window (sent once the window is there). */
  showArticle: (id: string) => void;
  /** Tells the user a file could not be opened. */
  report: (message: string) => void;
  /** The menu lists the recent files: rebuilt when they change. */
  onRecentChange: () => void;
}

export async function desktopFiles({ service, showArticle, report, onRecentChange }: Options): Promise<DesktopFiles> {
  const store = path.join(app.getPath('userData'), 'recent-files.json');
  let list = parseRecent(await readFile(store, 'utf8').catch(() => null));

  async function remember(file: string): Promise<void> {
    list = addRecent(list, file);
    app.addRecentDocument(file);
    await writeFile(store, JSON.stringify(list)).catch((err: unknown) => console.warn('Newsmark: could not save the recent files', err));
    onRecentChange();
  }

  return {
    recent: () => list,
    async open(files) {
      for (const file of files) {
        let bytes: Buffer;
        try {
          bytes = await readFile(file);
        } catch (err) {
          report(`${file} could not be read: ${err instanceof Error ? err.message : String(err)}`);
          continue;
        }
        const result = await dispatch(service, 'importFile', { fileName: path.basename(file), contentBase64: bytes.toString('base64') });
        if (!result.ok) {
          report(result.error.message);
          continue;
        }
        await remember(file);
        showArticle((result.value as Outputs['importFile']).article.id);
      }
    },
    opened: (file) => remember(file),
    async clearRecent() {
      list = [];
      app.clearRecentDocuments();
      await writeFile(store, '[]').catch(() => {});
      onRecentChange();
    },
  };
}
