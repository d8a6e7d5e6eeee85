// Label Studio's task format: one task per article with a "labels" result per span and a
// "relation" result per pair of linked spans, for the labelling config written beside it
// (label-studio/config.ts). Label Studio counts code points, so offsets are converted from UTF-16.
// Speakers, claimants and cues the article marks are regions of their own (Speaker, Claimant,
// Cue) linked from their annotation. Label Studio keeps one relation per ordered pair of regions
// and drops a second, so all links from one span to another are one relation with several labels.
// Each annotator's layer is one of the task's annotations, `completed_by` naming them (Label
// Studio's own exports give a user object there; we give the name as first_name, no e-mail or id).

import type { ArticleDocument } from '../model.js';
import { layerViews, type LayerView } from '../team/layers.js';
import { offsetConverter } from './code-points.js';
import type { FormatOutput } from './format-output.js';
import { jsonText } from './json-text.js';
import { labelStudioConfig, labelStudioLabel } from './label-studio/config.js';
import { spanGraph, type GraphLink, type SpanGraph } from './span-graph/graph.js';

/** The links of a graph grouped by ordered pair of spans, in the order they first occur. */
function pairsOf(links: readonly GraphLink[]): { from: string; to: string; labels: string[] }[] {
  const pairs = new Map<string, { from: string; to: string; labels: string[] }>();
  for (const { from, to, type } of links) {
    const key = JSON.stringify([from, to]);
    const pair = pairs.get(key) ?? { from, to, labels: [] };
    if (!pair.labels.includes(type)) pair.labels.push(type);
    pairs.set(key, pair);
  }
  return [...pairs.values()];
}

function taskAnnotation({ name }: LayerView, graph: SpanGraph, notes: Map<string, string>) {
  const spans = graph.spans.map((s) => ({
    id: s.key,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start: s.start, end: s.end, text: s.text, labels: [labelStudioLabel(s)] },
    ...(notes.get(s.key) ? { meta: { text: [notes.get(s.key)] } } : {}),
  }));
  const relations = pairsOf(graph.links).map(({ from, to, labels }) => ({ type: 'relation', from_id: from, to_id: to, direction: 'right', labels }));
  return { ...(name ? { completed_by: { first_name: name } } : {}), result: [...spans, ...relations] };
}

export function labelStudioExport(docs: readonly ArticleDocument[], owner?: string): FormatOutput {
  const graphs: SpanGraph[] = [];
  const tasks = docs.map((doc) => {
    const { article } = doc;
    const offsets = offsetConverter(article.text);
    const annotations = layerViews(doc, owner).map((layer) => {
      const graph = spanGraph(layer.annotations, layer.relations, article.text, offsets);
      graphs.push(graph);
      return taskAnnotation(layer, graph, new Map(layer.annotations.map((a) => [a.id, a.note])));
    });
    return { data: { text: article.text, title: article.title, newsmark_id: article.id, meta: article.meta }, annotations };
  });
  return { content: jsonText(tasks), companion: { suffix: 'label-studio.config.xml', content: labelStudioConfig(graphs), mimeType: 'application/xml' } };
}
