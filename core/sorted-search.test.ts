// The binary searches every sorted look-up goes through, against a plain scan of the same lists.

import { describe, expect, it } from 'vitest';
import { lastOfPrefix, partitionPoint } from './sorted-search.js';

function sortedList(seed: number): number[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: next() % 40 }, () => next() % 30).sort((a, b) => a - b);
}

describe('sorted search', () => {
  it('finds where a prefix condition stops holding, and the last index where it holds, as a scan does', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const list = sortedList(seed);
      for (let at = -1; at <= 31; at++) {
        const scanFirst = list.findIndex((v) => !(v < at));
        expect(partitionPoint(list.length, (i) => list[i]! < at)).toBe(scanFirst < 0 ? list.length : scanFirst);
        const holding = list.filter((v) => v <= at).length;
        expect(lastOfPrefix(list.length, (i) => list[i]! <= at)).toBe(Math.max(0, holding - 1));
      }
    }
  });
});
