// What agreement compares: each annotator's spans, sorted into categories — one per kind, and the
// speakers and cues linked from quotes (brat/PolNeAR's Source and Cue). A discontinuous span keeps
// its pieces, so "the same span" means the same pieces.

import type { Annotation, Fragment } from '../model.js';

export const CATEGORIES = ['claim', 'quote', 'figure', 'speaker', 'cue'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One marked span: its pieces in text order (one piece for an ordinary span). */
export interface Unit {
  pieces: Fragment[];
}

export type UnitsByCategory = Record<Category, Unit[]>;

function unit(pieces: readonly Fragment[]): Unit {
  return { pieces: [...pieces].map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start || a.end - b.end) };
}

/** The span an annotation marks, as a unit (a discontinuous one keeps its pieces). */
export function annotationUnit(a: Pick<Annotation, 'start' | 'end' | 'fragments'>): Unit {
  return unit(a.fragments?.length ? a.fragments : [a]);
}

/** The annotations' spans by category; a quote adds its linked speaker and cue. */
export function unitsOf(annotations: readonly Annotation[]): UnitsByCategory {
  const out: UnitsByCategory = { claim: [], quote: [], figure: [], speaker: [], cue: [] };
  for (const a of annotations) {
    out[a.kind].push(annotationUnit(a));
    if (a.kind !== 'quote') continue;
    const speaker = a.fields.quote?.speaker?.span;
    const cue = a.fields.quote?.cueSpan;
    if (speaker) out.speaker.push(unit([speaker]));
    if (cue) out.cue.push(unit([cue]));
  }
  return out;
}

/** The units moved `by` characters along (articles of a batch laid end to end). */
export function shifted(units: readonly Unit[], by: number): Unit[] {
  return units.map((u) => ({ pieces: u.pieces.map((p) => ({ start: p.start + by, end: p.end + by })) }));
}

/** The characters any of the units cover, as sorted, disjoint pieces (overlapping ones merged). */
export function coverage(units: readonly Unit[]): Fragment[] {
  const pieces = units.flatMap((u) => u.pieces).sort((a, b) => a.start - b.start);
  const out: Fragment[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) last.end = Math.max(last.end, p.end);
    else out.push({ start: p.start, end: p.end });
  }
  return out;
}
