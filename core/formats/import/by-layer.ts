// Splits a read annotation file by whose annotations they are (see LayerRef), so each part is
// placed and merged on its own: the user's own annotations merge as before, another annotator's
// go to their layer of the same article. A link goes to the layer the file names for it, else
// with the annotation it starts from.

import type { AnnotationFile, LayerRef } from './incoming.js';

export interface LayerPart {
  layer: LayerRef;
  file: AnnotationFile;
}

function keyOf(layer: LayerRef): string {
  return layer ? JSON.stringify([layer.name, layer.role]) : '';
}

export function splitByLayer(file: AnnotationFile): LayerPart[] {
  const parts = new Map<string, LayerPart>();
  const partOf = (layer: LayerRef): AnnotationFile => {
    const key = keyOf(layer);
    if (!parts.has(key)) parts.set(key, { layer, file: { format: file.format, articles: [], loose: [], relations: [], ignored: 0, ...(file.spansOnly ? { spansOnly: true } : {}) } });
    return parts.get(key)!.file;
  };
  partOf(null).ignored = file.ignored;
  for (const article of file.articles) partOf(article.layer).articles.push(article);
  const layerOfId = new Map<string, LayerRef>();
  for (const item of file.loose) {
    partOf(item.layer).loose.push(item);
    layerOfId.set(item.annotation.id, item.layer);
  }
  for (const r of file.relations) {
    const layer = file.relationLayers?.has(r) ? file.relationLayers.get(r)! : (layerOfId.get(r.from) ?? null);
    partOf(layer).relations.push(r);
  }
  return [...parts.values()];
}
