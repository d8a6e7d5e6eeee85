// File › Import folder… in the desktop app: the main process asks with the system's folder dialog,
// walks the folder and hands the article files' bytes (with their paths inside the folder) to the
// window, which imports them as a dropped folder, the folder's name being their batch. A menu click
// gives the page no user activation, so the window's folder input clicked from it would never open
// (electron/electron#6268). Pure Node, unit-tested; main.ts shows the dialog.

import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { isHiddenPath, isImportCandidate } from '../core/import/extensions.js';
import { articleFileTooLarge } from '../core/import/size-limits.js';

export function folderDialogOptions(): OpenDialogOptions {
  return { title: 'Import folder', buttonLabel: 'Import', properties: ['openDirectory'] };
}

/** An article file found in the folder, as it crosses to the window. */
export interface FolderFile {
  name: string;
  /** Where it was found, starting with the folder's own name ("folder/sub/story.txt"). */
  path: string;
  bytes: Uint8Array;
}

export interface ChosenFolder {
  files: FolderFile[];
  /** Files that are not articles (pictures, say), left out. */
  ignored: number;
}

/**
 * Reads the folder's article files (hidden files and folders skipped, sorted by path). A file that
 * is too large or cannot be read is reported by `report` and left out; the others still come.
 */
export async function readChosenFolder(root: string, report: (message: string) => void): Promise<ChosenFolder> {
  const files: FolderFile[] = [];
  let ignored = 0;
  const top = path.basename(root);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const inside = path.relative(root, full).split(path.sep).join('/');
    if (isHiddenPath(inside)) continue;
    if (!isImportCandidate(entry.name)) {
      ignored += 1;
      continue;
    }
    try {
      const tooLarge = articleFileTooLarge(entry.name, (await stat(full)).size);
      if (tooLarge) {
        report(tooLarge);
        continue;
      }
      files.push({ name: entry.name, path: `${top}/${inside}`, bytes: new Uint8Array(await readFile(full)) });
    } catch (err) {
      report(`${full} could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { files, ignored };
}
