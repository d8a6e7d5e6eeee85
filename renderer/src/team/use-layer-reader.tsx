// What the reader needs to show the layers the picker chose: the annotations in its own pane, the
// layers laid over them, the pane beside it; and the picker itself, for the reader's tools.

import { useMemo, type ReactNode } from 'react';
import type { Annotation, ArticleDocument } from '../../../core/model';
import { LayerPicker } from './LayerPicker';
import { SideLayerPane } from './SideLayerPane';
import { annotationsOf, labelOf, useLayerView } from './use-layer-view';

export interface LayerReader {
  picker: ReactNode;
  shown?: readonly Annotation[];
  overlays?: readonly (readonly Annotation[])[];
  beside?: ReactNode;
}

export function useLayerReader(doc: ArticleDocument | null, owner: string | null): LayerReader {
  const state = useLayerView(doc, owner);
  const { mode, primary, overlaid, second } = state;
  return useMemo(() => {
    const picker = <LayerPicker state={state} />;
    if (!doc || state.layers.length < 2) return { picker };
    return {
      picker,
      ...(primary !== '' ? { shown: annotationsOf(state, primary) } : {}),
      ...(mode === 'overlay' ? { overlays: overlaid.map((key) => annotationsOf(state, key)) } : {}),
      ...(mode === 'side' ? { beside: <SideLayerPane text={doc.article.text} label={labelOf(state, second)} annotations={annotationsOf(state, second)} /> } : {}),
    };
  }, [doc, state, mode, primary, overlaid, second]);
}
