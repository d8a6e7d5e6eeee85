// Newsmark annotations as W3C Web Annotations (JSON-LD), the format annotation tools exchange:
// one Annotation per span, with its kind and tags as tagging bodies, its note as a commenting
// body, its fields in our nm: extension, and a target that both quotes it and gives its position
// (code points, as the model asks); one linking Annotation per relation. Who made it is the
// W3C `creator`; which annotator's layer it belongs to is nm:layer. See docs/formats.md.

import { compareByPosition, type Annotation, type ArticleDocument, type ExportDocument, type Relation } from '../../model.js';
import { layerViews, type LayerView } from '../../team/layers.js';
import { offsetConverter, type OffsetConverter } from '../code-points.js';
import { jsonAt } from '../json-stream.js';
import { stableUuid } from '../stable-id.js';
import { spanText, templateFits } from './span-text.js';
import { CONTEXT, MOTIVATION_OF_KIND, annotationIri, articleSource, kindIri, layerCopyIri } from './vocabulary.js';

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

/** Who made it, and whose layer it is in, when known. */
function authorship(a: { createdBy?: string; updatedBy?: string }, layer: LayerView) {
  return {
    ...(a.createdBy ? { creator: { type: 'Person', name: a.createdBy } } : {}),
    ...(a.updatedBy ? { 'nm:modifiedBy': a.updatedBy } : {}),
    ...(layer.name ? { 'nm:layer': layer.name } : {}),
    ...(layer.role === 'curation' ? { 'nm:layerRole': 'curation' } : {}),
  };
}

/** The IRI of each annotation and link of one layer (see IriMinter). */
type IriOf = (id: string) => string;

function spanAnnotation(a: Annotation, source: string, offsets: OffsetConverter, layer: LayerView, iri: IriOf): W3cAnnotation {
  return {
    '@context': CONTEXT,
    id: iri(a.id),
    type: 'Annotation',
    motivation: MOTIVATION_OF_KIND[a.kind],
    created: a.createdAt,
    modified: a.updatedAt,
    ...authorship(a, layer),
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

function linkingAnnotation(r: Relation, source: string, layer: LayerView, iri: IriOf): W3cAnnotation {
  return {
    '@context': CONTEXT,
    id: iri(r.id),
    type: 'Annotation',
    motivation: 'linking',
    created: r.createdAt,
    ...authorship({}, layer),
    body: iri(r.to),
    // The annotation linked from, seen in its article (scope), as a SpecificResource with an empty
    // selector list rather than a bare IRI: Recogito's W3C parser throws on a string target, failing
    // the whole batch, and skips this form (W3C's MUSTs hold for both).
    target: { type: 'SpecificResource', source: iri(r.from), scope: source, selector: [] },
    'nm:relation': r.type,
  };
}

/**
 * Gives each id its plain IRI the first time the export meets it; a copy of the id in another
 * layer (two annotators holding one annotation) gets an IRI qualified by article and layer. Within
 * a layer, its links point at the IRIs its own annotations were given.
 */
class IriMinter {
  /** Which layer each id got its plain IRI in (plain IRIs differ as their ids do; copy IRIs never look plain). */
  private readonly plainIn = new Map<string, LayerView>();

  forLayer(articleId: string, layer: LayerView): IriOf {
    const copies = new Map<string, string>();
    return (id) => {
      const copy = copies.get(id);
      if (copy !== undefined) return copy;
      const owner = this.plainIn.get(id);
      if (owner === undefined) this.plainIn.set(id, layer);
      else if (owner !== layer) {
        const iri = layerCopyIri(articleId, layer.own ? '' : (layer.name ?? ''), id);
        copies.set(id, iri);
        return iri;
      }
      return annotationIri(id);
    };
  }
}

/** How each span and each link of a layer is written: as an object, or as its text (span-text.ts). */
interface ItemWriter<T> {
  span(a: Annotation, source: string, offsets: OffsetConverter, layer: LayerView, iri: IriOf): T;
  link(r: Relation, source: string, layer: LayerView, iri: IriOf): T;
}

/** Every item of the articles, layer by layer in text order, each layer's links after its spans. */
function* eachItem<T>(docs: readonly ExportDocument[], owner: string | undefined, write: ItemWriter<T>): Generator<T> {
  const minter = new IriMinter();
  for (const doc of docs) {
    const source = articleSource(doc.article);
    const offsets = offsetConverter(doc.article.text);
    for (const layer of layerViews(doc, owner)) {
      const iri = minter.forLayer(doc.article.id, layer);
      const spans = layer.own && doc.sorted ? doc.sorted.each() : [...layer.annotations].sort(compareByPosition);
      for (const a of spans) yield write.span(a, source, offsets, layer, iri);
      for (const r of layer.relations) yield write.link(r, source, layer, iri);
    }
  }
}

/** Every annotation of the articles, layer by layer in text order, each layer's links after its spans. */
export function eachW3cAnnotation(docs: readonly ExportDocument[], owner?: string): Generator<W3cAnnotation> {
  return eachItem(docs, owner, { span: spanAnnotation, link: linkingAnnotation });
}

/** eachW3cAnnotation's items as JSON text `indent` deep, each exactly as JSON.stringify writes its object. */
export function eachW3cAnnotationText(docs: readonly ExportDocument[], owner: string | undefined, indent: string): Generator<string> {
  let lastSource = '';
  let sourceJson = '""';
  return eachItem(docs, owner, {
    span: (a, source, offsets, layer, iri) => {
      if (!templateFits(a)) return jsonAt(spanAnnotation(a, source, offsets, layer, iri), indent);
      if (source !== lastSource) [lastSource, sourceJson] = [source, JSON.stringify(source)];
      const parts = { id: iri(a.id), sourceJson, start: offsets.toCodePoints(a.start), end: offsets.toCodePoints(a.end), creator: a.createdBy, modifiedBy: a.updatedBy, layer: layer.name ?? undefined, curation: layer.role === 'curation' };
      return spanText(a, parts, indent);
    },
    link: (r, source, layer, iri) => jsonAt(linkingAnnotation(r, source, layer, iri), indent),
  });
}

export function w3cAnnotations(docs: readonly ArticleDocument[], owner?: string): W3cAnnotation[] {
  return [...eachW3cAnnotation(docs, owner)];
}

/**
 * An AnnotationCollection holding one AnnotationPage; its ids follow from the articles exported.
 * `items` may be made while the collection is written (a StreamedList of eachW3cAnnotation).
 */
export function w3cCollection(docs: readonly ExportDocument[], items: Iterable<W3cAnnotation> = w3cAnnotations(docs)): W3cAnnotation {
  const seed = docs.map((d) => d.article.id).join('\n');
  return {
    '@context': CONTEXT,
    id: `urn:uuid:${stableUuid(`collection\n${seed}`)}`,
    type: 'AnnotationCollection',
    label: docs.length === 1 ? docs[0]!.article.title : `Newsmark: ${docs.length} articles`,
    total: docs.reduce((n, d) => n + d.annotations.length + (d.sorted?.count ?? 0) + d.relations.length, 0),
    first: { id: `urn:uuid:${stableUuid(`page\n${seed}`)}`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
