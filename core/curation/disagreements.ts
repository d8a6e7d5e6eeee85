// Where two layers of an article disagree, one item at a time, for the curator to settle: a span
// only one of them marked, the same words bounded differently, the same span given another kind,
// or a quote given another speaker. Pairs by the same span first (agreement's own notion of it,
// core/agreement), then by the largest overlap; what is left is marked by one layer only.

import { unitKey } from '../agreement/span-match.js';
import { annotationUnit } from '../agreement/units.js';
import { compareByPosition, type Annotation } from '../model.js';

export const DISAGREEMENT_TYPES = ['only-a', 'only-b', 'bounds', 'kind', 'speaker'] as const;
export type DisagreementType = (typeof DISAGREEMENT_TYPES)[number];

export const DISAGREEMENT_LABELS: Record<DisagreementType, string> = {
  'only-a': 'Only in A',
  'only-b': 'Only in B',
  bounds: 'Different bounds',
  kind: 'Different kind',
  speaker: 'Different speaker',
};

export interface Disagreement {
  /** Names the item among the pair's disagreements (the type and the two annotations' ids). */
  key: string;
  type: DisagreementType;
  a: Annotation | null;
  b: Annotation | null;
}

export interface Comparison {
  /** Pairs on which the layers agree: same span, kind and speaker (A's and B's annotation). */
  agreed: [Annotation, Annotation][];
  /** In text order. */
  disagreements: Disagreement[];
}

function speakerOf(a: Annotation): string {
  const speaker = a.kind === 'quote' ? a.fields.quote?.speaker : null;
  if (!speaker) return '';
  return speaker.span ? `${speaker.span.start}-${speaker.span.end}` : speaker.name.trim().toLocaleLowerCase();
}

/** Same span, kind and speaker: the curated layer needs only one of them. */
export function sameAnnotation(x: Annotation, y: Annotation): boolean {
  return x.kind === y.kind && unitKey(annotationUnit(x)) === unitKey(annotationUnit(y)) && speakerOf(x) === speakerOf(y);
}

function overlap(x: Annotation, y: Annotation): number {
  return Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
}

function item(type: DisagreementType, a: Annotation | null, b: Annotation | null): Disagreement {
  return { key: `${type}:${a?.id ?? ''}:${b?.id ?? ''}`, type, a, b };
}

export function compareLayers(layerA: readonly Annotation[], layerB: readonly Annotation[]): Comparison {
  const as = [...layerA].filter((a) => a.anchor?.status !== 'orphaned').sort(compareByPosition);
  const bs = [...layerB].filter((b) => b.anchor?.status !== 'orphaned').sort(compareByPosition);
  const agreed: [Annotation, Annotation][] = [];
  const found: Disagreement[] = [];
  const used = new Set<Annotation>();
  const rest: Annotation[] = [];
  // The same span: the same kind first (then only the speaker can differ), else another kind.
  const bySpan = new Map<string, Annotation[]>();
  for (const b of bs) bySpan.set(unitKey(annotationUnit(b)), [...(bySpan.get(unitKey(annotationUnit(b))) ?? []), b]);
  for (const a of as) {
    const open = (bySpan.get(unitKey(annotationUnit(a))) ?? []).filter((b) => !used.has(b));
    const b = open.find((x) => sameAnnotation(a, x)) ?? open.find((x) => x.kind === a.kind) ?? open[0];
    if (!b) {
      rest.push(a);
      continue;
    }
    used.add(b);
    if (sameAnnotation(a, b)) agreed.push([a, b]);
    else found.push(item(a.kind === b.kind ? 'speaker' : 'kind', a, b));
  }
  // The same words bounded differently: each left-over A with the left-over B it overlaps most.
  for (const a of rest) {
    let best: Annotation | undefined;
    for (const b of bs) {
      if (used.has(b) || overlap(a, b) === 0) continue;
      const better = !best || overlap(a, b) > overlap(a, best) || (overlap(a, b) === overlap(a, best) && b.kind === a.kind && best.kind !== a.kind);
      if (better) best = b;
    }
    if (best) used.add(best);
    found.push(best ? item('bounds', a, best) : item('only-a', a, null));
  }
  for (const b of bs) if (!used.has(b)) found.push(item('only-b', null, b));
  const startOf = (d: Disagreement) => (d.a ?? d.b)!;
  found.sort((x, y) => compareByPosition(startOf(x), startOf(y)));
  return { agreed, disagreements: found };
}
