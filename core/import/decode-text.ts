// Turns a file's bytes into article text, or refuses it with a message the user can act on:
// empty, too large, binary, or not valid UTF-8. Newlines are normalised to LF here, once,
// because every offset in the library counts into the text this returns.

import { NewsmarkError } from '../api/errors.js';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((b, i) => bytes[i] === b);
}

/** Binary files carry NUL bytes or many control characters that text never has. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control += 1;
  }
  return control > sample.length * 0.01;
}

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Decodes UTF-8 (with or without BOM) and normalises CRLF / CR to LF. */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new NewsmarkError('too-large', `${fileName} is ${mb} MB; Newsmark opens files up to 20 MB.`);
  }
  const body = hasUtf8Bom(bytes) ? bytes.subarray(UTF8_BOM.length) : bytes;
  if (body.length === 0) throw new NewsmarkError('empty-file', `${fileName} is empty: there is no text to open.`);
  if (looksBinary(body)) {
    throw new NewsmarkError('binary-file', `${fileName} looks like a binary file, not text. Open a .txt file.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new NewsmarkError('bad-encoding', `${fileName} is not valid UTF-8 text. Save it as UTF-8 and open it again.`);
  }
  const normalised = normaliseNewlines(text);
  if (normalised.trim() === '') throw new NewsmarkError('empty-file', `${fileName} holds only white space.`);
  return normalised;
}
