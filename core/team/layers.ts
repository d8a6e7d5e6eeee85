// An article's annotations as layers: the user's own (the document's `annotations`, named by
// their Settings name when set) and every other layer it holds, in order of name. Exports, agreement and the
// reader walk this one list, so "whose is this?" has one answer everywhere.

import type { Annotation, ArticleDocument, Layer, Relation } from '../model.js';

export interface LayerView {
  /** The annotator's name; null for the user's own layer when they have not set one. */
  name: string | null;
  role: Layer['role'];
  /** True for the user's own layer (the document's `annotations`). */
  own: boolean;
  annotations: Annotation[];
  relations: Relation[];
}

export function layerViews(doc: ArticleDocument, owner?: string): LayerView[] {
  const own: LayerView = { name: owner ?? null, role: 'annotator', own: true, annotations: doc.annotations, relations: doc.relations };
  return [own, ...(doc.layers ?? []).map((l) => ({ ...l, own: false }))];
}

/** The named layer's annotations, the user's own for their name (or null), else undefined. */
export function layerNamed(doc: ArticleDocument, name: string | null, owner?: string): LayerView | undefined {
  return layerViews(doc, owner).find((l) => (l.own && (name === null || name === owner)) || (!l.own && l.name === name));
}

/** Layers are kept in order of name (code units, so every machine agrees), whatever order they came in. */
export function byLayerName(a: Pick<Layer, 'name'>, b: Pick<Layer, 'name'>): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The document with `name`'s layer replaced (added when new, removed when `next` is null). */
export function withLayer(doc: ArticleDocument, next: Layer | null, name: string): ArticleDocument {
  const others = (doc.layers ?? []).filter((l) => l.name !== name);
  const layers = (next === null ? others : [...others, next]).sort(byLayerName);
  const rest = { ...doc };
  delete rest.layers;
  return layers.length ? { ...rest, layers } : rest;
}
