// Krippendorff's alpha for nominal data (Krippendorff 2011, "Computing Krippendorff's
// Alpha-Reliability"): any number of coders, an item may lack some coders' values. Built on the
// coincidence matrix: within an item of m values each ordered pair of values from different
// coders counts 1/(m − 1); items with fewer than two values are not pairable and drop out.
// α = 1 − Dₒ/Dₑ = 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k. Null when Dₑ = 0 (one value only).
// PolNeAR's "token-wise alpha" is this over tokens labelled source / cue / content / none.

/** items[i][j]: coder j's value for item i, null where coder j gave none. */
export function nominalAlpha(items: readonly (readonly (string | null)[])[]): number | null {
  const totals = new Map<string, number>();
  let disagreeing = 0;
  let n = 0;
  for (const item of items) {
    const counts = new Map<string, number>();
    let m = 0;
    for (const v of item) {
      if (v === null) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
      m += 1;
    }
    if (m < 2) continue;
    let sameSquares = 0;
    for (const [v, k] of counts) {
      sameSquares += k * k;
      totals.set(v, (totals.get(v) ?? 0) + k);
    }
    // Ordered pairs of different values in the item: m² − Σ k², each weighted 1/(m − 1).
    disagreeing += (m * m - sameSquares) / (m - 1);
    n += m;
  }
  let squares = 0;
  for (const k of totals.values()) squares += k * k;
  const expected = n * n - squares; // Σ_{c≠k} n_c·n_k
  if (expected === 0) return null;
  return 1 - ((n - 1) * disagreeing) / expected;
}
