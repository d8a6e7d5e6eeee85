// ClaimReview against Google's Fact Check markup requirements (developers.google.com/search/docs/
// appearance/structured-data/factcheck): each review has claimReviewed, reviewRating (a rating or
// its name), url (the review page, from the user), author (the fact-checking organisation, from
// the user) and itemReviewed, whose author is a Person or an Organization; every URL is http(s).

import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../model.js';
import { claimReviewExport } from './claimreview.js';
import { FIXTURE_DOCS } from './test-fixture.js';

const PUBLISHER = { organisation: 'Harbour Checks', organisationUrl: 'https://checks.example.org', reviewUrl: 'https://checks.example.org/2025/harbour' };

type Json = Record<string, unknown>;

/** Every value under a key named url, anywhere in the value. */
function urls(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(urls);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => (k === 'url' ? [v] : urls(v)));
}

function withHostileUrls(doc: ArticleDocument): ArticleDocument {
  return {
    ...doc,
    article: { ...doc.article, meta: { ...doc.article.meta, url: 'javascript:alert(1)' } },
    annotations: doc.annotations.map((a) =>
      a.fields.claim ? { ...a, fields: { ...a.fields, claim: { ...a.fields.claim, evidence: [...a.fields.claim.evidence, { id: 'x', url: 'javascript:alert(1)', title: 'bad', note: '', accessedAt: '' }] } } } : a,
    ),
  };
}

describe('ClaimReview for Google', () => {
  it('has every required property, the publisher the user gave, and claim authors that are a Person or an Organization', () => {
    const reviews = JSON.parse(claimReviewExport(FIXTURE_DOCS, { publisher: PUBLISHER })) as Json[];
    expect(reviews.length).toBeGreaterThan(0);
    for (const r of reviews) {
      for (const key of ['claimReviewed', 'reviewRating', 'url', 'author', 'itemReviewed']) expect(r, key).toHaveProperty(key);
      expect(r.url).toBe(PUBLISHER.reviewUrl);
      expect(r.author).toEqual({ '@type': 'Organization', name: 'Harbour Checks', url: 'https://checks.example.org/' });
      const rating = r.reviewRating as Json;
      expect(rating.ratingValue !== undefined || typeof rating.alternateName === 'string').toBe(true);
      const item = r.itemReviewed as Json;
      expect(item['@type']).toBe('Claim');
      if (item.author) expect(['Person', 'Organization']).toContain((item.author as Json)['@type']);
    }
  });

  it('writes only http(s) URLs and leaves any other out', () => {
    const reviews = JSON.parse(claimReviewExport(FIXTURE_DOCS.map(withHostileUrls), { publisher: { ...PUBLISHER, reviewUrl: 'javascript:void(0)' } }));
    const found = urls(reviews);
    expect(found.length).toBeGreaterThan(0);
    for (const url of found) expect(url).toMatch(/^https?:\/\//);
    for (const r of reviews) expect(r).not.toHaveProperty('url');
  });
});
