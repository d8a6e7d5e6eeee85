// Saving what exportAs made: the file, Label Studio's labelling config beside it when the user
// asked for it, and what the user must read about the export (spans doccano will drop, links a
// per-kind file cannot hold), which goes into a message rather than a status line that fades.

import type { Outputs } from '../../../core/api/contract';
import { saveAsDownload } from '../files';

export interface SavedExport {
  status: string;
  /** A message to show when the export came with warnings. */
  message: { title: string; text: string } | null;
}

export function saveExport(file: Outputs['exportAs'], withConfig: boolean): SavedExport {
  saveAsDownload(file.fileName, file.content, file.mimeType, file.base64);
  const config = withConfig ? file.companion : undefined;
  if (config) saveAsDownload(config.fileName, config.content, config.mimeType);
  const status = config ? `Exported ${file.fileName} and its labelling config ${config.fileName}.` : `Exported ${file.fileName}.`;
  const warnings = file.warnings ?? [];
  return { status, message: warnings.length ? { title: `Exported ${file.fileName}, with warnings`, text: warnings.join('\n\n') } : null };
}
