// Windowing for the annotation list (@tanstack/react-virtual): the panel scrolls as a whole
// (the suggestions and filters above the list scroll with it), so the list's rows are placed
// relative to where the list starts inside the panel, and a row selected from elsewhere
// (j/k, a click in the text) is scrolled into view even if it was not rendered.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import type { Annotation } from '../../../core/model';

/** A row's first guess at its height (px); rows are measured once drawn. */
const ESTIMATED_ROW = 64;
/** The space between rows (px). */
const ROW_GAP = 8;

export function useVirtualList(
  shown: readonly Annotation[],
  selectedId: string | null,
  panelRef: RefObject<HTMLElement | null>,
  listRef: RefObject<HTMLElement | null>,
) {
  const [listTop, setListTop] = useState(0);
  // The same function while the list is the same: a new one makes the virtualizer place all
  // 10,000 rows again (on every render, a keystroke in the search or an edit).
  const getItemKey = useCallback((index: number) => shown[index]!.id, [shown]);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => panelRef.current,
    estimateSize: () => ESTIMATED_ROW,
    getItemKey,
    overscan: 8,
    gap: ROW_GAP,
    scrollMargin: listTop,
  });

  useLayoutEffect(() => {
    // Whatever sits above the list (suggestions, filters, summary) moves where it starts.
    const panel = panelRef.current;
    const list = listRef.current;
    if (!panel || !list) return;
    const top = list.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
    if (Math.abs(top - listTop) > 0.5) setListTop(top);
  });

  const selectedIndex = selectedId ? shown.findIndex((a) => a.id === selectedId) : -1;
  useLayoutEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    // Only a new selection scrolls the list; the user's own scrolling is left alone.
  }, [selectedId]);

  return {
    height: virtualizer.getTotalSize(),
    rows: virtualizer.getVirtualItems().map((item) => ({ index: item.index, top: item.start - listTop })),
    measure: virtualizer.measureElement,
  };
}
