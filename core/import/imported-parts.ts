// What each format's importer (txt, Markdown, HTML) hands back to the dispatcher, which adds
// what is common to all: the source file name, the final clean-up, the fallback title, the hash.

import type { ArticleMeta } from '../model.js';

export interface ImportedParts {
  text: string;
  meta: ArticleMeta;
  /** Things the user should know about this import, e.g. an encoding that was guessed. */
  notices: string[];
  /** The title the file states, if it states one. */
  title?: string;
  /** Where the story proper starts in `text` (after a wire dateline), for a title taken from it. */
  bodyStart?: number;
}

export type FormatImporter = (fileName: string, bytes: Uint8Array) => ImportedParts;
