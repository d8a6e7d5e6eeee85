// The last pass every imported text goes through, whatever its format. Annotations count UTF-16
// code units into the text, so it must be deterministic and free of invisible variation:
// LF newlines only, no trailing blanks on a line, at most one blank line in a row, no
// zero-width junk, nothing blank at either end. Visible characters are never changed (no Unicode
// normalisation): combining marks, emoji sequences and joiners stay exactly as the file had them.

/**
 * Invisible characters that only get in the way of reading and quoting: zero-width space,
 * word joiner, byte order marks inside the text, soft hyphens. Zero-width (non-)joiners are kept:
 * emoji sequences and several scripts need them.
 */
const ZERO_WIDTH_JUNK = /[\u200B\u2060\uFEFF\u00AD]/g;

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function cleanText(text: string): string {
  return normaliseNewlines(text)
    .replace(ZERO_WIDTH_JUNK, '')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
