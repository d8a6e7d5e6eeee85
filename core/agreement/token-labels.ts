// Token-wise measures need a label per token and annotator. Tokens are the words a selection
// snaps to (core/anchoring/snap-span.ts), so "a token" means the same thing here as in the
// reader; a token belongs to a span when they share a character.

import type { Span } from '../anchoring/snap-span.js';
import { coverage, type Category, type Unit, type UnitsByCategory } from './units.js';

/** For each token, whether one of the units covers a character of it. */
export function tokensCovered(tokens: readonly Span[], units: readonly Unit[]): boolean[] {
  const covered = coverage(units);
  const out: boolean[] = [];
  let k = 0;
  for (const t of tokens) {
    while (k < covered.length && covered[k]!.end <= t.start) k += 1;
    out.push(k < covered.length && covered[k]!.start < t.end);
  }
  return out;
}

/** PolNeAR's token labels: source (a quote's speaker), cue, content (the quote) or none, in that order of precedence. */
export const ROLE_OF: readonly [Category, string][] = [
  ['speaker', 'source'],
  ['cue', 'cue'],
  ['quote', 'content'],
];

export function attributionRoles(tokens: readonly Span[], units: UnitsByCategory): string[] {
  const layers = ROLE_OF.map(([category, role]) => ({ role, covered: tokensCovered(tokens, units[category]) }));
  return tokens.map((_, i) => layers.find((l) => l.covered[i])?.role ?? 'none');
}
