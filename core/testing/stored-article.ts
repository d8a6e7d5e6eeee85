// Test helper: an article as it is on disk right now — its file with its journal's lines applied
// (core/store/article-journal.ts), read straight from the folder, not through a service's memory.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JOURNAL_SUFFIX, applyChanges, readJournal } from '../store/article-journal.js';
import type { ArticleFile } from '../store/stored-schemas.js';

export async function storedArticle(libraryDir: string, id: string): Promise<ArticleFile> {
  const file = JSON.parse(await readFile(join(libraryDir, 'articles', `${id}.json`), 'utf8')) as ArticleFile;
  const { changes } = await readJournal(join(libraryDir, 'articles', `${id}${JOURNAL_SUFFIX}`), file.journalSeq ?? 0);
  return applyChanges(file, changes);
}
