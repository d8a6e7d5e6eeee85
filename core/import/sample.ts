// Gives a new library something to read on its first start: the sample article bundled in
// assets/. A library that already exists (even an emptied one) is left as it is.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { LibraryService } from '../service.js';
import { INDEX_FILE } from '../store/library-store.js';

/** Call before anything else writes to the library: it looks for the index file to decide. */
export function isNewLibrary(libraryDir: string): boolean {
  return !existsSync(join(libraryDir, INDEX_FILE));
}

export async function seedSampleIfNew(service: LibraryService, libraryDir: string, samplePath: string): Promise<void> {
  if (!isNewLibrary(libraryDir)) return;
  const bytes = await readFile(samplePath);
  await service.importFile({ fileName: basename(samplePath), contentBase64: bytes.toString('base64') });
  // The index file is what marks the library as started once: write it now, not a moment later.
  await service.flush();
}
