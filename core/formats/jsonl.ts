// doccano's sequence-labelling JSONL: one article per line, its spans as [start, end, LABEL].
// doccano (and Python generally) counts code points, so offsets are converted from UTF-16.
// Each annotator's layer is a line of its own with an "annotator" field, as doccano keeps each
// user's labels of a text apart when annotations are not shared.

import { compareByPosition, type ArticleDocument } from '../model.js';
import { layerViews } from '../team/layers.js';
import { offsetConverter } from './code-points.js';

export function jsonlExport(docs: readonly ArticleDocument[], owner?: string): string {
  return docs
    .flatMap((doc) => {
      const { article } = doc;
      const offsets = offsetConverter(article.text);
      return layerViews(doc, owner).map(({ name, annotations }) => {
        const label = [...annotations]
          .sort(compareByPosition)
          .map((a) => [offsets.toCodePoints(a.start), offsets.toCodePoints(a.end), a.kind.toUpperCase()]);
        const line = { text: article.text, label, id: article.id, title: article.title, meta: article.meta, ...(name ? { annotator: name } : {}) };
        return `${JSON.stringify(line)}\n`;
      });
    })
    .join('');
}
