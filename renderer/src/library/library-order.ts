// How the library view orders articles and what it totals: pure functions over the summaries
// the service lists, so 1,000 articles sort and sum without a round trip.

import { KINDS, emptyCounts, type ArticleSummary, type KindCounts } from '../../../core/model';

export const SORTS = { edited: 'Last edited', date: 'Date', title: 'Title' } as const;
export type LibrarySort = keyof typeof SORTS;

/** The story's own date, or for an undated story the day it was imported, said as such. */
export function articleDate(a: ArticleSummary): string {
  return a.meta.date ?? `imported ${a.importedAt.slice(0, 10)}`;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const COMPARE: Record<LibrarySort, (a: ArticleSummary, b: ArticleSummary) => number> = {
  edited: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
  // Undated stories come after dated ones: the import date is not theirs to sort by.
  date: (a, b) => (b.meta.date ?? '').localeCompare(a.meta.date ?? '') || b.updatedAt.localeCompare(a.updatedAt),
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
