// Bytes of an article file → the parts of a new article: a saved web page is read on a worker
// thread (off-thread.ts), any other format here. The service loads this module only when a file
// comes in, and only the importer of the file's format, because their libraries (jsdom,
// Readability, marked) take long to load: `newsmark list` never needs them, and a folder of
// .txt files needs neither.

import { detectFormat } from './detect-format.js';
import type { ImportedDocument } from './document-from-parts.js';
import type { FormatImporter } from './imported-parts.js';
import { importPageOffThread } from './off-thread.js';

const LOADERS: Record<'txt' | 'md', () => Promise<FormatImporter>> = {
  txt: async () => (await import('./txt-import.js')).importTxt,
  md: async () => (await import('./markdown-import.js')).importMarkdown,
};

export async function readArticleFile(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const format = detectFormat(fileName, bytes);
  if (format === 'html') return importPageOffThread(fileName, bytes);
  const [importer, { documentFrom }] = await Promise.all([LOADERS[format](), import('./document-from-parts.js')]);
  return documentFrom(fileName, importer(fileName, bytes));
}
