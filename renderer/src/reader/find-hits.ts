// Where a search string occurs in the article: every match, case-insensitive, as offsets into
// the text (never into lowercased text, whose length can differ from the original's).

import type { Span } from './selection';

export function findHits(text: string, query: string, limit = 5000): Span[] {
  if (query.trim() === '') return [];
  const pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  const hits: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    hits.push({ start: m.index, end: m.index + m[0].length });
    if (hits.length >= limit) break;
  }
  return hits;
}

/** The hit to go to from `current` (-1 = none yet), wrapping around at either end. */
export function stepHit(count: number, current: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current === -1) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
