// Krippendorff's alpha for unitized data, αu (Krippendorff 1995, "On the reliability of unitizing
// continuous data"; 2004, "Measuring the reliability of qualitative text analysis data", Quality &
// Quantity 38), for one category. Each coder cuts the continuum (the text's characters; a batch's
// articles end to end, a gap never running from one article into the next) into units of the
// category and the gaps between them. Observed disagreement compares every coder's sections with
// every other coder's:
//   δ²(g, h) = (b_g − b_h)² + (e_g − e_h)²   two units that overlap
//            = l_g²                          a unit g lying inside the other coder's gap h (and vice versa)
//            = 0                             otherwise
//   Dₒ = Σ_{i≠j} Σ_g Σ_h δ²(g_i, h_j) / (m(m − 1)·L²)
// Expected disagreement places every unit against every unit and gap at every position it fits:
//   Dₑ = (2/L)·Σ_units [ (N − 1)/3·(2l³ − 3l² + l) + l²·Σ_{gaps, l_gap ≥ l} (l_gap − l + 1) ]
//        / ( mL(mL − 1) − Σ_units l(l − 1) ),   N = the number of units of all coders.
//   αu = 1 − Dₒ/Dₑ
// A coder's overlapping units of one category are merged first (the model has one layer of units
// per category). Dₒ and Dₑ are sums, so this runs in O(n log n): a library of articles is fine.

import type { Fragment } from '../model.js';
import { coverage, type Unit } from './units.js';
import { partitionPoint } from '../sorted-search.js';

/** One stretch of continuum (an article): its length and each coder's units, coders in the same order everywhere. */
export interface Continuum {
  length: number;
  coders: readonly (readonly Unit[])[];
}

export interface UnitizedAlpha {
  observed: number;
  expected: number;
  /** Null when no coder marked a unit: there is nothing to agree on. */
  alpha: number | null;
}

/** The first index of `units` (sorted, disjoint) whose end lies past `at`. */
function firstEndingAfter(units: readonly Fragment[], at: number): number {
  return partitionPoint(units.length, (i) => units[i]!.end <= at);
}

/**
 * Σ_g Σ_h δ² over coder i's sections against coder j's, one way round: units that overlap, and
 * i's units inside j's gaps (a unit no unit of j touches lies inside one of j's gaps).
 */
function oneWay(i: readonly Fragment[], j: readonly Fragment[]): { overlapping: number; inGaps: number } {
  let overlapping = 0;
  let inGaps = 0;
  for (const u of i) {
    let k = firstEndingAfter(j, u.start);
    if (k >= j.length || j[k]!.start >= u.end) {
      inGaps += (u.end - u.start) ** 2;
      continue;
    }
    for (; k < j.length && j[k]!.start < u.end; k++) overlapping += (u.start - j[k]!.start) ** 2 + (u.end - j[k]!.end) ** 2;
  }
  return { overlapping, inGaps };
}

/** Gap lengths between a coder's units within [0, length). */
function gapsOf(units: readonly Fragment[], length: number): number[] {
  const gaps: number[] = [];
  let at = 0;
  for (const u of units) {
    if (u.start > at) gaps.push(u.start - at);
    at = u.end;
  }
  if (length > at) gaps.push(length - at);
  return gaps;
}

export function unitizedAlpha(continua: readonly Continuum[]): UnitizedAlpha {
  const m = continua[0]?.coders.length ?? 0;
  if (m < 2) throw new Error('unitizedAlpha needs at least two coders');
  let L = 0;
  let disagreement = 0;
  const unitLengths: number[] = [];
  const gapLengths: number[] = [];
  for (const c of continua) {
    if (c.coders.length !== m) throw new Error('unitizedAlpha: every stretch needs the same coders');
    const merged = c.coders.map((units) => coverage(units));
    L += c.length;
    for (const units of merged) {
      for (const u of units) unitLengths.push(u.end - u.start);
      gapLengths.push(...gapsOf(units, c.length));
    }
    for (let i = 0; i < m; i++) {
      for (let j = i + 1; j < m; j++) {
        const ij = oneWay(merged[i]!, merged[j]!);
        const ji = oneWay(merged[j]!, merged[i]!);
        // The ordered pairs (i, j) and (j, i) each see every overlap once and both coders' units in gaps.
        disagreement += 2 * (ij.overlapping + ij.inGaps + ji.inGaps);
      }
    }
  }
  const N = unitLengths.length;
  if (N === 0 || L === 0) return { observed: 0, expected: 0, alpha: null };
  const observed = disagreement / (m * (m - 1) * L * L);
  // Σ over gaps with l_gap ≥ l of (l_gap − l + 1), from gap lengths sorted with suffix sums.
  gapLengths.sort((a, b) => a - b);
  const suffix = new Array<number>(gapLengths.length + 1).fill(0);
  for (let k = gapLengths.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1]! + gapLengths[k]!;
  let numerator = 0;
  let selfPairs = 0;
  for (const l of unitLengths) {
    const from = firstAtLeast(gapLengths, l);
    const fits = suffix[from]! - (l - 1) * (gapLengths.length - from);
    numerator += ((N - 1) / 3) * (2 * l ** 3 - 3 * l ** 2 + l) + l * l * fits;
    selfPairs += l * (l - 1);
  }
  const expected = ((2 / L) * numerator) / (m * L * (m * L - 1) - selfPairs);
  return { observed, expected, alpha: expected === 0 ? null : 1 - observed / expected };
}

function firstAtLeast(sorted: readonly number[], x: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i]! < x);
}
