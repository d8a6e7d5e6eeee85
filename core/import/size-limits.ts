// How big a file Newsmark takes, and the one message for a file that is bigger. Every door checks
// the size before it reads anything: the CLI with stat, the window with File.size, the service
// with the length of the upload's base64 (never decoding it first). Pure code, so the renderer
// can use it too.

const MB = 1024 * 1024;

/** An article file (.txt, .md, .html): a long story is under 1 MB, a saved page a few MB. */
export const MAX_ARTICLE_FILE_BYTES = 20 * MB;
/** An annotation file (a Newsmark export, W3C annotations) from another tool. */
export const MAX_ANNOTATION_FILE_BYTES = 50 * MB;

export function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

/** Why an article file of `size` bytes is refused, or null. */
export function articleFileTooLarge(fileName: string, size: number): string | null {
  if (size <= MAX_ARTICLE_FILE_BYTES) return null;
  return `${fileName} is ${megabytes(size)}; Newsmark imports files up to ${MAX_ARTICLE_FILE_BYTES / MB} MB. Split it or keep only the article.`;
}

/** Why an annotation file of `size` bytes is refused, or null. */
export function annotationFileTooLarge(fileName: string, size: number): string | null {
  if (size <= MAX_ANNOTATION_FILE_BYTES) return null;
  return `${fileName} is ${megabytes(size)}; annotation files can be at most ${megabytes(MAX_ANNOTATION_FILE_BYTES)}.`;
}

/** The decoded size of base64 content, known without decoding it. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** The length of `bytes` bytes in base64. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}
