// Label Studio's task format: one task per article with a "labels" result per span and a
// "relation" result per link, for a labelling config with <Labels name="label" toName="text">
// and <Relations>. Label Studio counts code points, so offsets are converted from UTF-16.

import { compareByPosition, type Annotation, type ArticleDocument, type Relation } from '../model.js';
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

export function labelStudioExport(docs: readonly ArticleDocument[]): string {
  const tasks = docs.map(({ article, annotations, relations }) => {
    const offsets = offsetConverter(article.text);
    const spans = [...annotations].sort(compareByPosition).map((a) => labelResult(a, offsets));
    return {
      data: { text: article.text, title: article.title, newsmark_id: article.id, meta: article.meta },
      annotations: [{ result: [...spans, ...relations.map(relationResult)] }],
    };
  });
  return jsonText(tasks);
}
