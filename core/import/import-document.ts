// Turns an imported file into the parts of a new article: its text, title and metadata.
// The single entry point the service calls for any file a user brings. It picks the format's
// importer, then does what every format shares: the final clean-up that makes the text
// deterministic, the dateline, the fallback title, the source name and the content hash.

import { NewsmarkError } from '../api/errors.js';
import type { ArticleMeta } from '../model.js';
import { cleanText } from './clean-text.js';
import { hashText } from './content-hash.js';
import { detectFormat, type Format } from './detect-format.js';
import { importHtml } from './html-import.js';
import type { FormatImporter } from './imported-parts.js';
import { importMarkdown } from './markdown-import.js';
import { titleFrom } from './title.js';
import { importTxt } from './txt-import.js';
import { findDateline } from './wire-header.js';

export interface ImportedDocument {
  title: string;
  meta: ArticleMeta;
  /** Immutable from here on: LF newlines, no trailing blanks, at most one blank line in a row. */
  text: string;
  contentHash: string;
  /** Things the user should be told about this import (e.g. "read as Windows-1252"). */
  notices: string[];
}

const IMPORTERS: Record<Format, FormatImporter> = { txt: importTxt, md: importMarkdown, html: importHtml };

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '') || name;
}

export function importDocument(fileName: string, bytes: Uint8Array): ImportedDocument {
  const parts = IMPORTERS[detectFormat(fileName, bytes)](fileName, bytes);
  const text = cleanText(parts.text);
  if (text === '') {
    throw new NewsmarkError('empty-file', `${fileName} has no readable text: there is nothing to import.`);
  }
  const meta: ArticleMeta = { ...findDateline(text), ...parts.meta, source: fileName };
  return {
    title: parts.title ?? titleFrom(text, parts.bodyStart, baseName(fileName)),
    meta,
    text,
    contentHash: hashText(text),
    notices: parts.notices,
  };
}
