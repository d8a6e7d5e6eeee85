// Finds every stretch of text between double quotation marks — straight "…", curly “…”,
// German „…“ / „…”, French «…» — before anything decides whether it is a direct quote. A quote that
// runs over several paragraphs repeats its opening mark at the head of each paragraph and closes
// only in the last one; such a quote is one stretch, from the first opening mark to the last
// closing mark. An opening mark that never closes is dropped rather than guessed at.
// Single quotes are left alone: in English copy they are nested quotes or apostrophes.

import type { Span } from './types.js';

export interface QuotedStretch extends Span {
  /** The opening mark as written. */
  open: string;
  /** How many paragraphs the stretch runs over. */
  paragraphs: number;
}

const CLOSERS: Record<string, string> = { '"': '"', '“': '”', '„': '“”', '«': '»' };

/** A straight " opens a quote at the start of a line or after a space, bracket or dash. */
function opensHere(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (!(ch in CLOSERS)) return false;
  const next = text[i + 1] ?? '';
  if (next === '' || /\s/u.test(next)) return ch === '«' || ch === '„'; // « spaced French style »
  if (ch !== '"') return true;
  const prev = text[i - 1] ?? '\n';
  return /[\s([{\u2014\u2013\-/\p{Extended_Pictographic}]/u.test(prev);
}

/** Offset of the first non-blank character of the next paragraph after the line break at `nl`. */
function nextParagraphStart(text: string, nl: number): number {
  let i = nl;
  while (i < text.length && /\s/u.test(text[i] ?? '')) i++;
  return i;
}

/** Where the stretch opened at `open` closes (offset after the closing mark), or -1. */
function closeOf(text: string, open: number): { end: number; paragraphs: number } | undefined {
  const mark = text[open] ?? '';
  const closers = CLOSERS[mark] ?? '';
  let paragraphs = 1;
  for (let j = open + 1; j < text.length; j++) {
    const ch = text[j] ?? '';
    if (closers.includes(ch)) return { end: j + 1, paragraphs };
    if (ch !== '\n') continue;
    const next = nextParagraphStart(text, j);
    if (text[next] !== mark) return undefined;
    paragraphs++;
    j = next;
  }
  return undefined;
}

/** Every quoted stretch in text order, marks included, none overlapping. */
export function findQuotedStretches(text: string): QuotedStretch[] {
  const stretches: QuotedStretch[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!opensHere(text, i)) continue;
    const close = closeOf(text, i);
    if (!close) continue;
    stretches.push({ start: i, end: close.end, open: text[i] ?? '', paragraphs: close.paragraphs });
    i = close.end - 1;
  }
  return stretches;
}

/** The words inside a stretch, without its marks or bracketed insertions' brackets. */
export function wordsInside(text: string, stretch: Span): string[] {
  return text.slice(stretch.start + 1, stretch.end - 1).match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? [];
}
