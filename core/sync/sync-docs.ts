// How a library article travels through CouchDB replication: split into small documents so two
// people annotating the same story touch different documents and never conflict. The article's
// text (and its earlier versions) is one document, written once; each annotation and each link
// is its own document; the rejected suggestions are a set that merges by union.
//
// Ids share the article's prefix (`<articleId>/…`) so one range query reads an article back.

import type { Annotation, Article, ArticleDocument, Relation } from '../model.js';

export type SyncBody =
  | { type: 'article'; article: Article }
  | { type: 'annotation'; articleId: string; annotation: Annotation }
  | { type: 'relation'; articleId: string; relation: Relation }
  | { type: 'rejected'; articleId: string; keys: string[] };

export const articleDocId = (articleId: string): string => `${articleId}/a`;
export const annotationDocId = (articleId: string, id: string): string => `${articleId}/n/${id}`;
export const relationDocId = (articleId: string, id: string): string => `${articleId}/r/${id}`;
export const rejectedDocId = (articleId: string): string => `${articleId}/x`;

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
  return bodies;
}

/**
 * The article the documents describe, or null without its article document. A link whose end is
 * missing (its annotation deleted on another machine) is left out, as deleting an annotation
 * removes its links in the app.
 */
export function fromSyncBodies(bodies: Iterable<SyncBody>): ArticleDocument | null {
  let article: Article | undefined;
  const annotations: Annotation[] = [];
  const relations: Relation[] = [];
  const rejected = new Set<string>();
  for (const body of bodies) {
    if (body.type === 'article') article = body.article;
    else if (body.type === 'annotation') annotations.push(body.annotation);
    else if (body.type === 'relation') relations.push(body.relation);
    else for (const key of body.keys) rejected.add(key);
  }
  if (!article) return null;
  const ids = new Set(annotations.map((a) => a.id));
  annotations.sort((a, b) => a.id.localeCompare(b.id));
  return {
    article,
    annotations,
    relations: relations.filter((r) => ids.has(r.from) && ids.has(r.to)).sort((a, b) => a.id.localeCompare(b.id)),
    rejectedSuggestions: [...rejected].sort(),
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
