// Binary search over a list sorted by some position: the first index at which a condition that
// holds for a prefix of the list stops holding (C++'s partition_point). The suggestion engine,
// the agreement measures, the exports and the reader's highlights all look up offsets in sorted
// lists; each says only what "before" means for it.

/**
 * The first index in [0, count) for which `before(i)` is false, where `before` holds for a
 * prefix of the indexes and for none after it; `count` when it holds for all.
 */
export function partitionPoint(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The last index for which `holds(i)` is true, where it holds for a prefix of the indexes; 0 when
 * it holds for none (the callers then start from the first).
 */
export function lastOfPrefix(count: number, holds: (i: number) => boolean): number {
  return Math.max(0, partitionPoint(count, holds) - 1);
}
