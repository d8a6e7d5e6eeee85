// Which file names Newsmark takes as articles, by extension. Pure (no Node), so the renderer
// picks the same files out of a dropped or chosen folder as the importer and the CLI do.

export type Format = 'txt' | 'md' | 'html';

export const FORMAT_BY_EXTENSION: ReadonlyMap<string, Format> = new Map<string, Format>([
  ['txt', 'txt'],
  ['text', 'txt'],
  ['md', 'md'],
  ['markdown', 'md'],
  ['html', 'html'],
  ['htm', 'html'],
]);

/**
 * Formats people keep stories in that the importer refuses with advice (see detect-format.ts):
 * a folder import tries them, so the user learns why they were not imported.
 */
export const REFUSED_EXTENSIONS: readonly string[] = ['pdf', 'doc', 'docx', 'odt', 'rtf', 'mht', 'mhtml', 'webarchive', 'epub'];

export function extensionOf(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** True for a file a folder import should try: an article format, or one refused with advice. */
export function isImportCandidate(fileName: string): boolean {
  const ext = extensionOf(fileName);
  return FORMAT_BY_EXTENSION.has(ext) || REFUSED_EXTENSIONS.includes(ext);
}

/** True for a path inside a folder import ("folder/.cache/x.txt") that a hidden file or folder holds: skipped. */
export function isHiddenPath(relativePath: string): boolean {
  return relativePath.split('/').some((part) => part.startsWith('.'));
}
