// Span agreement between two annotators as counts, so a batch adds them up before any ratio:
// exact matching pairs spans with the same pieces one to one; overlap matching asks, for each
// span, whether the other annotator marked any of its characters (Wiebe, Wilson & Cardie 2005's
// agr, PolNeAR's "attribution-wise agreement"), in each direction.

import type { Fragment } from '../model.js';
import { coverage, type Unit } from './units.js';
import { partitionPoint } from '../sorted-search.js';

export interface SpanCounts {
  /** Spans A and B marked. */
  a: number;
  b: number;
  /** Spans with exactly the same pieces, paired one to one. */
  exact: number;
  /** A's spans that share a character with one of B's; B's that share one with A's. */
  aOverlapped: number;
  bOverlapped: number;
}

/** Two units are the same span when their keys are equal (the same pieces). */
export function unitKey(u: Unit): string {
  return u.pieces.map((p) => `${p.start}-${p.end}`).join(',');
}

function exactPairs(a: readonly Unit[], b: readonly Unit[]): number {
  const left = new Map<string, number>();
  for (const u of a) left.set(unitKey(u), (left.get(unitKey(u)) ?? 0) + 1);
  let matched = 0;
  for (const u of b) {
    const n = left.get(unitKey(u)) ?? 0;
    if (n > 0) {
      matched += 1;
      left.set(unitKey(u), n - 1);
    }
  }
  return matched;
}

/** True when some piece of `u` shares a character with `covered` (sorted, disjoint). */
function touches(u: Unit, covered: readonly Fragment[]): boolean {
  return u.pieces.some((p) => {
    const first = covered[partitionPoint(covered.length, (i) => covered[i]!.end <= p.start)];
    return first !== undefined && first.start < p.end;
  });
}

export function spanCounts(a: readonly Unit[], b: readonly Unit[]): SpanCounts {
  const coveredA = coverage(a);
  const coveredB = coverage(b);
  return {
    a: a.length,
    b: b.length,
    exact: exactPairs(a, b),
    aOverlapped: a.filter((u) => touches(u, coveredB)).length,
    bOverlapped: b.filter((u) => touches(u, coveredA)).length,
  };
}

export function addCounts(x: SpanCounts, y: SpanCounts): SpanCounts {
  return {
    a: x.a + y.a,
    b: x.b + y.b,
    exact: x.exact + y.exact,
    aOverlapped: x.aOverlapped + y.aOverlapped,
    bOverlapped: x.bOverlapped + y.bOverlapped,
  };
}

export const NO_SPANS: SpanCounts = { a: 0, b: 0, exact: 0, aOverlapped: 0, bOverlapped: 0 };

/** F1 of exact matching: 2·matched / (|A| + |B|); null when neither marked anything. */
export function exactF1(c: SpanCounts): number | null {
  return c.a + c.b === 0 ? null : (2 * c.exact) / (c.a + c.b);
}

/** agr(A‖B): the share of A's spans B overlapped (B's recall with A as the reference). */
export function agr(overlapped: number, of: number): number | null {
  return of === 0 ? null : overlapped / of;
}

/** F1 of overlap matching: the harmonic mean of agr(A‖B) and agr(B‖A); 0 when one marked nothing. */
export function overlapF1(c: SpanCounts): number | null {
  if (c.a + c.b === 0) return null;
  const ab = agr(c.aOverlapped, c.a) ?? 0;
  const ba = agr(c.bOverlapped, c.b) ?? 0;
  return ab + ba === 0 ? 0 : (2 * ab * ba) / (ab + ba);
}
