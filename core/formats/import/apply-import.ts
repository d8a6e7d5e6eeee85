// Carries out a placed import against the library: new articles are created with what belongs to
// them, and each existing article is merged through the caller's writer (the service serialises
// and records it for undo). An article that would not change is not written at all. What the
// file says is another annotator's goes to their layer of the article (see by-layer.ts), never
// into the user's own annotations.

import type { ArticleDocument } from '../../model.js';
import { withLayer } from '../../team/layers.js';
import { mergedProgress } from '../../team/progress.js';
import { splitByLayer } from './by-layer.js';
import type { AnnotationFile, LayerRef } from './incoming.js';
import { emptyReport, MAX_DETAILS, PLACEMENT_GROUPS, type ImportReport } from './import-report.js';
import { mergeInto, type Incoming, type Tally } from './merge.js';
import { placeImport, type PlaceOptions } from './place.js';

export interface AnnotationImportOutcome extends Tally {
  format: AnnotationFile['format'];
  articlesCreated: number;
  /** How each annotation was placed, grouped: exact, moved, approximate, not placed (not stored). */
  report: ImportReport;
  /** What the user should know (brat: records left out, and why); absent when nothing. */
  notices?: string[];
  /** The other annotators' layers the import added to or created. */
  layers: string[];
}

type Merge = (doc: ArticleDocument) => { next: ArticleDocument; tally: Tally };

export interface LibraryWriter {
  create: (doc: ArticleDocument) => Promise<void>;
  /** Applies `merge` to the article as stored when its turn comes, and returns what it counted. */
  merge: (articleId: string, merge: Merge) => Promise<Tally>;
}

export interface ApplyOptions extends PlaceOptions {
  /** The user's name: a file's layer of that name is their own annotations. */
  owner?: string;
}

function add(total: Tally, more: Tally): void {
  total.added += more.added;
  total.updated += more.updated;
  total.skipped += more.skipped;
}

function addReport(total: ImportReport, more: ImportReport): void {
  for (const group of PLACEMENT_GROUPS) {
    total.counts[group] += more.counts[group];
    // At most MAX_DETAILS details per group, however many parts the import came in.
    (total[group] as unknown[]).push(...more[group].slice(0, Math.max(0, MAX_DETAILS - total[group].length)));
  }
  total.orphansKept += more.orphansKept;
  for (const reading of Object.keys(total.readings) as (keyof ImportReport['readings'])[]) total.readings[reading] += more.readings[reading];
}

export function emptyOutcome(format: AnnotationFile['format']): AnnotationImportOutcome {
  return { format, added: 0, updated: 0, skipped: 0, articlesCreated: 0, report: emptyReport(), layers: [] };
}

/** What an import made in parts did, as one outcome: `more` added into `total`. */
export function addOutcome(total: AnnotationImportOutcome, more: AnnotationImportOutcome): void {
  add(total, more);
  total.articlesCreated += more.articlesCreated;
  addReport(total.report, more.report);
  for (const layer of more.layers) if (!total.layers.includes(layer)) total.layers.push(layer);
  if (more.notices?.length) total.notices = [...(total.notices ?? []), ...more.notices];
}

/** The user's own annotations take the merge as before; another annotator's layer is merged on its own. */
function mergerFor(layer: LayerRef, owner: string | undefined, incoming: Incoming, storedWins: boolean): Merge {
  if (layer === null || layer.name === owner) return (doc) => mergeInto(doc, incoming, { storedWins });
  return (doc) => {
    const current = doc.layers?.find((l) => l.name === layer.name) ?? { ...layer, annotations: [], relations: [] };
    const { next, tally } = mergeInto({ ...doc, annotations: current.annotations, relations: current.relations }, incoming, { storedWins });
    return { next: withLayer(doc, { ...current, annotations: next.annotations, relations: next.relations }, layer.name), tally };
  };
}

export async function applyImport(
  file: AnnotationFile,
  library: ArticleDocument[],
  now: string,
  writer: LibraryWriter,
  { owner, ...options }: ApplyOptions = {},
): Promise<AnnotationImportOutcome> {
  const outcome = emptyOutcome(file.format);
  const known = new Map(library.map((d) => [d.article.id, d]));
  for (const { layer, file: part } of splitByLayer(file)) {
    const placement = placeImport(part, [...known.values()], now, options);
    outcome.skipped += placement.skipped + part.ignored;
    const created = new Map(placement.created.map((d) => [d.article.id, d]));
    for (const [id, incoming] of placement.merges) {
      const merge = mergerFor(layer, owner, incoming, part.spansOnly === true);
      const fresh = created.get(id);
      if (fresh) {
        const { next, tally } = merge(fresh);
        await writer.create(next);
        known.set(id, next);
        add(outcome, tally);
        continue;
      }
      const stored = known.get(id)!;
      const preview = merge(stored);
      // A layer is worth keeping even when empty: that annotator found nothing to mark.
      const wrote = preview.tally.added || preview.tally.updated || (preview.next.layers?.length ?? 0) > (stored.layers?.length ?? 0);
      add(outcome, wrote ? await writer.merge(id, merge) : preview.tally);
      if (wrote) known.set(id, preview.next);
    }
    outcome.articlesCreated += created.size;
    addReport(outcome.report, placement.report);
    if (layer && layer.name !== owner && placement.merges.size > 0 && !outcome.layers.includes(layer.name)) outcome.layers.push(layer.name);
  }
  await applyProgress(file, known, writer);
  return file.notices?.length ? { ...outcome, notices: file.notices } : outcome;
}

/** Each article's statuses from the file, merged into the library's article (the further along wins). */
async function applyProgress(file: AnnotationFile, known: Map<string, ArticleDocument>, writer: LibraryWriter): Promise<void> {
  const withProgress = file.articles.filter((a) => a.progress);
  if (withProgress.length === 0) return;
  const byHash = new Map([...known.values()].map((d) => [d.article.contentHash, d]));
  for (const { article, progress } of withProgress) {
    const doc = known.get(article.id) ?? byHash.get(article.contentHash);
    if (!doc || JSON.stringify(mergedProgress(doc.progress, progress)) === JSON.stringify(doc.progress ?? {})) continue;
    await writer.merge(doc.article.id, (d) => ({ next: { ...d, progress: mergedProgress(d.progress, progress) }, tally: { added: 0, updated: 0, skipped: 0 } }));
  }
}
