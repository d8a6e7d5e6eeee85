// The .txt beside a .ann, as Newsmark stores it, and how brat's offsets land in it. brat counts
// code points into the file exactly as it is, so the text keeps every character — no tidying of
// white space as a plain .txt import does — except CR before LF (Newsmark's texts are LF only)
// and a leading byte order mark, which are dropped (a lone CR becomes LF) with the offsets after them shifted to match.

import { NewsmarkError } from '../../api/errors.js';
import { offsetConverter } from '../code-points.js';

export interface BratText {
  text: string;
  /** The UTF-16 offset in `text` of a code point offset into the file, or null beyond its end. */
  toText(codePoint: number): number | null;
}

export function bratText(fileName: string, bytes: Uint8Array): BratText {
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new NewsmarkError('bad-encoding', `${fileName} is not UTF-8 text; brat's .txt files are UTF-8.`);
  }
  const toRaw = offsetConverter(raw);
  // dropped[i]: characters dropped before raw UTF-16 offset i.
  const dropped = new Uint32Array(raw.length + 1);
  let text = '';
  let count = 0;
  for (let i = 0; i < raw.length; i += 1) {
    dropped[i] = count;
    const ch = raw[i]!;
    if ((i === 0 && ch === '\uFEFF') || (ch === '\r' && raw[i + 1] === '\n')) count += 1;
    else text += ch === '\r' ? '\n' : ch;
  }
  dropped[raw.length] = count;
  if (text.trim() === '') throw new NewsmarkError('empty-file', `${fileName} has no text to annotate.`);
  return {
    text,
    toText: (codePoint) => {
      const utf16 = toRaw.toUtf16(codePoint);
      return utf16 === null ? null : utf16 - dropped[utf16]!;
    },
  };
}
