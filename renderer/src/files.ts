// Moves files across the renderer's edge: reading a picked file's bytes for import, and
// saving an export as a download (Electron turns it into a native Save dialog).

import { annotationFileTooLarge, articleFileTooLarge } from '../../core/import/size-limits';

export interface Upload {
  fileName: string;
  contentBase64: string;
}

/** The upload for a picked file, refused by its size (File.size: known without reading it) first. */
async function uploadOf(file: File, problem: string | null): Promise<Upload> {
  if (problem) throw new Error(problem);
  return { fileName: file.name, contentBase64: await fileToBase64(file) };
}

export const articleUpload = (file: File): Promise<Upload> => uploadOf(file, articleFileTooLarge(file.name, file.size));

/** Its first bytes tell a Newsmark backup, which may be bigger than other annotation files. */
export async function annotationUpload(file: File): Promise<Upload> {
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  return uploadOf(file, annotationFileTooLarge(file.name, file.size, head));
}

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Saves `content` as a file; `base64` content (a zip) is decoded to its bytes first. */
export function saveAsDownload(fileName: string, content: string, type = 'application/json', base64 = false): void {
  const body = base64 ? Uint8Array.from(atob(content), (c) => c.charCodeAt(0)) : content;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
