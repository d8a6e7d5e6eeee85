import { describe, expect, it } from 'vitest';
import { sameKindLayout } from './overlap-depth';

const span = (start: number, end: number) => ({ start, end });

describe('sameKindLayout', () => {
  it('finds nothing for one span or spans apart', () => {
    expect(sameKindLayout([span(0, 10)])).toEqual({ deep: [], touches: [] });
    expect(sameKindLayout([span(0, 10), span(11, 20)])).toEqual({ deep: [], touches: [] });
  });

  it('gives the shared stretch of two crossing spans, in any order', () => {
    expect(sameKindLayout([span(10, 30), span(0, 20)]).deep).toEqual([span(10, 20)]);
  });

  it('gives the inner span of a nested pair, and identical spans as deep all along', () => {
    expect(sameKindLayout([span(0, 30), span(5, 12)]).deep).toEqual([span(5, 12)]);
    expect(sameKindLayout([span(3, 9), span(3, 9)]).deep).toEqual([span(3, 9)]);
  });

  it('treats end-to-start as a touch, not an overlap', () => {
    expect(sameKindLayout([span(0, 10), span(10, 20)])).toEqual({ deep: [], touches: [10] });
  });

  it('marks a boundary inside a deeper stretch and merges deep stretches that meet', () => {
    // A covers 0–20; B (2–10) and C (10–15) meet inside it: one deep stretch, one touch at 10.
    expect(sameKindLayout([span(0, 20), span(2, 10), span(10, 15)])).toEqual({ deep: [span(2, 15)], touches: [10] });
  });

  it('ignores empty spans and keeps three-deep stretches in one piece', () => {
    expect(sameKindLayout([span(5, 5), span(0, 10), span(2, 8), span(4, 6)]).deep).toEqual([span(2, 8)]);
  });
});
