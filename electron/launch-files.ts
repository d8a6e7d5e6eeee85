// Which files a launch asks Newsmark to open: the article files named on the command line (by
// "Open with Newsmark", a file association, or a second launch while the app runs). Electron's own
// arguments, switches and the app folder in development are skipped. Pure, so it is unit-tested.

import path from 'node:path';
import { FORMAT_BY_EXTENSION, extensionOf } from '../core/import/extensions.js';

/**
 * `argv` as Electron gives it (process.argv, or a second instance's argv), run in `cwd`.
 * `skip` is how many leading entries are the executable (and, unpackaged, the app folder).
 */
export function filesToOpen(argv: readonly string[], cwd: string, skip: number): string[] {
  return argv
    .slice(skip)
    .filter((arg) => !arg.startsWith('-') && FORMAT_BY_EXTENSION.has(extensionOf(arg)))
    .map((arg) => path.resolve(cwd, arg));
}
