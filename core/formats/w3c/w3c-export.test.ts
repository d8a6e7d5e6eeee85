import { describe, expect, it } from 'vitest';
import { FIXTURE_DOCS } from '../test-fixture.js';
import { w3cAnnotations, w3cCollection } from './export.js';
import { SCHEMAS_FOUND, w3cViolations } from './w3c-musts.js';

describe.skipIf(!SCHEMAS_FOUND)('W3C export against the W3C test suite', () => {
  it('every annotation of the fixture passes the MUST assertions, body, target and selector checks', () => {
    const annotations = w3cAnnotations(FIXTURE_DOCS);
    expect(annotations.length).toBe(14);
    for (const a of annotations) expect({ id: a.id, violations: w3cViolations(a) }).toEqual({ id: a.id, violations: [] });
  });

  it('rejects an annotation that breaks the rules (the checker is not a rubber stamp)', () => {
    const [good] = w3cAnnotations(FIXTURE_DOCS);
    const bad = { ...good, '@context': 'http://example.org/other', motivation: 'liking', target: { type: 'SpecificResource', source: 'urn:x', selector: [{ type: 'TextPositionSelector', start: 5, end: 2 }] } };
    expect(w3cViolations(bad)).toEqual(expect.arrayContaining(['3.1-annotationContextValidated.json', '@context', 'annotations.json#/definitions/motivationRecognizedIfPresent', 'TextPositionSelector end >= start']));
    expect(w3cViolations({ ...good, body: [{ type: 'TextualBody', purpose: 'tagging' }] })).toContain('body');
  });
});

describe('W3C export shape', () => {
  it('wraps the annotations in a collection with one page, or gives them flat', () => {
    const collection = w3cCollection(FIXTURE_DOCS) as { type: string; total: number; first: { type: string; items: unknown[] } };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.items).toEqual(w3cAnnotations(FIXTURE_DOCS));
    expect(collection.total).toBe(collection.first.items.length);
  });

  it('counts TextPositionSelector offsets in code points, and names the article by its URL or URN', () => {
    const annotations = w3cAnnotations(FIXTURE_DOCS) as { id: string; target: { source: string; selector: { start?: number; end?: number }[] } }[];
    const emoji = annotations.find((a) => a.id.endsWith('000000000013'))!;
    expect(emoji.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 11, end: 20 });
    expect(emoji.target.source).toBe('urn:newsmark:article:a0000000-0000-4000-8000-000000000002');
    expect(annotations[0]!.target.source).toBe('https://news.example.org/hamburg/harbour-vote?ref=rss');
  });
});
