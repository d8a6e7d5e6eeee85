// How far each annotator is with each article (to do, in progress, done, reviewed), and the
// batches the library shows progress for: every tag used in a batch's articles and every folder
// import. Pure functions over summaries, so the window, the CLI and the tests count alike.

import { PROGRESS_STATUSES, type ArticleDocument, type ArticleSummary, type ProgressStatus } from '../model.js';

export const STATUS_LABELS: Record<ProgressStatus, string> = {
  todo: 'to do',
  'in-progress': 'in progress',
  done: 'done',
  reviewed: 'reviewed',
};

/** The annotator's status of the article: "todo" when they never set one. */
export function statusOf(article: Pick<ArticleSummary, 'progress'>, annotator: string): ProgressStatus {
  return article.progress?.[annotator] ?? 'todo';
}

/** The document with `annotator`'s status set ("todo" is the absence of one, so it is removed). */
export function withStatus(doc: ArticleDocument, annotator: string, status: ProgressStatus): ArticleDocument {
  const progress = { ...doc.progress };
  if (status === 'todo') delete progress[annotator];
  else progress[annotator] = status;
  const rest = { ...doc };
  delete rest.progress;
  return Object.keys(progress).length ? { ...rest, progress } : rest;
}

/** The status after `status` in the order to do → in progress → done → reviewed → to do. */
export function nextStatus(status: ProgressStatus): ProgressStatus {
  return PROGRESS_STATUSES[(PROGRESS_STATUSES.indexOf(status) + 1) % PROGRESS_STATUSES.length]!;
}

/** Two records of statuses as one: for each annotator, the further along of the two. */
export function mergedProgress(
  ours: Record<string, ProgressStatus> | undefined,
  theirs: Record<string, ProgressStatus> | undefined,
): Record<string, ProgressStatus> {
  const merged = { ...ours };
  for (const [name, status] of Object.entries(theirs ?? {})) {
    const held = merged[name];
    if (!held || PROGRESS_STATUSES.indexOf(status) > PROGRESS_STATUSES.indexOf(held)) merged[name] = status;
  }
  return merged;
}

/** Reads a status as a user types it ("done", "in progress", "in-progress", "to do"). */
export function parseStatus(text: string): ProgressStatus | undefined {
  const key = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return PROGRESS_STATUSES.find((s) => s === (key === 'to-do' ? 'todo' : key));
}

export interface Batch {
  /** "tag": articles whose annotations carry the tag; "folder": articles imported from the folder. */
  kind: 'tag' | 'folder';
  name: string;
  articleIds: string[];
}

export type StatusCounts = Record<ProgressStatus, number>;

/** Every batch of the library: folder imports first, then tags, each in order of name. */
export function batchesOf(articles: readonly ArticleSummary[]): Batch[] {
  const folders = new Map<string, string[]>();
  const tags = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, name: string, id: string) => map.set(name, [...(map.get(name) ?? []), id]);
  for (const a of articles) {
    if (a.meta.batch) add(folders, a.meta.batch, a.id);
    for (const tag of a.tags) add(tags, tag, a.id);
  }
  const sorted = (kind: Batch['kind'], map: Map<string, string[]>) =>
    [...map].sort(([a], [b]) => a.localeCompare(b)).map(([name, articleIds]): Batch => ({ kind, name, articleIds }));
  return [...sorted('folder', folders), ...sorted('tag', tags)];
}

/** How many of the articles are at each status for the annotator. */
export function statusCounts(articles: readonly Pick<ArticleSummary, 'progress'>[], annotator: string): StatusCounts {
  const counts: StatusCounts = { todo: 0, 'in-progress': 0, done: 0, reviewed: 0 };
  for (const a of articles) counts[statusOf(a, annotator)] += 1;
  return counts;
}

/** Everyone who has set a status anywhere in the library, in order of name. */
export function progressAnnotators(articles: readonly Pick<ArticleSummary, 'progress'>[]): string[] {
  return [...new Set(articles.flatMap((a) => Object.keys(a.progress ?? {})))].sort();
}
