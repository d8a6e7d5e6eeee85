// Keeps the eval corpus honest: every label must still be found, where it says, in its article.

import { describe, expect, it } from 'vitest';
import { articleSlugs, findOccurrence, loadArticle } from '../../eval/labels.js';

const slugs = articleSlugs();

describe('eval set', () => {
  it('has at least 25 articles and 400 labels', () => {
    const labels = slugs.map((slug) => loadArticle(slug)).reduce((n, a) => n + a.figures.length + a.quotes.length + a.claims.length, 0);
    expect(slugs.length).toBeGreaterThanOrEqual(25);
    expect(labels).toBeGreaterThanOrEqual(400);
  });

  it.each(slugs)('%s: every label is found in the article', (slug) => {
    const article = loadArticle(slug);
    for (const span of [...article.figures, ...article.quotes, ...article.claims]) {
      expect(article.text.slice(span.start, span.end)).toBe(span.label.text);
    }
    for (const quote of article.quotes) {
      expect(quote.label.text, 'a quote label includes its opening and closing marks').toMatch(/^["“„«][\s\S]*["”“»]$/u);
    }
  });

  it('counts only whole matches as occurrences', () => {
    expect(findOccurrence('in 2024, 20 countries', '20', 1)).toBe(9);
    expect(findOccurrence('from 0.3 percent to 3 percent', '3 percent', 1)).toBe(20);
  });
});
