// Opening a file of annotations (a Newsmark export, W3C annotations, Hypothesis API JSON, doccano
// JSONL, Label Studio JSON) rather
// than an article: it is merged into the library, and the outcome is shown in the import report
// (ImportReportDialog). The file is kept so that annotations no article matched can be imported
// again into the article the user picks.

import type { AnnotationImportOutcome } from '../../../core/formats/import/apply-import';
import { isAnnotationFile } from '../../../core/formats/import/sniff';
import { call } from '../api';
import { annotationUpload } from '../files';

export async function looksLikeAnnotations(file: File): Promise<boolean> {
  return isAnnotationFile(file.name, new Uint8Array(await file.slice(0, 64).arrayBuffer()));
}

export interface AnnotationImport {
  fileName: string;
  contentBase64: string;
  outcome: AnnotationImportOutcome;
}

/** Imports the file (into the picked article, for what no article's source matches). */
export async function importAnnotationFile(file: Pick<AnnotationImport, 'fileName' | 'contentBase64'>, intoArticleId?: string): Promise<AnnotationImport> {
  const { fileName, contentBase64 } = file;
  const outcome = await call('importAnnotations', { fileName, contentBase64, ...(intoArticleId ? { intoArticleId } : {}) });
  return { fileName, contentBase64, outcome };
}

/** The file as the API takes it (refused here when it is too large). */
export const readAnnotationUpload = annotationUpload;

export const FORMAT_NAMES: Record<AnnotationImportOutcome['format'], string> = {
  json: 'Newsmark JSON',
  w3c: 'W3C Web Annotations',
  hypothesis: 'Hypothesis API JSON',
  brat: 'brat standoff',
  doccano: 'doccano JSONL',
  'label-studio': 'Label Studio JSON',
};
