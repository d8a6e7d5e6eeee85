// Carries out a placed import against the library: new articles are created with what belongs to
// them, and each existing article is merged through the caller's writer (the service serialises
// and records it for undo). An article that would not change is not written at all.

import type { ArticleDocument } from '../../model.js';
import type { AnnotationFile } from './incoming.js';
import { mergeInto, type Tally } from './merge.js';
import type { ImportReport } from './import-report.js';
import { placeImport, type PlaceOptions } from './place.js';

export interface AnnotationImportOutcome extends Tally {
  format: AnnotationFile['format'];
  articlesCreated: number;
  /** How each annotation was placed, grouped: exact, moved, approximate, not placed (not stored). */
  report: ImportReport;
  /** What the user should know (brat: records left out, and why); absent when nothing. */
  notices?: string[];
}

export interface LibraryWriter {
  create: (doc: ArticleDocument) => Promise<void>;
  /** Applies `merge` to the article as stored when its turn comes, and returns what it counted. */
  merge: (articleId: string, merge: (doc: ArticleDocument) => { next: ArticleDocument; tally: Tally }) => Promise<Tally>;
}

function add(total: Tally, more: Tally): void {
  total.added += more.added;
  total.updated += more.updated;
  total.skipped += more.skipped;
}

export async function applyImport(
  file: AnnotationFile,
  library: ArticleDocument[],
  now: string,
  writer: LibraryWriter,
  options: PlaceOptions = {},
): Promise<AnnotationImportOutcome> {
  const placement = placeImport(file, library, now, options);
  const total: Tally = { added: 0, updated: 0, skipped: placement.skipped + file.ignored };
  const created = new Map(placement.created.map((d) => [d.article.id, d]));
  const stored = new Map(library.map((d) => [d.article.id, d]));
  for (const [id, incoming] of placement.merges) {
    const fresh = created.get(id);
    if (fresh) {
      const { next, tally } = mergeInto(fresh, incoming);
      await writer.create(next);
      add(total, tally);
      continue;
    }
    const preview = mergeInto(stored.get(id)!, incoming).tally;
    add(total, preview.added || preview.updated ? await writer.merge(id, (doc) => mergeInto(doc, incoming)) : preview);
  }
  return { format: file.format, ...total, articlesCreated: created.size, report: placement.report, ...(file.notices?.length ? { notices: file.notices } : {}) };
}
