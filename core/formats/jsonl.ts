// doccano's sequence-labelling JSONL: one article per line, its spans as [start, end, LABEL].
// doccano (and Python generally) counts code points, so offsets are converted from UTF-16.

import { compareByPosition, type ArticleDocument } from '../model.js';
import { offsetConverter } from './code-points.js';

export function jsonlExport(docs: readonly ArticleDocument[]): string {
  return docs
    .map(({ article, annotations }) => {
      const offsets = offsetConverter(article.text);
      const label = [...annotations]
        .sort(compareByPosition)
        .map((a) => [offsets.toCodePoints(a.start), offsets.toCodePoints(a.end), a.kind.toUpperCase()]);
      return `${JSON.stringify({ text: article.text, label, id: article.id, title: article.title, meta: article.meta })}\n`;
    })
    .join('');
}
