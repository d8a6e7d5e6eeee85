// Plain text: the file's own line structure is kept (only newlines are normalised and the ends
// trimmed); wire copy's header gives the date, dateline and agency.

import type { FormatImporter } from './imported-parts.js';
import { cleanText } from './clean-text.js';
import { decodeBytes } from './decode-text.js';
import { readWireHeader } from './wire-header.js';

export const importTxt: FormatImporter = (fileName, bytes) => {
  const decoded = decodeBytes(bytes, fileName);
  const header = readWireHeader(cleanText(decoded.text));
  return {
    text: header.text,
    meta: { ...header.meta, encoding: decoded.encoding },
    notices: decoded.notices,
    bodyStart: header.bodyStart,
  };
};
