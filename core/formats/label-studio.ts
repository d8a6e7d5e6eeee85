// Label Studio's task format: one task per article with a "labels" result per span and a
// "relation" result per link, for a labelling config with <Labels name="label" toName="text">
// and <Relations>. Label Studio counts code points, so offsets are converted from UTF-16. Each
// annotator's layer is one of the task's annotations, `completed_by` naming them (Label Studio's
// own exports give a user object there; we give the name as first_name, no e-mail or id).

import { compareByPosition, type Annotation, type ArticleDocument, type Relation } from '../model.js';
import { layerViews, type LayerView } from '../team/layers.js';
import { offsetConverter, type OffsetConverter } from './code-points.js';
import { jsonText } from './json-text.js';
import { KIND_LABEL } from './labels.js';

function labelResult(a: Annotation, offsets: OffsetConverter) {
  return {
    id: a.id,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start: offsets.toCodePoints(a.start), end: offsets.toCodePoints(a.end), text: a.quote.exact, labels: [KIND_LABEL[a.kind]] },
    ...(a.note ? { meta: { text: [a.note] } } : {}),
  };
}

function relationResult(r: Relation) {
  return { type: 'relation', from_id: r.from, to_id: r.to, direction: 'right', labels: [r.type] };
}

function taskAnnotation({ name, annotations, relations }: LayerView, offsets: OffsetConverter) {
  const spans = [...annotations].sort(compareByPosition).map((a) => labelResult(a, offsets));
  return { ...(name ? { completed_by: { first_name: name } } : {}), result: [...spans, ...relations.map(relationResult)] };
}

export function labelStudioExport(docs: readonly ArticleDocument[], owner?: string): string {
  const tasks = docs.map((doc) => {
    const { article } = doc;
    const offsets = offsetConverter(article.text);
    return {
      data: { text: article.text, title: article.title, newsmark_id: article.id, meta: article.meta },
      annotations: layerViews(doc, owner).map((layer) => taskAnnotation(layer, offsets)),
    };
  });
  return jsonText(tasks);
}
