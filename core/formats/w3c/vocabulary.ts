// The words Newsmark uses in W3C Web Annotations: the JSON-LD contexts, the motivation of each
// kind, our extension namespace (nm:), and the IRIs that name annotations and articles. Both the
// exporter and the importer read them from here, so what one writes the other understands.

import type { Article, Kind } from '../../model.js';
import { stableUuid } from '../stable-id.js';
import { canonicalUrl } from '../urls.js';

import { ANNO_CONTEXT } from '../import/json-shape.js';

export { ANNO_CONTEXT };
export const NM_NAMESPACE = 'https://newsmark.org/ns#';

/** RDF's JSON datatype: a literal whose text is JSON. */
export const RDF_JSON = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON';

/**
 * Our extension context: the nm: prefix, and nm:fields as a JSON text typed rdf:JSON. (JSON-LD
 * 1.1's `"@type": "@json"` would keep it as an object, but a JSON-LD 1.0 processor rejects the
 * whole file for it; a typed string literal reads the same in both.)
 */
export const CONTEXT = [ANNO_CONTEXT, { nm: NM_NAMESPACE, 'nm:fields': { '@id': `${NM_NAMESPACE}fields`, '@type': RDF_JSON } }] as const;

/** claim → assessing (it is being checked), quote → identifying (who said it), figure → describing (what it measures). */
export const MOTIVATION_OF_KIND: Record<Kind, string> = { claim: 'assessing', quote: 'identifying', figure: 'describing' };

/** The id of the tagging body that names an annotation's kind: nm:claim, nm:quote, nm:figure. */
export function kindIri(kind: Kind): string {
  return `${NM_NAMESPACE}${kind}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_URN = 'urn:uuid:';
const ANNOTATION_URN = 'urn:newsmark:annotation:';
const ARTICLE_URN = 'urn:newsmark:article:';
/** urn:newsmark:copy:<article>:<layer>:<id>: an id an export already gave another annotation (see layerCopyIri). */
const COPY_URN = 'urn:newsmark:copy:';

/** urn:uuid:<id> for the UUIDs Newsmark makes; urn:newsmark:annotation:<id> for any other id. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `${UUID_URN}${id}` : `${ANNOTATION_URN}${encodeURIComponent(id)}`;
}

/**
 * The IRI of an annotation whose id another annotation of the same export already has (two layers
 * holding copies of one annotation): qualified by its article and layer ("" for the user's own),
 * so every IRI of an export is unique, and the id itself comes back on import.
 */
export function layerCopyIri(articleId: string, layer: string, id: string): string {
  return `${COPY_URN}${[articleId, layer, id].map(encodeURIComponent).join(':')}`;
}

/** The Newsmark id behind an annotation IRI; another tool's IRI gets a stable UUID of its own. */
export function annotationIdOf(iri: string): string {
  if (iri.startsWith(UUID_URN) && UUID.test(iri.slice(UUID_URN.length))) return iri.slice(UUID_URN.length);
  const ours = iri.startsWith(ANNOTATION_URN) ? iri.slice(ANNOTATION_URN.length) : iri.startsWith(COPY_URN) ? iri.slice(COPY_URN.length).split(':')[2] : undefined;
  if (ours !== undefined) {
    try {
      return decodeURIComponent(ours);
    } catch {
      // not one of ours after all: falls through to a stable id
    }
  }
  return stableUuid(iri);
}

/** The target source: the story's URL when known (other tools can resolve it), else urn:newsmark:article:<id>. */
export function articleSource(article: Pick<Article, 'id' | 'meta'>): string {
  return canonicalUrl(article.meta.url) ?? `${ARTICLE_URN}${encodeURIComponent(article.id)}`;
}

/** The article id in a urn:newsmark:article: source, or null for any other source. */
export function articleIdOfSource(source: string): string | null {
  if (!source.startsWith(ARTICLE_URN)) return null;
  try {
    return decodeURIComponent(source.slice(ARTICLE_URN.length));
  } catch {
    return null;
  }
}
