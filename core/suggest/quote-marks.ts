// Finds every stretch of text between double quotation marks — straight "…", curly “…”,
// German „…“ / „…”, French «…» — before anything decides whether it is a direct quote. A quote that
// runs over several paragraphs repeats its opening mark at the head of each paragraph and closes
// only in the last one; such a quote is one stretch, from the first opening mark to the last
// closing mark. An opening mark that never closes is dropped rather than guessed at.
// Two apostrophes ''…'' are a double quote too: the New York Times' plain-text copy writes its
// quotes so. Single quotes are left alone: in English copy they are nested quotes or apostrophes.

import type { Span } from './types.js';

export interface QuotedStretch extends Span {
  /** The opening mark as written. */
  open: string;
  /** The closing mark as written. */
  close: string;
  /** How many paragraphs the stretch runs over. */
  paragraphs: number;
}

const CLOSERS: Record<string, string> = { '"': '"', '“': '”', '„': '“”', '«': '»' };
const TWO_APOSTROPHES = "''";

/** The opening mark at `i`, if one opens a quote there: a straight one at the start of a line or after a space, bracket or dash. */
function openingAt(text: string, i: number): string | undefined {
  const two = text.startsWith(TWO_APOSTROPHES, i);
  const ch = two ? TWO_APOSTROPHES : (text[i] ?? '');
  if (!two && !(ch in CLOSERS)) return undefined;
  const next = text[i + ch.length] ?? '';
  if (next === '' || /\s/u.test(next)) return ch === '«' || ch === '„' ? ch : undefined; // « spaced French style »
  if (ch !== '"' && !two) return ch;
  const prev = text[i - 1] ?? '\n';
  return /[\s([{\u2014\u2013\-/\p{Extended_Pictographic}]/u.test(prev) && next !== "'" ? ch : undefined;
}

/** The closing mark for `open` at `j`, if there is one. */
function closingAt(text: string, j: number, open: string): string | undefined {
  if (open === TWO_APOSTROPHES) return text.startsWith(TWO_APOSTROPHES, j) ? TWO_APOSTROPHES : undefined;
  const ch = text[j] ?? '';
  return (CLOSERS[open] ?? '').includes(ch) ? ch : undefined;
}

/** Offset of the first non-blank character of the next paragraph after the line break at `nl`. */
function nextParagraphStart(text: string, nl: number): number {
  let i = nl;
  while (i < text.length && /\s/u.test(text[i] ?? '')) i++;
  return i;
}

/** Where the stretch opened with `mark` at `open` closes (offset after the closing mark), or undefined. */
function closeOf(text: string, open: number, mark: string): { end: number; close: string; paragraphs: number } | undefined {
  let paragraphs = 1;
  for (let j = open + mark.length; j < text.length; j++) {
    const close = closingAt(text, j, mark);
    if (close) return { end: j + close.length, close, paragraphs };
    if (text[j] !== '\n') continue;
    const next = nextParagraphStart(text, j);
    if (!text.startsWith(mark, next)) return undefined;
    paragraphs++;
    j = next + mark.length - 1;
  }
  return undefined;
}

/** Every quoted stretch in text order, marks included, none overlapping. */
export function findQuotedStretches(text: string): QuotedStretch[] {
  const stretches: QuotedStretch[] = [];
  for (let i = 0; i < text.length; i++) {
    const open = openingAt(text, i);
    if (!open) continue;
    const close = closeOf(text, i, open);
    if (!close) continue;
    stretches.push({ start: i, end: close.end, open, close: close.close, paragraphs: close.paragraphs });
    i = close.end - 1;
  }
  return stretches;
}

/** The text between a stretch's marks. */
export function innerText(text: string, stretch: QuotedStretch): string {
  return text.slice(stretch.start + stretch.open.length, stretch.end - stretch.close.length);
}

/** The words inside a stretch, without its marks or bracketed insertions' brackets. */
export function wordsInside(text: string, stretch: QuotedStretch): string[] {
  return innerText(text, stretch).match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? [];
}
