// At open, brings the index in line with the article files, which are the truth: an entry whose
// file is gone is dropped, a file the index does not list is adopted, and a file that changed
// since its summary was made (its size or modification time differ from the index's stamp) is
// read again and its counts, tags and title recomputed; so is one whose journal's size differs
// (edits not yet compacted into the file). One readdir and one stat per article (and per journal),
// and a read only of the files that changed: time proportional to the library, cheap per article.
// Each fix is reported once — the corrected index is written, so the next open finds nothing.

import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSummary } from '../model.js';
import { JOURNAL_SUFFIX } from './article-journal.js';
import type { FileStamp } from './durable-json-adapter.js';
import type { LibraryIndex } from './library-index.js';

export interface IndexCheckSource {
  articlesDir: string;
  /** Ids of the article files in the folder, and of those that have a journal beside them. */
  files: () => Promise<{ ids: string[]; journals: Set<string> }>;
  /** Reads one article file and summarises it, or undefined when it cannot be read (reported there). */
  summarise: (id: string, stamp: FileStamp) => Promise<ArticleSummary | undefined>;
}

/** Notices of one kind beyond this many are counted, not listed. */
const LISTED_PER_KIND = 10;

function described(summary: ArticleSummary): string {
  return `“${summary.title}”`;
}

function sameListing(a: ArticleSummary, b: ArticleSummary): boolean {
  const tags = (s: ArticleSummary) => JSON.stringify([...s.tags].sort());
  return (
    a.title === b.title &&
    a.counts.claim === b.counts.claim &&
    a.counts.quote === b.counts.quote &&
    a.counts.figure === b.counts.figure &&
    tags(a) === tags(b) &&
    a.contentHash === b.contentHash
  );
}

/** Stats files a batch at a time: 10,000 stats one by one take several times as long. */
async function stampsOf(dir: string, { ids, journals }: { ids: string[]; journals: Set<string> }): Promise<Map<string, FileStamp>> {
  const out = new Map<string, FileStamp>();
  const BATCH = 64;
  const stampOf = async (id: string): Promise<FileStamp | undefined> => {
    const file = await stat(join(dir, `${id}.json`)).catch(() => undefined);
    if (!file) return undefined;
    const journal = journals.has(id) ? (await stat(join(dir, `${id}${JOURNAL_SUFFIX}`)).catch(() => undefined))?.size : undefined;
    return { size: file.size, mtimeMs: file.mtimeMs, ...(journal ? { journal } : {}) };
  };
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const stamps = await Promise.all(batch.map(stampOf));
    stamps.forEach((s, j) => s && out.set(batch[j]!, s));
  }
  return out;
}

/** Fixes `index` in place; returns what the user should be told. */
export async function checkIndex(index: LibraryIndex, source: IndexCheckSource): Promise<string[]> {
  const found = await stampsOf(source.articlesDir, await source.files());
  const dropped: string[] = [];
  const adopted: string[] = [];
  const recounted: string[] = [];
  for (const id of index.ids()) {
    if (found.has(id)) continue;
    dropped.push(`${described(index.get(id)!)} was listed, but its file articles/${id}.json is gone; it was taken off the list.`);
    index.delete(id);
  }
  for (const [id, stamp] of found) {
    const listed = index.get(id);
    const known = index.stampOf(id);
    if (listed && known && known.size === stamp.size && known.mtimeMs === stamp.mtimeMs && (known.journal ?? 0) === (stamp.journal ?? 0)) continue;
    const fresh = await source.summarise(id, stamp);
    if (!fresh) {
      if (listed) index.delete(id);
      continue;
    }
    const summary = listed ? { ...fresh, updatedAt: listed.updatedAt > fresh.updatedAt ? listed.updatedAt : fresh.updatedAt } : fresh;
    if (!listed && !index.rebuilt) adopted.push(`${described(fresh)} (articles/${id}.json) was not on the list; it is listed again.`);
    if (listed && !sameListing(listed, fresh)) recounted.push(`${described(fresh)} was listed with out-of-date counts or tags; they were recounted from its file.`);
    index.set(summary, stamp);
  }
  // A brand-new library (no index, no articles) is left without an index file: that is how
  // the app knows to add the sample article on a first start.
  if (dropped.length || adopted.length || recounted.length || (index.rebuilt && found.size > 0)) index.touch();
  return [dropped, adopted, recounted].flatMap((group) =>
    group.length > LISTED_PER_KIND ? [...group.slice(0, LISTED_PER_KIND), `… and ${group.length - LISTED_PER_KIND} more like it.`] : group,
  );
}
