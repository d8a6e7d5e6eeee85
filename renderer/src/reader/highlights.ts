// Draws annotations with the CSS Custom Highlight API: one Highlight per kind plus one for the
// selected annotation and one for a brief flash. No DOM node is added, so React's tree and the
// highlights never fight, and overlapping spans simply paint on top of each other.

import { KINDS, type Annotation } from '../../../core/model';
import { rangeOf } from './dom-offsets';
import type { Paragraph } from './paragraphs';

const SELECTED = 'nm-selected';
const FLASH = 'nm-flash';

export function highlightName(kind: Annotation['kind']): string {
  return `nm-${kind}`;
}

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export function paintHighlights(
  root: HTMLElement,
  paragraphs: readonly Paragraph[],
  annotations: readonly Annotation[],
  selectedId: string | null,
): void {
  if (!supported()) return;
  const byKind = new Map(KINDS.map((k) => [k, new Highlight()]));
  const selected = new Highlight();
  for (const a of annotations) {
    const range = rangeOf(root, paragraphs, a.start, a.end);
    if (!range) continue;
    byKind.get(a.kind)?.add(range);
    if (a.id === selectedId) selected.add(range);
  }
  for (const [kind, highlight] of byKind) CSS.highlights.set(highlightName(kind), highlight);
  selected.priority = 1;
  CSS.highlights.set(SELECTED, selected);
}

export function clearHighlights(): void {
  if (!supported()) return;
  for (const kind of KINDS) CSS.highlights.delete(highlightName(kind));
  CSS.highlights.delete(SELECTED);
  CSS.highlights.delete(FLASH);
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Flashes a span for a moment, to show the reader where a listed annotation is. */
export function flashRange(range: Range): void {
  if (!supported()) return;
  const flash = new Highlight(range);
  flash.priority = 2;
  CSS.highlights.set(FLASH, flash);
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => CSS.highlights.delete(FLASH), 1200);
}
