// Reads the metadata that wire copy carries in its first line, e.g.
//   "date 2020-07-23 MOSCOW, July 23. /TASS/. The Presidents of …"
// The "date YYYY-MM-DD" token is metadata and leaves the text; the dateline and agency stay in
// the story (they are what the reader sees) and are also recorded as metadata.

import type { ArticleMeta } from '../model.js';

export interface WireHeader {
  meta: ArticleMeta;
  /** The text with the date token (and leading blank space) removed. */
  text: string;
  /** Offset in `text` where the story proper begins, after dateline and agency. */
  bodyStart: number;
}

const DATE_TOKEN = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
// "MOSCOW, July 23. /TASS/. " or "WASHINGTON (Reuters) - " or "LONDON (AP) — "
const DATELINE = /^([A-Z][A-Z .'\-]{1,40}[A-Z])(?:\s*,[^\n./]{0,40}?\.?)?\s*(?:\/([A-Z][A-Za-z\-]{1,20})\/\.?|\(([A-Z][A-Za-z\-]{1,20})\)\s*[-–—])\s*/;

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}

export function readWireHeader(raw: string): WireHeader {
  const meta: ArticleMeta = {};
  let text = raw;
  const date = DATE_TOKEN.exec(text);
  if (date?.[1] && isRealDate(date[1])) {
    meta.date = date[1];
    text = text.slice(date[0].length);
  }
  const lead = text.length - text.trimStart().length;
  text = text.slice(lead);
  let bodyStart = 0;
  const dateline = DATELINE.exec(text);
  if (dateline?.[1]) {
    meta.dateline = dateline[1].trim();
    const agency = dateline[2] ?? dateline[3];
    if (agency) meta.agency = agency;
    bodyStart = dateline[0].length;
  }
  return { meta, text, bodyStart };
}
