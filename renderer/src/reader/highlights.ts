// Draws annotations with the CSS Custom Highlight API: one Highlight per kind plus one for the
// selected annotation, one for open suggestions and one for a brief flash. No DOM node is added, so React's tree and the
// highlights never fight, and overlapping spans simply paint on top of each other.

import { KINDS, type Annotation } from '../../../core/model';
import { rangeOf } from './dom-offsets';
import type { Paragraph } from './paragraphs';
import type { Span } from './selection';

const SELECTED = 'nm-selected';
const FLASH = 'nm-flash';

export function highlightName(kind: Annotation['kind']): string {
  return `nm-${kind}`;
}

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** Paints every annotation in its kind's highlight. */
export function paintKinds(root: HTMLElement, paragraphs: readonly Paragraph[], annotations: readonly Annotation[]): void {
  if (!supported()) return;
  const byKind = new Map(KINDS.map((k) => [k, new Highlight()]));
  for (const a of annotations) {
    // An orphan's offsets belong to an older text of the story: it is listed, not painted.
    const range = a.anchor?.status !== 'orphaned' && rangeOf(root, paragraphs, a.start, a.end);
    if (range) byKind.get(a.kind)?.add(range);
  }
  for (const [kind, highlight] of byKind) CSS.highlights.set(highlightName(kind), highlight);
}

/** Marks the selected annotation's span (or clears the mark when none is selected). */
export function paintSelected(root: HTMLElement, paragraphs: readonly Paragraph[], selected: Annotation | undefined): void {
  if (!supported()) return;
  const range = selected && rangeOf(root, paragraphs, selected.start, selected.end);
  const highlight = range ? new Highlight(range) : new Highlight();
  highlight.priority = 1;
  CSS.highlights.set(SELECTED, highlight);
}

const SUGGESTED = 'nm-suggested';
const SUGGESTION_ACTIVE = 'nm-suggestion-active';

/** Paints open suggestions (dashed) and the one the user is looking at. */
export function paintSuggestions(root: HTMLElement, paragraphs: readonly Paragraph[], spans: readonly Span[], active: Span | null): void {
  if (!supported()) return;
  const all = new Highlight();
  for (const s of spans) {
    const range = rangeOf(root, paragraphs, s.start, s.end);
    if (range) all.add(range);
  }
  all.priority = -1;
  CSS.highlights.set(SUGGESTED, all);
  const range = active && rangeOf(root, paragraphs, active.start, active.end);
  CSS.highlights.set(SUGGESTION_ACTIVE, range ? new Highlight(range) : new Highlight());
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
