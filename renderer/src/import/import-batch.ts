// Imports many files one after another, reporting progress, and tallies what happened to each
// for the closing summary: imported, updated as a new version, skipped as a duplicate, or failed
// with the reason. A bad file never stops the rest.

import type { ImportOutcome } from '../../../core/api/contract';
import { messageOf } from '../api';
import type { PickedFile } from './collect-files';

export interface BatchSummary {
  imported: string[];
  updated: string[];
  duplicates: string[];
  failed: { path: string; reason: string }[];
  ignored: number;
  /** What the last file did (the article to show afterwards, what to tell the user). */
  last: ImportOutcome | null;
}

export async function importBatch(
  files: readonly PickedFile[],
  importOne: (file: PickedFile) => Promise<ImportOutcome>,
  onProgress: (done: number) => void,
): Promise<Omit<BatchSummary, 'ignored'>> {
  const summary: Omit<BatchSummary, 'ignored'> = { imported: [], updated: [], duplicates: [], failed: [], last: null };
  for (const [i, picked] of files.entries()) {
    try {
      const outcome = await importOne(picked);
      (outcome.duplicate ? summary.duplicates : outcome.update ? summary.updated : summary.imported).push(picked.path);
      summary.last = outcome;
    } catch (err) {
      summary.failed.push({ path: picked.path, reason: messageOf(err) });
    }
    onProgress(i + 1);
  }
  return summary;
}
