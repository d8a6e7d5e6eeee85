// Our W3C export read by other consumers' own code: jsonld.js expands (and turns into RDF) every
// annotation under both JSON-LD 1.0 and 1.1, and Recogito 4.1.1's W3C adapter reads every span
// annotation and skips every link without failing the batch. The anno.jsonld context is served
// from testdata/, so nothing is fetched.

import { readFileSync } from 'node:fs';
import { parseAll } from '@annotorious/core';
import { W3CTextFormat } from '@recogito/text-annotator';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DOCS } from '../test-fixture.js';
import { w3cAnnotations, w3cCollection } from './export.js';
import { ANNO_CONTEXT, NM_NAMESPACE } from './vocabulary.js';

const ANNO = JSON.parse(readFileSync(new URL('./testdata/anno.jsonld', import.meta.url), 'utf8'));

const documentLoader = async (url: string) => {
  if (url !== ANNO_CONTEXT) throw new Error(`the test fetches nothing, not even ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: ANNO };
};

const annotations = w3cAnnotations(FIXTURE_DOCS);

describe('W3C export read by jsonld.js', () => {
  for (const processingMode of ['json-ld-1.0', 'json-ld-1.1'] as const) {
    it(`expands every annotation and the collection under ${processingMode}, keeping our fields`, async () => {
      const options = { documentLoader, processingMode } as jsonld.Options.Expand;
      for (const annotation of [...annotations, w3cCollection(FIXTURE_DOCS)]) {
        const expanded = await jsonld.expand(annotation as jsonld.JsonLdDocument, options);
        expect(expanded).toHaveLength(1);
        const quads = await jsonld.toRDF(annotation as jsonld.JsonLdDocument, { ...options, format: 'application/n-quads' } as jsonld.Options.ToRdf);
        expect(String(quads)).toContain('<http://www.w3.org/ns/oa#Annotation>');
      }
      const [first] = await jsonld.expand(annotations[0] as jsonld.JsonLdDocument, options);
      const fields = (first as Record<string, { '@value': string; '@type': string }[]>)[`${NM_NAMESPACE}fields`]![0]!;
      expect(fields['@type']).toBe('http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON');
      expect(JSON.parse(fields['@value'])).toEqual(FIXTURE_DOCS[0]!.annotations.find((a) => a.id === String(annotations[0]!.id).slice(9))!.fields);
    });
  }
});

describe('W3C export read by Recogito 4.1.1', () => {
  it('parses every span annotation and skips the links, in one batch', () => {
    const { parsed, failed } = parseAll(W3CTextFormat('urn:newsmark'))(annotations as never);
    const links = annotations.filter((a) => a.motivation === 'linking');
    expect(links.length).toBeGreaterThan(0);
    expect(failed).toEqual(links);
    expect(parsed).toHaveLength(annotations.length - links.length);
    const first = parsed[0] as { target: { selector: { quote: string; start: number; end: number }[] } };
    expect(first.target.selector[0]!.quote).toBe(annotations[0]!.target && (annotations[0]!.target as { selector: { exact: string }[] }).selector[0]!.exact);
  });
});
