// Takes A's, B's, both or neither version of one disagreement into the article's curated layer.
// The curated layer starts with every annotation the two layers agree on (A's copy of each), as a
// curator would take those anyway; what is taken is copied under a new id (A and B may hold copies
// with one id), and a version the curated layer already holds is not added twice.

import { NewsmarkError } from '../api/errors.js';
import { CURATED_LAYER, type Annotation, type ArticleDocument, type Layer } from '../model.js';
import { layerViews, withLayer } from '../team/layers.js';
import { compareLayers, sameAnnotation } from './disagreements.js';

export const TAKES = ['a', 'b', 'both', 'neither'] as const;
export type Take = (typeof TAKES)[number];

export interface CurationStep {
  /** The layers compared: "" for the user's own, else an annotator's name. */
  a: string;
  b: string;
  /** The disagreement's key (see Disagreement). */
  item: string;
  take: Take;
}

function layerAnnotations(doc: ArticleDocument, key: string, owner: string | undefined): Annotation[] {
  if (key === CURATED_LAYER) throw new NewsmarkError('invalid-input', 'The curated layer is what curation makes; compare two annotators’ layers.');
  const found = layerViews(doc, owner).find((l) => (key === '' ? l.own : !l.own && l.name === key));
  if (!found) throw new NewsmarkError('not-found', `This article has no layer "${key}".`);
  return found.annotations;
}

export function curate(doc: ArticleDocument, step: CurationStep, owner: string | undefined, copy: (a: Annotation) => Annotation): { next: ArticleDocument; curated: Layer } {
  if (step.a === step.b) throw new NewsmarkError('invalid-input', 'Curation compares two different layers.');
  const { agreed, disagreements } = compareLayers(layerAnnotations(doc, step.a, owner), layerAnnotations(doc, step.b, owner));
  const found = disagreements.find((d) => d.key === step.item);
  if (!found) throw new NewsmarkError('not-found', 'That disagreement is not open between these layers (they changed since): look again.');
  const existing = doc.layers?.find((l) => l.name === CURATED_LAYER);
  const annotations = [...(existing?.annotations ?? agreed.map(([a]) => copy(a)))];
  const taken = step.take === 'both' ? [found.a, found.b] : step.take === 'a' ? [found.a] : step.take === 'b' ? [found.b] : [];
  for (const a of taken) if (a && !annotations.some((c) => sameAnnotation(c, a))) annotations.push(copy(a));
  const curated: Layer = { name: CURATED_LAYER, role: 'curation', annotations, relations: existing?.relations ?? [] };
  return { next: withLayer(doc, curated, CURATED_LAYER), curated };
}

/** Which versions of the disagreement the curated layer holds now. */
export function curatedHolds(curated: readonly Annotation[] | undefined, d: { a: Annotation | null; b: Annotation | null }): { a: boolean; b: boolean } {
  const holds = (x: Annotation | null) => Boolean(x && curated?.some((c) => sameAnnotation(c, x)));
  return { a: holds(d.a), b: holds(d.b) };
}
