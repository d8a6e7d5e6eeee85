// Paints other annotators' layers in the reader with the CSS Custom Highlight API, as the kinds
// are painted (reader/highlights.ts): overlaid layers each in a line style of their own (double,
// dotted, dashed, wavy — told apart without colour; the legend names each), and the right-hand
// pane of a side-by-side view in the kinds' own styles under names of its own.

import { useLayoutEffect, type RefObject } from 'react';
import { KINDS, type Annotation } from '../../../core/model';
import { staticRangeOf } from '../reader/dom-offsets';
import type { Paragraph } from '../reader/paragraphs';

/** How each overlaid layer is drawn, in order; the legend says it in words. */
export const OVERLAY_STYLES = ['double underline', 'dotted underline', 'dashed overline', 'wavy overline'] as const;

export function overlayHighlightName(i: number): string {
  return `nm-layer-${i}`;
}

export function sideHighlightName(kind: Annotation['kind']): string {
  return `nm-side-${kind}`;
}

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

function highlightOf(root: HTMLElement, paragraphs: readonly Paragraph[], annotations: readonly Annotation[]): Highlight {
  const highlight = new Highlight();
  for (const a of annotations) {
    if (a.anchor?.status === 'orphaned') continue;
    const range = staticRangeOf(root, paragraphs, a.start, a.end);
    if (range) highlight.add(range);
  }
  return highlight;
}

/** Paints each overlaid layer in its style (at most OVERLAY_STYLES.length); clears the rest. */
export function paintOverlays(root: HTMLElement, paragraphs: readonly Paragraph[], layers: readonly (readonly Annotation[])[]): void {
  if (!supported()) return;
  OVERLAY_STYLES.forEach((_, i) => {
    const layer = layers[i];
    if (!layer) return void CSS.highlights.delete(overlayHighlightName(i));
    const highlight = highlightOf(root, paragraphs, layer);
    highlight.priority = 3;
    CSS.highlights.set(overlayHighlightName(i), highlight);
  });
}

/** Paints the right-hand pane's layer, kind by kind; null clears it. */
export function paintSide(root: HTMLElement | null, paragraphs: readonly Paragraph[], annotations: readonly Annotation[] | null): void {
  if (!supported()) return;
  for (const kind of KINDS) {
    if (!root || !annotations) CSS.highlights.delete(sideHighlightName(kind));
    else CSS.highlights.set(sideHighlightName(kind), highlightOf(root, paragraphs, annotations.filter((a) => a.kind === kind)));
  }
}

/** Keeps the overlays of one reader pane painted. */
export function useOverlays(root: RefObject<HTMLElement | null>, paragraphs: readonly Paragraph[], layers: readonly (readonly Annotation[])[]): void {
  useLayoutEffect(() => {
    if (root.current) paintOverlays(root.current, paragraphs, layers);
  }, [root, paragraphs, layers]);
  useLayoutEffect(() => () => paintOverlays(document.body, [], []), []);
}
