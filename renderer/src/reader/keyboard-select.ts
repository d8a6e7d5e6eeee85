// Selecting text without a mouse: `p` selects the next paragraph and `s` the next sentence
// (Shift goes back), starting after the current selection or the selected annotation.
// The DOM selection is set, so it shows and can be marked with c/q/f like any other.

import { rangeOf } from './dom-offsets';
import type { Paragraph } from './paragraphs';
import type { Span } from './selection';

const sentences = new Intl.Segmenter(undefined, { granularity: 'sentence' });

function sentenceSpans(text: string, paragraphs: readonly Paragraph[]): Span[] {
  const spans: Span[] = [];
  for (const p of paragraphs) {
    for (const s of sentences.segment(text.slice(p.start, p.end))) {
      const trimmed = s.segment.trimEnd();
      if (trimmed.trim()) spans.push({ start: p.start + s.index + (trimmed.length - trimmed.trimStart().length), end: p.start + s.index + trimmed.length });
    }
  }
  return spans;
}

/** The next (or previous) unit after (or before) `from`; the first (or last) when there is none. */
export function nextUnit(
  text: string,
  paragraphs: readonly Paragraph[],
  unit: 'paragraph' | 'sentence',
  from: Span | null,
  backwards: boolean,
): Span | null {
  const units = unit === 'paragraph' ? paragraphs.map((p) => ({ start: p.start, end: p.end })) : sentenceSpans(text, paragraphs);
  if (units.length === 0) return null;
  if (!from) return backwards ? units[units.length - 1]! : units[0]!;
  if (backwards) return [...units].reverse().find((u) => u.end <= from.start || (u.start < from.start && u.end < from.end)) ?? units[0]!;
  return units.find((u) => u.start >= from.end || (u.start > from.start && u.end > from.end)) ?? units[units.length - 1]!;
}

export function selectSpan(root: HTMLElement, paragraphs: readonly Paragraph[], span: Span): void {
  const range = rangeOf(root, paragraphs, span.start, span.end);
  const selection = document.getSelection();
  if (!range || !selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
}
