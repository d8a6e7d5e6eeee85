// Turns an imported file into the parts of a new article: its text, title and metadata.
// The single entry point the service calls for any file a user brings.

import { createHash } from 'node:crypto';
import type { ArticleMeta } from '../model.js';
import { decodeText } from './decode-text.js';
import { readWireHeader } from './wire-header.js';
import { titleFrom } from './title.js';

export interface ImportedDocument {
  title: string;
  meta: ArticleMeta;
  text: string;
  contentHash: string;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '') || name;
}

export function importDocument(fileName: string, bytes: Uint8Array): ImportedDocument {
  const decoded = decodeText(bytes, fileName);
  const header = readWireHeader(decoded);
  const text = header.text.trimEnd();
  const meta: ArticleMeta = { ...header.meta, source: fileName };
  return {
    title: titleFrom(text, header.bodyStart, baseName(fileName)),
    meta,
    text,
    contentHash: hashText(text),
  };
}
