// Peers disagree on what a position counts. The W3C model says a TextPositionSelector counts
// code points; Hypothesis and Recogito write UTF-16 code units (what the DOM counts); doccano's
// backend counts code points. On a text with an emoji before the span the two readings point at
// different characters, and the wrong one can land on a repeat of the same words ("ha ha ha").
// So an incoming position is read both ways and checked against its own quote: the reading whose
// text is the quote and whose surroundings match the prefix and suffix wins, and the import
// report says which reading it was.

import { contextAgreement } from '../../anchoring/reanchor.js';
import type { TextQuote } from '../../model.js';
import type { OffsetConverter } from '../code-points.js';
import type { OffsetUnits } from './incoming.js';

/** Which reading of a position fitted: 'either' when both readings give the same characters. */
export type PositionReading = 'utf-16' | 'code points' | 'either';

export interface ReadPosition {
  start: number;
  end: number;
  reading: PositionReading;
}

interface Offsets {
  start: number;
  end: number;
}

/** The position in UTF-16 units under each reading the file allows (null where it lies outside the text). */
function readings(span: Offsets, units: OffsetUnits, converter: () => OffsetConverter): { reading: PositionReading; at: Offsets | null }[] {
  const asCodePoints = () => {
    const c = converter();
    const [start, end] = [c.toUtf16(span.start), c.toUtf16(span.end)];
    return start === null || end === null ? null : { start, end };
  };
  if (units === 'utf-16') return [{ reading: 'utf-16', at: span }];
  if (units === 'code points') return [{ reading: 'code points', at: asCodePoints() }];
  const points = asCodePoints();
  if (points && points.start === span.start && points.end === span.end) return [{ reading: 'either', at: span }];
  return [
    { reading: 'utf-16', at: span },
    { reading: 'code points', at: points },
  ];
}

/**
 * The reading of the position at which the text is the quote; of two such, the one whose context
 * agrees better with the prefix and suffix (equal agreement: neither can be trusted, null).
 */
export function readPosition(text: string, span: Offsets, quote: TextQuote, units: OffsetUnits, converter: () => OffsetConverter): ReadPosition | null {
  const fitting = readings(span, units, converter).flatMap(({ reading, at }) => (at && text.slice(at.start, at.end) === quote.exact ? [{ ...at, reading }] : []));
  if (fitting.length < 2) return fitting[0] ?? null;
  const [a, b] = fitting as [ReadPosition, ReadPosition];
  const [x, y] = [a, b].map((r) => contextAgreement(text, quote, r.start, r.end) ?? 0) as [number, number];
  return x === y ? null : x > y ? a : b;
}

/** The position to start a quote search from: the UTF-16 reading, else the code point one. */
export function searchFrom(span: Offsets, units: OffsetUnits, converter: () => OffsetConverter): Offsets {
  const found = readings(span, units, converter).find((r) => r.at)?.at;
  return found ?? { start: 0, end: 0 };
}
