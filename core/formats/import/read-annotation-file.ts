// The one entry point for an annotation file a user brings: checks it as JSON, tells a Newsmark
// export from W3C annotations by its content (not its name), and reads it with that format's
// reader. Everything is checked here, before anything is written.

import { NewsmarkError } from '../../api/errors.js';
import { readW3c, w3cTypes } from '../w3c/import.js';
import { ANNO_CONTEXT } from '../w3c/vocabulary.js';
import type { AnnotationFile } from './incoming.js';
import { readNativeExport } from './native-reader.js';
import { readJson } from './read-json.js';

const W3C_TYPES = ['Annotation', 'AnnotationCollection', 'AnnotationPage'];

function isW3c(data: unknown): boolean {
  if (Array.isArray(data)) return data.length === 0 || w3cTypes(data[0]).includes('Annotation');
  if (w3cTypes(data).some((t) => W3C_TYPES.includes(t))) return true;
  const context = (data as { '@context'?: unknown })['@context'];
  return context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT));
}

export function readAnnotationFile(fileName: string, contentBase64: string, now: string): AnnotationFile {
  const data = readJson(fileName, contentBase64);
  if (typeof data === 'object' && data !== null && 'schemaVersion' in data) {
    return { format: 'json', articles: readNativeExport(fileName, data), loose: [], relations: [], ignored: 0 };
  }
  if (typeof data === 'object' && data !== null && isW3c(data)) return readW3c(fileName, data, now);
  throw new NewsmarkError(
    'unsupported-format',
    `${fileName} is JSON, but neither a Newsmark export (it has no "schemaVersion") nor W3C Web Annotations (no "type": "Annotation"). Nothing was imported.`,
  );
}
