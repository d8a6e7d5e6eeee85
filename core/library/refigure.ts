// A figure's reading follows its words. When a carried-over or re-placed figure now marks other
// words ("12,500 posts" became "12,600 posts"), its value, unit and scale are read again from the
// new words, and the change is kept beside it ("value changed: 12,500 → 12,600 posts") until the
// user confirms it. A value the user typed by hand is never replaced: it is kept, and flagged with
// what the new words read.

import { parseFigure } from '../figures/index.js';
import type { FigureChange, FigureFields, FigureReading } from '../figures/types.js';
import type { AnnotationFields } from '../model.js';

function readingOf(f: Pick<FigureFields, 'value' | 'unit' | 'scale'>): FigureReading {
  return { value: f.value, unit: f.unit, scale: f.scale };
}

function sameReading(a: FigureReading, b: FigureReading): boolean {
  return a.value === b.value && a.unit === b.unit && a.scale === b.scale;
}

/** The fields after the figure's words went from `oldExact` to `newExact`. */
export function refigure(fields: AnnotationFields, oldExact: string, newExact: string, articleDate?: string): AnnotationFields {
  const figure = fields.figure;
  if (!figure || oldExact === newExact) return fields;
  const fresh = parseFigure(newExact, articleDate ? { articleDate } : {});
  const now = readingOf(figure);
  const to = readingOf(fresh);
  if (sameReading(now, to)) return fields;
  // An earlier change not yet confirmed keeps its starting point: the user confirms from there.
  const from = figure.changed?.from ?? now;
  if (figure.byHand) {
    const changed: FigureChange = { from: now, to, kept: true };
    return { ...fields, figure: { ...figure, changed } };
  }
  const changed: FigureChange = { from, to, kept: false };
  const next: FigureFields = { ...fresh, changed };
  if (sameReading(from, to)) delete next.changed;
  return { ...fields, figure: next };
}
