// Newsmark annotations as W3C Web Annotations (JSON-LD), the format annotation tools exchange:
// one Annotation per span, with its kind and tags as tagging bodies, its note as a commenting
// body, its fields in our nm: extension, and a target that both quotes it and gives its position
// (code points, as the model asks); one linking Annotation per relation. See docs/formats.md.

import { compareByPosition, type Annotation, type ArticleDocument, type Relation } from '../../model.js';
import { offsetConverter, type OffsetConverter } from '../code-points.js';
import { stableUuid } from '../stable-id.js';
import { CONTEXT, MOTIVATION_OF_KIND, annotationIri, articleSource, kindIri } from './vocabulary.js';

export type W3cAnnotation = Record<string, unknown>;

function textualBody(purpose: string, value: string, extra: Record<string, string> = {}) {
  return { ...extra, type: 'TextualBody', purpose, value };
}

function bodiesOf(a: Annotation) {
  return [
    textualBody('tagging', a.kind, { id: kindIri(a.kind) }),
    ...a.tags.map((tag) => textualBody('tagging', tag)),
    ...(a.note ? [textualBody('commenting', a.note, { format: 'text/plain' })] : []),
  ];
}

function spanAnnotation(a: Annotation, source: string, offsets: OffsetConverter): W3cAnnotation {
  return {
    '@context': CONTEXT,
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: MOTIVATION_OF_KIND[a.kind],
    created: a.createdAt,
    modified: a.updatedAt,
    body: bodiesOf(a),
    target: {
      type: 'SpecificResource',
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
        { type: 'TextPositionSelector', start: offsets.toCodePoints(a.start), end: offsets.toCodePoints(a.end) },
      ],
    },
    'nm:origin': a.origin,
    'nm:fields': JSON.stringify(a.fields),
  };
}

function linkingAnnotation(r: Relation, source: string): W3cAnnotation {
  return {
    '@context': CONTEXT,
    id: annotationIri(r.id),
    type: 'Annotation',
    motivation: 'linking',
    created: r.createdAt,
    body: annotationIri(r.to),
    // The annotation linked from, seen in its article (scope), as a SpecificResource with an empty
    // selector list rather than a bare IRI: Recogito's W3C parser throws on a string target, failing
    // the whole batch, and skips this form (W3C's MUSTs hold for both).
    target: { type: 'SpecificResource', source: annotationIri(r.from), scope: source, selector: [] },
    'nm:relation': r.type,
  };
}

/** Every annotation of the articles, in text order, each article's links after its spans. */
export function* eachW3cAnnotation(docs: readonly ArticleDocument[]): Generator<W3cAnnotation> {
  for (const { article, annotations, relations } of docs) {
    const source = articleSource(article);
    const offsets = offsetConverter(article.text);
    for (const a of [...annotations].sort(compareByPosition)) yield spanAnnotation(a, source, offsets);
    for (const r of relations) yield linkingAnnotation(r, source);
  }
}

export function w3cAnnotations(docs: readonly ArticleDocument[]): W3cAnnotation[] {
  return [...eachW3cAnnotation(docs)];
}

/**
 * An AnnotationCollection holding one AnnotationPage; its ids follow from the articles exported.
 * `items` may be made while the collection is written (a StreamedList of eachW3cAnnotation).
 */
export function w3cCollection(docs: readonly ArticleDocument[], items: Iterable<W3cAnnotation> = w3cAnnotations(docs)): W3cAnnotation {
  const seed = docs.map((d) => d.article.id).join('\n');
  return {
    '@context': CONTEXT,
    id: `urn:uuid:${stableUuid(`collection\n${seed}`)}`,
    type: 'AnnotationCollection',
    label: docs.length === 1 ? docs[0]!.article.title : `Newsmark: ${docs.length} articles`,
    total: docs.reduce((n, d) => n + d.annotations.length + d.relations.length, 0),
    first: { id: `urn:uuid:${stableUuid(`page\n${seed}`)}`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
