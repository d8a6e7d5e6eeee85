// Splits article text into the paragraphs the reader draws (one <p> per non-blank line) and
// maps offsets to them. Line breaks are never drawn as characters, but they keep their place
// in the offsets, so a span can cross paragraphs and still slice the text exactly.

import { lastOfPrefix } from '../../../core/sorted-search';

export interface Paragraph {
  /** Offset of the paragraph's first character in the article text. */
  start: number;
  /** Exclusive end (the offset of the line break that closes it, or the text's end). */
  end: number;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (text.slice(start, end).trim() !== '') paragraphs.push({ start, end });
    if (newline === -1) break;
    start = newline + 1;
  }
  return paragraphs;
}

/**
 * Index of the paragraph an offset belongs to. An offset in the gap between two paragraphs
 * belongs to the next one when it starts a span ('start') and to the previous one when it
 * ends a span ('end'), so ranges never start or end on an invisible character.
 */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number, bias: 'start' | 'end'): number {
  const lo = lastOfPrefix(paragraphs.length, (i) => paragraphs[i]!.start <= offset);
  const here = paragraphs[lo];
  if (!here) return -1;
  if (offset < here.start) return bias === 'start' ? lo : Math.max(0, lo - 1);
  if (offset > here.end && bias === 'start' && lo + 1 < paragraphs.length) return lo + 1;
  return lo;
}
