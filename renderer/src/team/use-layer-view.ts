// Which of the open article's layers the reader shows: one layer (the user's own, or another's in
// its place), several overlaid on one, or two side by side. Back to the user's own layer alone for
// every newly opened article.

import { useEffect, useMemo, useState } from 'react';
import type { Annotation, ArticleDocument } from '../../../core/model';
import { layerViews, type LayerView } from '../../../core/team/layers';

export type LayerMode = 'one' | 'overlay' | 'side';

/** A layer as the picker names it: "" for the user's own, else the annotator's name. */
export type LayerKey = string;

export interface ShownLayer {
  key: LayerKey;
  label: string;
  annotations: Annotation[];
}

export interface LayerViewState {
  layers: ShownLayer[];
  mode: LayerMode;
  /** The layer in the reader's own pane (the left one side by side). */
  primary: LayerKey;
  /** Overlay: the layers laid over the primary one, in their order. */
  overlaid: LayerKey[];
  /** Side by side: the right-hand layer. */
  second: LayerKey;
  set: (patch: Partial<Pick<LayerViewState, 'mode' | 'primary' | 'overlaid' | 'second'>>) => void;
}

function label(layer: LayerView): string {
  if (!layer.own) return layer.role === 'curation' ? `${layer.name} (curated)` : layer.name!;
  return layer.name ? `${layer.name} (you)` : 'You';
}

/** The article's layers as the picker and the curator name them. */
export function shownLayers(doc: ArticleDocument, owner: string | null): ShownLayer[] {
  return layerViews(doc, owner ?? undefined).map((l) => ({ key: l.own ? '' : l.name!, label: label(l), annotations: l.annotations }));
}

export function useLayerView(doc: ArticleDocument | null, owner: string | null): LayerViewState {
  const layers = useMemo(() => (doc ? shownLayers(doc, owner) : []), [doc, owner]);
  const [view, setView] = useState({ mode: 'one' as LayerMode, primary: '', overlaid: [] as LayerKey[], second: '' });
  const articleId = doc?.article.id;
  useEffect(() => {
    setView({ mode: 'one', primary: '', overlaid: [], second: '' });
  }, [articleId]);
  return useMemo(() => ({ layers, ...view, set: (patch) => setView((v) => ({ ...v, ...patch })) }), [layers, view]);
}

/** The annotations of the layer with `key` (the user's own when it is gone). */
export function annotationsOf(state: Pick<LayerViewState, 'layers'>, key: LayerKey): Annotation[] {
  return (state.layers.find((l) => l.key === key) ?? state.layers[0])?.annotations ?? [];
}

export function labelOf(state: Pick<LayerViewState, 'layers'>, key: LayerKey): string {
  return state.layers.find((l) => l.key === key)?.label ?? key;
}
