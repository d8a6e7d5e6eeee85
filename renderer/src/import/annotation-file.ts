// Opening a file of annotations (a Newsmark export, W3C annotations) rather than an article:
// it is merged into the library, and the user is told what was added, updated, skipped and
// what could not be placed.

import { isAnnotationFile } from '../../../core/formats/import/sniff';
import { call } from '../api';
import { annotationUpload } from '../files';

export async function looksLikeAnnotations(file: File): Promise<boolean> {
  return isAnnotationFile(file.name, new Uint8Array(await file.slice(0, 64).arrayBuffer()));
}

/** Imports the file and returns the report to show the user. */
export async function importAnnotationFile(file: File): Promise<string> {
  const outcome = await call('importAnnotations', await annotationUpload(file));
  const lines = [
    `${file.name} (${outcome.format === 'w3c' ? 'W3C Web Annotations' : 'Newsmark JSON'}): ${outcome.added} added, ${outcome.updated} updated, ${outcome.skipped} skipped.`,
    `${outcome.articlesCreated} new article${outcome.articlesCreated === 1 ? '' : 's'}; placed exactly: ${outcome.exact}, approximately: ${outcome.fuzzy}, not placed: ${outcome.orphaned.length}.`,
    ...outcome.orphaned.slice(0, 20).map((o) => `Not placed: “${o.quote}”${o.articleTitle ? ` in “${o.articleTitle}”` : ''} — ${o.reason}`),
  ];
  if (outcome.orphaned.length > 20) lines.push(`…and ${outcome.orphaned.length - 20} more not placed.`);
  return lines.join('\n');
}
