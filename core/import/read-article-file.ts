// Bytes of an article file → the parts of a new article: a saved web page is read on a worker
// thread (off-thread.ts), any other format here. The service loads this module only when a file
// comes in, and the importers only for a format read here, because their libraries (jsdom,
// Readability, marked) take long to load and most commands — `newsmark list` — never need them.

import { detectFormat } from './detect-format.js';
import type { ImportedDocument } from './import-document.js';
import { importPageOffThread } from './off-thread.js';

export async function readArticleFile(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  if (detectFormat(fileName, bytes) === 'html') return importPageOffThread(fileName, bytes);
  const { importDocument } = await import('./import-document.js');
  return importDocument(fileName, bytes);
}
