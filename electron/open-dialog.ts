// File › Open… in the desktop app: the main process asks with the system's Open dialog and hands
// the chosen files' bytes to the window, which imports them exactly as its own Open… does
// (articles, annotation files, suggestions on import). A menu click gives the page no user
// activation, so a file input clicked from it would never open (electron/electron#6268).
// The options and the reading are pure Node, unit-tested; main.ts shows the dialog.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { FORMAT_BY_EXTENSION } from '../core/import/extensions.js';

/** Annotation files the window's Open… takes besides articles. */
const ANNOTATION_EXTENSIONS = ['json', 'jsonld'];

export function openDialogOptions(): OpenDialogOptions {
  const articles = [...FORMAT_BY_EXTENSION.keys()];
  return {
    title: 'Open',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Articles and annotation files', extensions: [...articles, ...ANNOTATION_EXTENSIONS] },
      { name: 'Articles (text, Markdown, web pages)', extensions: articles },
      { name: 'Annotation files (JSON)', extensions: ANNOTATION_EXTENSIONS },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

/** A chosen file as it crosses to the window. */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

/** Reads the chosen files; one that cannot be read is reported by `report` and left out. */
export async function readChosenFiles(paths: readonly string[], report: (message: string) => void): Promise<{ files: ChosenFile[]; read: string[] }> {
  const files: ChosenFile[] = [];
  const read: string[] = [];
  for (const file of paths) {
    try {
      files.push({ name: path.basename(file), bytes: new Uint8Array(await readFile(file)) });
      read.push(file);
    } catch (err) {
      report(`${file} could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { files, read };
}
