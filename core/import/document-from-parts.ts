// What every format's import shares, once its importer has read the file: the final clean-up that
// makes the text deterministic, the dateline, the fallback title, the source name and the content
// hash. Its own module, free of the importers, so reading a .txt never loads jsdom or marked.

import { NewsmarkError } from '../api/errors.js';
import type { ArticleMeta } from '../model.js';
import { cleanText } from './clean-text.js';
import { hashText } from './content-hash.js';
import type { ImportedParts } from './imported-parts.js';
import { titleFrom } from './title.js';
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

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '') || name;
}

export function documentFrom(fileName: string, parts: ImportedParts): ImportedDocument {
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
