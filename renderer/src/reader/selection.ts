// Reads the user's current selection in the reader as a span of the article text, snapped to
// whole words and trimmed of white space and separating punctuation — or, with Alt held, the
// exact characters (only white space trimmed).

import { snapToWords, trimWhiteSpace, type Span } from '../../../core/anchoring/snap-span';
import { offsetOfPoint } from './dom-offsets';

export type { Span };

export function selectedSpan(root: HTMLElement, text: string, exact: boolean): Span | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = offsetOfPoint(root, range.startContainer, range.startOffset);
  const end = offsetOfPoint(root, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  const rough = { start: Math.min(start, end), end: Math.max(start, end) };
  return exact ? trimWhiteSpace(text, rough) : snapToWords(text, rough);
}
