// How the library view orders articles and what it totals: pure functions over the summaries
// the service lists, so 1,000 articles sort and sum without a round trip.

import { KINDS, emptyCounts, type ArticleSummary, type KindCounts } from '../../../core/model';

export const SORTS = { edited: 'Last edited', date: 'Date', title: 'Title' } as const;
export type LibrarySort = keyof typeof SORTS;

/** The story's own date when known, else the day it was imported. */
export function articleDate(a: ArticleSummary): string {
  return a.meta.date ?? a.importedAt.slice(0, 10);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const COMPARE: Record<LibrarySort, (a: ArticleSummary, b: ArticleSummary) => number> = {
  edited: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
  date: (a, b) => articleDate(b).localeCompare(articleDate(a)) || b.updatedAt.localeCompare(a.updatedAt),
  title: (a, b) => collator.compare(a.title, b.title),
};

export function sortArticles(articles: readonly ArticleSummary[], sort: LibrarySort): ArticleSummary[] {
  return [...articles].sort(COMPARE[sort]);
}

export interface LibraryTotals {
  articles: number;
  counts: KindCounts;
}

export function libraryTotals(articles: readonly ArticleSummary[]): LibraryTotals {
  const counts = emptyCounts();
  for (const a of articles) for (const kind of KINDS) counts[kind] += a.counts[kind];
  return { articles: articles.length, counts };
}
