// Builds the TextQuote (exact + prefix + suffix) stored beside every offset pair, and checks
// offsets before they are stored. Offsets are UTF-16 code units, as in JavaScript and the DOM.

import type { TextQuote } from '../model.js';

export const QUOTE_CONTEXT = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair (inside one emoji, say). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Why a span cannot be stored, or null when it can. */
export function spanProblem(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'offsets must be whole numbers';
  if (start < 0 || end > text.length) return `span ${start}-${end} lies outside the text (length ${text.length})`;
  if (end <= start) return `span ${start}-${end} is empty: end must be greater than start`;
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    return `span ${start}-${end} cuts a character in half (a surrogate pair)`;
  }
  if (text.slice(start, end).trim() === '') return `span ${start}-${end} holds only white space`;
  return null;
}

/** The quote under [start, end) with up to QUOTE_CONTEXT code units either side. */
export function quoteAt(text: string, start: number, end: number, context = QUOTE_CONTEXT): TextQuote {
  let prefixStart = Math.max(0, start - context);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart -= 1;
  let suffixEnd = Math.min(text.length, end + context);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd += 1;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
