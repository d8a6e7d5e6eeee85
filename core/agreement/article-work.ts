// An article as agreement sees it: its text and, per annotator who took part, their spans by
// category. The user's own annotations are one annotator (named by Settings, else "you") when
// they hold any; every other annotator's layer is another. The curated layer is the outcome of
// settling differences, not an annotator, so it is left out.

import type { ArticleDocument } from '../model.js';
import { layerViews } from '../team/layers.js';
import { unitsOf, type UnitsByCategory } from './units.js';

/** The user's own layer when they have not set their name. */
export const UNNAMED_OWNER = 'you';

export interface ArticleWork {
  id: string;
  title: string;
  text: string;
  annotators: ReadonlyMap<string, UnitsByCategory>;
}

export function articleWork(doc: ArticleDocument, owner?: string): ArticleWork {
  const annotators = new Map<string, UnitsByCategory>();
  for (const layer of layerViews(doc, owner)) {
    if (layer.role !== 'annotator' || (layer.own && layer.annotations.length === 0)) continue;
    annotators.set(layer.name ?? UNNAMED_OWNER, unitsOf(layer.annotations));
  }
  return { id: doc.article.id, title: doc.article.title, text: doc.article.text, annotators };
}
