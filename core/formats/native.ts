// The native format as text: the same bytes from the old exportJson method and from exportAs
// with format "json", so the two can never drift apart.

import { buildNativeExport } from '../export/native-json.js';
import type { ArticleDocument } from '../model.js';
import { jsonText } from './json-text.js';

export function nativeJsonText(docs: readonly ArticleDocument[], exportedAt: string, annotator?: string): string {
  return jsonText(buildNativeExport(docs, exportedAt, annotator));
}
