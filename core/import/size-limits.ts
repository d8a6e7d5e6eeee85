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

/**
 * A backup Newsmark wrote (its JSON export), sent whole through the API (the window's import):
 * it may be bigger. The CLI reads a backup from disk at any size (backup-pieces.ts).
 */
export const MAX_BACKUP_BYTES = 4 * MAX_ANNOTATION_FILE_BYTES;
/** How every Newsmark JSON export opens (json-text.ts writes it so). */
const BACKUP_OPENING = '{\n  "schemaVersion": ';

/** Whether a file's first bytes are those of a Newsmark JSON export. */
export function opensAsBackup(head: Uint8Array): boolean {
  return new TextDecoder().decode(head.subarray(0, BACKUP_OPENING.length)) === BACKUP_OPENING;
}

/**
 * Why an annotation file of `size` bytes is refused, or null. `head` (its first bytes) tells a
 * backup Newsmark wrote, which may be up to MAX_BACKUP_BYTES; `limit` (the 50 MB limit; tests
 * lower it) holds for the rest (what is not a Newsmark export is refused anyway when it is read).
 */
export function annotationFileTooLarge(fileName: string, size: number, head: Uint8Array, limit = MAX_ANNOTATION_FILE_BYTES): string | null {
  if (size <= limit) return null;
  const backup = opensAsBackup(head);
  if (backup && size <= MAX_BACKUP_BYTES) return null;
  return backup
    ? `${fileName} is ${megabytes(size)}; Newsmark backups can be at most ${megabytes(MAX_BACKUP_BYTES)}.`
    : `${fileName} is ${megabytes(size)}; annotation files can be at most ${megabytes(limit)}.`;
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
