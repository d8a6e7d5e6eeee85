// Converts between DOM positions in the reader and UTF-16 offsets into the article text.
// Each paragraph element carries data-start and holds exactly one text node, so a DOM
// position is its paragraph's start plus the offset inside that text node. The reader puts
// its paragraphs in blocks (article-views.ts); the side-by-side pane has them straight under
// its root; paragraphElement finds paragraph i in either.

import { paragraphAt, type Paragraph } from './paragraphs';
import { partitionPoint } from '../../../core/sorted-search';

/**
 * How many paragraphs the reader puts in one block. Each block is laid out and painted only
 * near the view (content-visibility), and the browser's cost of watching such elements while
 * scrolling grows with their number: 77 blocks of a 1 MB story, not 1,227 paragraphs.
 */
export const PARAGRAPHS_PER_BLOCK = 16;
export const BLOCK_CLASS = 'paragraph-block';

function isBlock(node: Node | null | undefined): node is Element {
  return node instanceof Element && node.classList.contains(BLOCK_CLASS);
}

/** The element of paragraph `index` under the reader's root (in its block) or under a plain root. */
export function paragraphElement(root: HTMLElement, index: number): Element | undefined {
  if (!isBlock(root.firstElementChild)) return root.children[index];
  return root.children[Math.floor(index / PARAGRAPHS_PER_BLOCK)]?.children[index % PARAGRAPHS_PER_BLOCK];
}

function paragraphElementOf(node: Node, root: HTMLElement): HTMLElement | null {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current instanceof HTMLElement && current.dataset.start !== undefined) return current;
    current = current.parentNode;
  }
  return null;
}

function startOf(el: Element): number {
  return Number((el as HTMLElement).dataset.start);
}

function endOf(el: Element): number {
  return startOf(el) + (el.textContent?.length ?? 0);
}

/** The text offset of a DOM boundary point inside the reader, or null when it is outside. */
export function offsetOfPoint(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const paragraph = paragraphElementOf(node, root);
  if (paragraph) {
    if (node.nodeType === Node.TEXT_NODE) return startOf(paragraph) + offset;
    return offset === 0 ? startOf(paragraph) : endOf(paragraph);
  }
  // A point between paragraphs, or between blocks of them: the next one's start, or the last one's end.
  if (node !== root && !(isBlock(node) && node.parentNode === root)) return null;
  const children = (node as Element).children;
  if (children.length === 0) return 0;
  const next = children[offset];
  const last = children[children.length - 1]!;
  if (next) return startOf(isBlock(next) ? next.firstElementChild! : next);
  return endOf(isBlock(last) ? last.lastElementChild! : last);
}

/** The DOM boundary points of [start, end) of the text, or null when the text has no paragraphs. */
function boundsOf(root: HTMLElement, paragraphs: readonly Paragraph[], start: number, end: number): StaticRangeInit | null {
  const first = paragraphAt(paragraphs, start, 'start');
  const last = paragraphAt(paragraphs, end, 'end');
  const a = paragraphs[first];
  const b = paragraphs[last];
  const startContainer = paragraphElement(root, first)?.firstChild;
  const endContainer = paragraphElement(root, last)?.firstChild;
  if (!a || !b || !startContainer || !endContainer) return null;
  return {
    startContainer,
    startOffset: Math.min(Math.max(start - a.start, 0), a.end - a.start),
    endContainer,
    endOffset: Math.min(Math.max(end - b.start, 0), b.end - b.start),
  };
}

/** A live DOM Range covering [start, end) of the text (for the selection and scrolling). */
export function rangeOf(root: HTMLElement, paragraphs: readonly Paragraph[], start: number, end: number): Range | null {
  const bounds = boundsOf(root, paragraphs, start, end);
  if (!bounds) return null;
  const range = document.createRange();
  range.setStart(bounds.startContainer, bounds.startOffset);
  range.setEnd(bounds.endContainer, bounds.endOffset);
  return range;
}

/**
 * A StaticRange over [start, end) of the text, for highlights. The text never changes, so
 * nothing needs a live Range, and live ones make every later DOM change in the page slower
 * (the browser updates each of them on every mutation).
 */
export function staticRangeOf(root: HTMLElement, paragraphs: readonly Paragraph[], start: number, end: number): StaticRange | null {
  const bounds = boundsOf(root, paragraphs, start, end);
  return bounds && new StaticRange(bounds);
}

/** The text offset under a screen point (for clicks on highlights). */
export function offsetAtPoint(root: HTMLElement, x: number, y: number): number | null {
  const caret = document.caretPositionFromPoint?.(x, y);
  if (caret) return offsetOfPoint(root, caret.offsetNode, caret.offset);
  return null;
}

/** The stretch of text the reader's scroll box shows now: from its first visible paragraph to its last. */
export function visibleText(root: HTMLElement, paragraphs: readonly Paragraph[]): { start: number; end: number } {
  const view = (root.closest('.reader') ?? root).getBoundingClientRect();
  // The first paragraph whose bottom lies below y (paragraphs are in order down the page). In
  // the reader the block is found first: a block off screen is not laid out, and measuring a
  // paragraph inside it would make the browser lay it out then and there.
  const firstBelow = (y: number) => {
    const blocks = isBlock(root.firstElementChild);
    const block = blocks ? firstBottomBelow(root.children, y) : 0;
    const inBlock = firstBottomBelow((blocks ? root.children[block]! : root).children, y);
    return Math.min(block * PARAGRAPHS_PER_BLOCK + inBlock, paragraphs.length - 1);
  };
  return { start: paragraphs[firstBelow(view.top)]?.start ?? 0, end: paragraphs[firstBelow(view.bottom)]?.end ?? 0 };
}

/** The index of the first element whose bottom lies below y (the last one when none does). */
function firstBottomBelow(elements: HTMLCollection, y: number): number {
  return Math.min(partitionPoint(elements.length, (i) => elements[i]!.getBoundingClientRect().bottom <= y), elements.length - 1);
}
