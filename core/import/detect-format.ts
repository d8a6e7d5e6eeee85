// Decides how a file is read. The extension decides when it is one we know (case-insensitive).
// Formats people often hold news in but that are not text (PDF, Word, RTF, web archives) are
// refused by name, with what to do instead, rather than imported as garbage. A file with any
// other extension is sniffed: markup that opens like an HTML document is read as a web page,
// everything else as plain text (binary content is then refused by the decoder).

import { NewsmarkError } from '../api/errors.js';
import { SUPPORTED_FORMATS } from './decode-text.js';
import { FORMAT_BY_EXTENSION, extensionOf, type Format } from './extensions.js';

export type { Format };

interface Foreign {
  name: string;
  advice: string;
}

const COPY_TEXT = 'copy the article text into a .txt file, or save the story from your browser as HTML';

const SAVE_AS_TEXT = 'save it as plain text (.txt) from your word processor';
const PDF = { name: 'a PDF document', advice: COPY_TEXT };
const WORD = { name: 'a Word document', advice: SAVE_AS_TEXT };
const RTF = { name: 'a Rich Text document', advice: SAVE_AS_TEXT };
const WEB_ARCHIVE = { name: 'a web archive', advice: 'save the page again as "Web page, HTML only"' };

const FOREIGN_EXTENSIONS = new Map<string, Foreign>([
  ['pdf', PDF],
  ['doc', WORD],
  ['docx', WORD],
  ['odt', { name: 'an OpenDocument text', advice: SAVE_AS_TEXT }],
  ['rtf', RTF],
  ['mht', WEB_ARCHIVE],
  ['mhtml', WEB_ARCHIVE],
  ['webarchive', WEB_ARCHIVE],
  ['epub', { name: 'an e-book', advice: COPY_TEXT }],
]);

/** Magic bytes of the same formats, for files whose extension is missing or misleading. */
const FOREIGN_SIGNATURES: { bytes: number[]; format: Foreign }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], format: PDF }, // %PDF-
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], format: RTF }, // {\rtf
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], format: WORD }, // OLE compound file (.doc)
];

const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body)\b/i;

function refuse(fileName: string, foreign: Foreign): NewsmarkError {
  return new NewsmarkError(
    'unsupported-format',
    `${fileName} is ${foreign.name}, which Newsmark cannot read. To import the story, ${foreign.advice}. Newsmark imports ${SUPPORTED_FORMATS}.`,
  );
}

export function detectFormat(fileName: string, bytes: Uint8Array): Format {
  const ext = extensionOf(fileName);
  const foreign =
    FOREIGN_EXTENSIONS.get(ext) ?? FOREIGN_SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.format;
  if (foreign) throw refuse(fileName, foreign);
  const known = FORMAT_BY_EXTENSION.get(ext);
  if (known) return known;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096))
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '');
  return HTML_START.test(head) ? 'html' : 'txt';
}
