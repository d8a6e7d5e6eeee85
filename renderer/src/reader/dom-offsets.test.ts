// @vitest-environment jsdom
// The reader's paragraphs sit in blocks of PARAGRAPHS_PER_BLOCK; offsets must map to and from
// the right text node across block boundaries, and a plain root (the side pane) still works.
import { describe, expect, it } from 'vitest';
import { ArticleViews } from './article-views';
import { offsetOfPoint, PARAGRAPHS_PER_BLOCK, paragraphElement, rangeOf } from './dom-offsets';

const COUNT = PARAGRAPHS_PER_BLOCK * 2 + 6;
const text = Array.from({ length: COUNT }, (_, i) => `Paragraph number ${i} says something.`).join('\n');

function reader() {
  const view = new ArticleViews().of('a', text);
  const root = document.createElement('div');
  root.replaceChildren(...view.blocks);
  return { root, paragraphs: view.paragraphs };
}

describe('paragraphs in blocks', () => {
  it('finds every paragraph, in text order, in its block', () => {
    const { root, paragraphs } = reader();
    expect(root.children).toHaveLength(3);
    for (let i = 0; i < COUNT; i++) expect(paragraphElement(root, i)?.textContent).toBe(text.slice(paragraphs[i]!.start, paragraphs[i]!.end));
    expect(paragraphElement(root, COUNT)).toBeUndefined();
  });

  it('maps a point between blocks or between paragraphs of a block to the next paragraph, or past the last to its end', () => {
    const { root, paragraphs } = reader();
    expect(offsetOfPoint(root, root, 1)).toBe(paragraphs[PARAGRAPHS_PER_BLOCK]!.start);
    expect(offsetOfPoint(root, root.children[0]!, 5)).toBe(paragraphs[5]!.start);
    expect(offsetOfPoint(root, root, 3)).toBe(text.length);
    expect(offsetOfPoint(root, root.children[2]!, 6)).toBe(text.length);
  });

  it('builds a range across a block boundary from the right text nodes', () => {
    const { root, paragraphs } = reader();
    const a = paragraphs[PARAGRAPHS_PER_BLOCK - 1]!.start + 2;
    const b = paragraphs[PARAGRAPHS_PER_BLOCK + 1]!.start + 3;
    const range = rangeOf(root, paragraphs, a, b)!;
    expect(range.startContainer).toBe(paragraphElement(root, PARAGRAPHS_PER_BLOCK - 1)!.firstChild);
    expect(range.endContainer).toBe(paragraphElement(root, PARAGRAPHS_PER_BLOCK + 1)!.firstChild);
    expect(offsetOfPoint(root, range.startContainer, range.startOffset)).toBe(a);
    expect(offsetOfPoint(root, range.endContainer, range.endOffset)).toBe(b);
  });

  it('reads paragraphs straight under a plain root (the side-by-side pane)', () => {
    const { paragraphs } = reader();
    const root = document.createElement('div');
    for (const { start, end } of paragraphs) {
      const p = document.createElement('p');
      p.dataset.start = String(start);
      p.textContent = text.slice(start, end);
      root.append(p);
    }
    expect(paragraphElement(root, COUNT - 2)?.textContent).toBe(text.slice(paragraphs[COUNT - 2]!.start, paragraphs[COUNT - 2]!.end));
    expect(offsetOfPoint(root, root, COUNT - 2)).toBe(paragraphs[COUNT - 2]!.start);
  });
});
