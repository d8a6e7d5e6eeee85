// Cohen's kappa (1960) for two annotators who each gave every item one label: observed agreement
// corrected for the agreement their own label frequencies would give by chance.
// κ = (pₒ − pₑ) / (1 − pₑ), pₑ = Σₖ p_A(k)·p_B(k). Undefined (null) when pₑ = 1: both gave
// every item the same one label, so there is nothing chance could get wrong.

export function cohenKappa(a: readonly string[], b: readonly string[]): number | null {
  if (a.length !== b.length) throw new Error(`cohenKappa: ${a.length} labels against ${b.length}`);
  const n = a.length;
  if (n === 0) return null;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  let same = 0;
  for (let i = 0; i < n; i++) {
    countA.set(a[i]!, (countA.get(a[i]!) ?? 0) + 1);
    countB.set(b[i]!, (countB.get(b[i]!) ?? 0) + 1);
    if (a[i] === b[i]) same += 1;
  }
  let chance = 0;
  for (const [label, k] of countA) chance += (k / n) * ((countB.get(label) ?? 0) / n);
  if (chance >= 1) return null;
  return (same / n - chance) / (1 - chance);
}
