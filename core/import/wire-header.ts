// Reads the metadata that wire copy carries at the head of the story:
//   "date 2020-07-23 MOSCOW, July 23. /TASS/. The Presidents of …"   (TASS export)
//   "WASHINGTON (Reuters) - …"   "LONDON (AP) — …"   "PARIS, March 3 (AFP) - …"
// The "date YYYY-MM-DD" token is metadata and leaves the text; the dateline and agency stay in
// the story (they are what the reader sees) and are also recorded as metadata.

import type { ArticleMeta } from '../model.js';
import { toIsoDate } from './dates.js';

export interface WireHeader {
  meta: ArticleMeta;
  /** The text with the date token (and leading blank space) removed. */
  text: string;
  /** Offset in `text` where the story proper begins, after dateline and agency. */
  bodyStart: number;
}

const DATE_TOKEN = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;

// CITY (all capitals, may be several words: "NEW YORK", "ST. PETERSBURG", "SÃO PAULO"),
// optionally ", Region" or ", July 23." , then the agency as "/TASS/." or "(Reuters) -" / "(AP) —".
const DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu} .'’\-]{0,40}\p{Lu})` +
    String.raw`(?:,[^\n()/]{1,40}?)?\s*` +
    String.raw`(?:/(\p{L}[\p{L}\-]{0,20})/\.?|\((\p{L}[\p{L} &.\-]{0,30}?)\)\s*(?:--|[-–—:]))[ \t]*`,
  'u',
);

/** How many lines from the top a dateline may sit on (after a headline, a byline, a date). */
const DATELINE_SEARCH_LINES = 5;

interface Dateline {
  dateline: string;
  agency: string;
  /** Length of the dateline and agency, with the blank space that follows. */
  length: number;
}

function readDateline(line: string): Dateline | undefined {
  const match = DATELINE.exec(line);
  const agency = match?.[2] ?? match?.[3];
  if (!match?.[1] || !agency) return undefined;
  return { dateline: match[1].trim(), agency: agency.trim(), length: match[0].length };
}

/** Reads the date token and a dateline at the very start of plain-text wire copy. */
export function readWireHeader(raw: string): WireHeader {
  const meta: ArticleMeta = {};
  let text = raw;
  const date = DATE_TOKEN.exec(text);
  const iso = date?.[1] ? toIsoDate(date[1]) : undefined;
  if (date && iso) {
    meta.date = iso;
    text = text.slice(date[0].length);
  }
  text = text.trimStart();
  const dateline = readDateline(text);
  if (dateline) {
    meta.dateline = dateline.dateline;
    meta.agency = dateline.agency;
  }
  return { meta, text, bodyStart: dateline?.length ?? 0 };
}

/** Dateline and agency from the first line near the top that opens with one, if any. */
export function findDateline(text: string): ArticleMeta {
  const lines = text.split('\n', DATELINE_SEARCH_LINES * 2).filter((line) => line.trim() !== '');
  for (const line of lines.slice(0, DATELINE_SEARCH_LINES)) {
    const found = readDateline(line);
    if (found) return { dateline: found.dateline, agency: found.agency };
  }
  return {};
}
