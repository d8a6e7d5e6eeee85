// The one entry point for an annotation file a user brings: checks it as JSON, tells its format
// by its content (sniff.ts), and reads it with that format's reader. Everything is checked here,
// before anything is written.

import { NewsmarkError } from '../../api/errors.js';
import { readHypothesis } from '../hypothesis/import.js';
import { readW3c } from '../w3c/import.js';
import type { AnnotationFile } from './incoming.js';
import { readNativeExport } from './native-reader.js';
import { readJson } from './read-json.js';
import { annotationFormatOf } from './sniff.js';

export function readAnnotationFile(fileName: string, contentBase64: string, now: string): AnnotationFile {
  const data = readJson(fileName, contentBase64);
  const format = annotationFormatOf(data);
  if (format === 'json') return { format, articles: readNativeExport(fileName, data as { schemaVersion: unknown }), loose: [], relations: [], ignored: 0 };
  if (format === 'hypothesis') return readHypothesis(fileName, data, now);
  if (format === 'w3c') return readW3c(fileName, data, now);
  throw new NewsmarkError(
    'unsupported-format',
    `${fileName} is JSON, but neither a Newsmark export (it has no "schemaVersion"), W3C Web Annotations (no "type": "Annotation") nor Hypothesis API JSON (no rows with "uri" and "target"). Nothing was imported.`,
  );
}
