// Reads the user's current selection in the reader as a span of the article text, trimmed of
// surrounding white space (a drag usually catches a trailing space).

import { offsetOfPoint } from './dom-offsets';

export interface Span {
  start: number;
  end: number;
}

export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return end > start ? { start, end } : null;
}

export function selectedSpan(root: HTMLElement, text: string): Span | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = offsetOfPoint(root, range.startContainer, range.startOffset);
  const end = offsetOfPoint(root, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return trimSpan(text, { start: Math.min(start, end), end: Math.max(start, end) });
}
