// Turns an imported file into the parts of a new article: its text, title and metadata, with
// every format's importer at hand (the service's pasted text, the HTML worker). It picks the
// format's importer, then does what every format shares (document-from-parts.ts).
// read-article-file.ts loads only the importer a file needs.

import { detectFormat, type Format } from './detect-format.js';
import { documentFrom, type ImportedDocument } from './document-from-parts.js';
import { importHtml } from './html-import.js';
import type { FormatImporter } from './imported-parts.js';
import { importMarkdown } from './markdown-import.js';
import { importTxt } from './txt-import.js';

export type { ImportedDocument } from './document-from-parts.js';

const IMPORTERS: Record<Format, FormatImporter> = { txt: importTxt, md: importMarkdown, html: importHtml };

export function importDocument(fileName: string, bytes: Uint8Array): ImportedDocument {
  return documentFrom(fileName, IMPORTERS[detectFormat(fileName, bytes)](fileName, bytes));
}
