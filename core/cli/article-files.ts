// What `newsmark import` reads: a file named on the command line is tried as it is; a folder
// stands for every article file under it (see isImportCandidate), depth first in name order,
// hidden files and folders left out.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isImportCandidate } from '../import/extensions.js';

/** The files under `dir` whose names `accept` takes, depth first in name order, hidden ones left out. */
export async function walk(dir: string, accept: (name: string) => boolean = isImportCandidate): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path, accept)));
    else if (entry.isFile() && accept(entry.name)) files.push(path);
  }
  return files;
}

export async function articleFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const isDir = await stat(path).then((s) => s.isDirectory(), () => false);
    if (isDir) files.push(...(await walk(path)));
    else files.push(path);
  }
  return files;
}
