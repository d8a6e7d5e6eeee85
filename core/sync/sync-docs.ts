// How a library article travels through CouchDB replication: split into small documents so two
// people annotating the same story touch different documents and never conflict. The article's
// text (and its earlier versions) is one document, written once; each annotation and each link
// is its own document; the rejected suggestions are a set that merges by union.
//
// Other annotators' layers and their progress statuses travel the same way (`/L/`, `/ln/`, `/lr/`,
// `/p/`). Ids share the article's prefix (`<articleId>/…`) so one range query reads it back.

import type { Annotation, Article, ArticleDocument, Layer, ProgressStatus, Relation } from '../model.js';

export type SyncBody =
  | { type: 'article'; article: Article }
  | { type: 'annotation'; articleId: string; annotation: Annotation }
  | { type: 'relation'; articleId: string; relation: Relation }
  | { type: 'rejected'; articleId: string; keys: string[] }
  | { type: 'layer'; articleId: string; name: string; role: Layer['role'] }
  | { type: 'layer-annotation'; articleId: string; layer: string; annotation: Annotation }
  | { type: 'layer-relation'; articleId: string; layer: string; relation: Relation }
  | { type: 'progress'; articleId: string; annotator: string; status: ProgressStatus };

export const articleDocId = (articleId: string): string => `${articleId}/a`;
export const annotationDocId = (articleId: string, id: string): string => `${articleId}/n/${id}`;
export const relationDocId = (articleId: string, id: string): string => `${articleId}/r/${id}`;
export const rejectedDocId = (articleId: string): string => `${articleId}/x`;
// Another annotator's layer: its name is free text, so it is escaped inside the id.
const layerKey = (name: string): string => encodeURIComponent(name);

/** The article a document id belongs to. */
export function articleIdOf(docId: string): string {
  const slash = docId.indexOf('/');
  return slash < 0 ? docId : docId.slice(0, slash);
}

/** The range of ids holding one article's documents, for allDocs. */
export function articleRange(articleId: string): { startkey: string; endkey: string } {
  return { startkey: `${articleId}/`, endkey: `${articleId}/\uffff` };
}

/** The documents that stand for one article, keyed by document id. */
export function toSyncBodies(doc: ArticleDocument): Map<string, SyncBody> {
  const id = doc.article.id;
  const bodies = new Map<string, SyncBody>();
  bodies.set(articleDocId(id), { type: 'article', article: doc.article });
  for (const annotation of doc.annotations)
    bodies.set(annotationDocId(id, annotation.id), { type: 'annotation', articleId: id, annotation });
  for (const relation of doc.relations) bodies.set(relationDocId(id, relation.id), { type: 'relation', articleId: id, relation });
  const keys = [...new Set(doc.rejectedSuggestions ?? [])].sort();
  if (keys.length > 0) bodies.set(rejectedDocId(id), { type: 'rejected', articleId: id, keys });
  for (const layer of doc.layers ?? []) {
    const key = layerKey(layer.name);
    bodies.set(`${id}/L/${key}`, { type: 'layer', articleId: id, name: layer.name, role: layer.role });
    for (const annotation of layer.annotations) bodies.set(`${id}/ln/${key}/${annotation.id}`, { type: 'layer-annotation', articleId: id, layer: layer.name, annotation });
    for (const relation of layer.relations) bodies.set(`${id}/lr/${key}/${relation.id}`, { type: 'layer-relation', articleId: id, layer: layer.name, relation });
  }
  for (const [annotator, status] of Object.entries(doc.progress ?? {})) {
    bodies.set(`${id}/p/${layerKey(annotator)}`, { type: 'progress', articleId: id, annotator, status });
  }
  return bodies;
}

/**
 * The article the documents describe, or null without its article document. A link whose end is
 * missing (its annotation deleted on another machine) is left out, as deleting an annotation
 * removes its links in the app. Layers come back in name order, as the store keeps them.
 */
export function fromSyncBodies(bodies: Iterable<SyncBody>): ArticleDocument | null {
  let article: Article | undefined;
  const own: Layer = { name: '', role: 'annotator', annotations: [], relations: [] };
  const layers = new Map<string, Layer>();
  const layerOf = (name: string): Layer => {
    let layer = layers.get(name);
    if (!layer) layers.set(name, (layer = { name, role: 'annotator', annotations: [], relations: [] }));
    return layer;
  };
  const rejected = new Set<string>();
  const progress: Record<string, ProgressStatus> = {};
  for (const body of bodies) {
    if (body.type === 'article') article = body.article;
    else if (body.type === 'annotation') own.annotations.push(body.annotation);
    else if (body.type === 'relation') own.relations.push(body.relation);
    else if (body.type === 'rejected') for (const key of body.keys) rejected.add(key);
    else if (body.type === 'layer') layerOf(body.name).role = body.role;
    else if (body.type === 'layer-annotation') layerOf(body.layer).annotations.push(body.annotation);
    else if (body.type === 'layer-relation') layerOf(body.layer).relations.push(body.relation);
    else progress[body.annotator] = body.status;
  }
  if (!article) return null;
  const doc: ArticleDocument = { article, ...tidy(own), rejectedSuggestions: [...rejected].sort() };
  if (layers.size > 0) doc.layers = [...layers.values()].sort((a, b) => (a.name < b.name ? -1 : 1)).map((l) => ({ name: l.name, role: l.role, ...tidy(l) }));
  if (Object.keys(progress).length > 0) doc.progress = progress;
  return doc;
}

/** Annotations in id order; links whose end is gone (deleted on another machine) left out. */
function tidy({ annotations, relations }: Pick<Layer, 'annotations' | 'relations'>): Pick<Layer, 'annotations' | 'relations'> {
  const ids = new Set(annotations.map((a) => a.id));
  return {
    annotations: [...annotations].sort((a, b) => a.id.localeCompare(b.id)),
    relations: relations.filter((r) => ids.has(r.from) && ids.has(r.to)).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** A stable serialisation (keys sorted), so equal content compares equal whatever its key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Two versions of an article hold the same content (order of annotations and links aside). */
export function sameArticle(a: ArticleDocument | null, b: ArticleDocument | null): boolean {
  if (!a || !b) return a === b;
  return canonicalJson(fromSyncBodies(toSyncBodies(a).values())) === canonicalJson(fromSyncBodies(toSyncBodies(b).values()));
}
