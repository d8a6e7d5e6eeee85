// The article views the reader built last, kept while the window shows another article: each
// one's paragraph elements and its highlights (reader/highlights.ts), whose ranges point into
// those elements. Going back to a 1 MB story then puts its 1,227 paragraphs back in the page
// and registers its highlights again, instead of rendering every paragraph and building 10,000
// ranges anew (most of a switch back before). A view is used again only for the same text.

import { BLOCK_CLASS, PARAGRAPHS_PER_BLOCK } from './dom-offsets';
import { KindHighlights } from './highlights';
import { splitParagraphs, type Paragraph } from './paragraphs';

export interface ArticleView {
  text: string;
  paragraphs: readonly Paragraph[];
  /** One <p> per paragraph, carrying its start offset and exactly one text node, in blocks of PARAGRAPHS_PER_BLOCK (dom-offsets.ts). */
  blocks: readonly HTMLDivElement[];
  highlights: KindHighlights;
}

/** The open article's view and those of the last few shown before it (as many as the window keeps articles: state/recent-articles.ts). */
const KEPT = 3;

function build(text: string): ArticleView {
  const paragraphs = splitParagraphs(text);
  const blocks: HTMLDivElement[] = [];
  paragraphs.forEach(({ start, end }, i) => {
    if (i % PARAGRAPHS_PER_BLOCK === 0) {
      blocks.push(document.createElement('div'));
      blocks.at(-1)!.className = BLOCK_CLASS;
    }
    const p = document.createElement('p');
    p.dataset.start = String(start);
    p.textContent = text.slice(start, end);
    blocks.at(-1)!.append(p);
  });
  return { text, paragraphs, blocks, highlights: new KindHighlights() };
}

export class ArticleViews {
  private views = new Map<string, ArticleView>();

  /** The view of an article: the one kept from before when its text is the same, else a new one. */
  of(articleId: string, text: string): ArticleView {
    const kept = this.views.get(articleId);
    this.views.delete(articleId);
    const view = kept && kept.text === text ? kept : build(text);
    this.views.set(articleId, view);
    for (const id of this.views.keys()) if (this.views.size > KEPT) this.views.delete(id);
    return view;
  }
}
