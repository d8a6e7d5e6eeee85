// Turns a file's bytes into a string, or refuses it with a message the user can act on: empty,
// too large, binary, or in an encoding we cannot tell. Order of evidence: a byte order mark
// (UTF-8, UTF-16 LE/BE), then the charset the file declares (HTML), then valid UTF-8, then
// Windows-1252 when the bytes read as Western text — with a notice, because that is a guess.

import { NewsmarkError } from '../api/errors.js';
import { normaliseNewlines } from './clean-text.js';
import { articleFileTooLarge } from './size-limits.js';

export const SUPPORTED_FORMATS = 'plain text (.txt), Markdown (.md, .markdown) and saved web pages (.html, .htm)';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used: "utf-8", "utf-16le", "windows-1252", … */
  encoding: string;
  /** What the user should know about the decoding (an encoding that was guessed). */
  notices: string[];
}

const BOMS: { encoding: string; bytes: number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has printable characters (curly
 * quotes, dashes, €) instead of control codes. Node 20's TextDecoder('windows-1252') decodes
 * those bytes as Latin-1 control codes, so this table is applied by hand. Bytes Windows-1252
 * leaves undefined keep their control code, as the WHATWG decoder does.
 */
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Bytes that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): its text never has them. */
const UNDEFINED_IN_1252 = new Set(
  [...WINDOWS_1252_HIGH].flatMap((c, i) => (c.charCodeAt(0) === 0x80 + i ? [0x80 + i] : [])),
);

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

/**
 * Western text is mostly ASCII: French or German prose has a few accented letters per line.
 * When most letters are high bytes the file is in another legacy encoding (Cyrillic, Greek, CJK)
 * and reading it as Windows-1252 would silently produce gibberish.
 */
const MAX_HIGH_BYTE_SHARE = 0.3;

function bomOf(bytes: Uint8Array): (typeof BOMS)[number] | undefined {
  return BOMS.find((bom) => bom.bytes.every((b, i) => bytes[i] === b));
}

/** Decodes strictly; undefined when the bytes are not valid in that encoding. */
function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The WHATWG name for a charset label ("latin1" → "windows-1252"), or undefined if unknown. */
function encodingForLabel(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function readsAsWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  let visible = 0;
  for (const b of bytes) {
    if (UNDEFINED_IN_1252.has(b)) return false;
    if (b >= 0x80) high += 1;
    if (b > 0x20) visible += 1;
  }
  return high <= visible * MAX_HIGH_BYTE_SHARE;
}

/** Text has no NUL and (almost) no control characters other than tab, newlines and form feed. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) control += 1;
  }
  return control > sample.length * 0.01;
}

function binaryError(fileName: string): NewsmarkError {
  return new NewsmarkError(
    'binary-file',
    `${fileName} looks like a binary file (an image, a program or an archive), not text. Newsmark imports ${SUPPORTED_FORMATS}.`,
  );
}

function decodeWithoutBom(bytes: Uint8Array, fileName: string, declared: string | undefined): DecodedText {
  if (bytes.includes(0)) throw binaryError(fileName);
  // Like browsers, ignore a declared UTF-16 without a byte order mark: the bytes that declare it
  // are ASCII, so the file cannot be UTF-16.
  const declaredEncoding = declared === undefined ? undefined : encodingForLabel(declared);
  if (declaredEncoding !== undefined && !declaredEncoding.startsWith('utf-16')) {
    const text = tryDecode(declaredEncoding, bytes);
    if (text !== undefined) return { text, encoding: declaredEncoding, notices: [] };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', notices: [] };
  if (readsAsWindows1252(bytes)) {
    const said = declaredEncoding ? ` (it declares ${declaredEncoding}, but its bytes do not match)` : '';
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      notices: [
        `${fileName} is not UTF-8${said}; Newsmark read it as Windows-1252 (Western European). If letters look wrong, save the file as UTF-8 and import it again.`,
      ],
    };
  }
  throw new NewsmarkError(
    'bad-encoding',
    `${fileName} is not UTF-8 and does not read as Western European (Windows-1252) text either; it may use another legacy encoding or be damaged. Open it in a text editor, save it as UTF-8 and import it again.`,
  );
}

/**
 * Decodes a file's bytes. `declared` is a charset label the file itself names (an HTML
 * `<meta charset>`); a byte order mark overrides it, as browsers do.
 */
export function decodeBytes(bytes: Uint8Array, fileName: string, declared?: string): DecodedText {
  const tooLarge = articleFileTooLarge(fileName, bytes.length);
  if (tooLarge) throw new NewsmarkError('too-large', tooLarge);
  const bom = bomOf(bytes);
  const body = bom ? bytes.subarray(bom.bytes.length) : bytes;
  if (body.length === 0) throw new NewsmarkError('empty-file', `${fileName} is empty: there is no text to import.`);
  let decoded: DecodedText;
  if (bom) {
    const text = tryDecode(bom.encoding, body);
    if (text === undefined) {
      throw new NewsmarkError(
        'bad-encoding',
        `${fileName} starts with a ${bom.encoding.toUpperCase()} byte order mark but its bytes are not valid ${bom.encoding.toUpperCase()}. Save it again as UTF-8 and import it again.`,
      );
    }
    decoded = { text, encoding: bom.encoding, notices: [] };
  } else {
    decoded = decodeWithoutBom(body, fileName, declared);
  }
  if (looksBinary(decoded.text)) throw binaryError(fileName);
  if (!/\S/.test(decoded.text)) {
    throw new NewsmarkError('empty-file', `${fileName} holds only white space: there is no text to import.`);
  }
  return decoded;
}

/** Decodes a file's bytes to text with LF newlines. */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  return normaliseNewlines(decodeBytes(bytes, fileName).text);
}
