// The one entry point for an annotation file a user brings: checks it as JSON, tells its format
// by its content (sniff.ts), and reads it with that format's reader. Everything is checked here,
// before anything is written. (A Newsmark backup is read in pieces instead: backup-pieces.ts.)

import { NewsmarkError } from '../../api/errors.js';
import { readHypothesis } from '../hypothesis/import.js';
import { readW3c } from '../w3c/import.js';
import type { AnnotationFile } from './incoming.js';
import { readNativeExport } from './native-reader.js';
import { annotationText, parseJson, readJsonLines } from './read-json.js';
import { annotationFormatOf } from './sniff.js';
import type { BratMapping } from '../brat/mapping.js';
import { readDoccano } from '../doccano/import.js';
import { readLabelStudio } from '../label-studio/import.js';

/** `mapping`: a mapping file's labels → kinds and link types (doccano, Label Studio); `maxBytes`: the size limit (tests lower it). */
export function readAnnotationFile(fileName: string, bytes: Buffer, now: string, mapping?: BratMapping, maxBytes?: number): AnnotationFile {
  const text = annotationText(fileName, bytes, maxBytes);
  const lines = readJsonLines(fileName, text);
  if (lines) return readDoccano(fileName, lines, now, mapping);
  const data = parseJson(fileName, text);
  const format = annotationFormatOf(data);
  if (format === 'json') return { format, articles: readNativeExport(fileName, data as { schemaVersion: unknown }), loose: [], relations: [], ignored: 0 };
  if (format === 'hypothesis') return readHypothesis(fileName, data, now);
  if (format === 'w3c') return readW3c(fileName, data, now);
  if (format === 'label-studio') return readLabelStudio(fileName, data, now, mapping);
  if (format === 'doccano') return readDoccano(fileName, [data], now, mapping);
  throw new NewsmarkError(
    'unsupported-format',
    `${fileName} is JSON, but neither a Newsmark export (it has no "schemaVersion"), W3C Web Annotations (no "type": "Annotation"), Hypothesis API JSON (no rows with "uri" and "target"), Label Studio tasks (no "data" with "annotations") nor a doccano line (no "text" with "label" or "entities"). Nothing was imported.`,
  );
}
