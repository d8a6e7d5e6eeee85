// Finds, in the bytes of a JSON object, the items of one of its top-level lists (an article
// file's `annotations`), so that a big file can be parsed a few hundred items at a time instead
// of as one 35 MB string whose objects all live at once beside their validated copies: each batch
// is parsed, checked and dropped while the next is read, and the garbage dies young. Only the
// structure is walked — strings are skipped with indexOf — so the split costs a fraction of
// JSON.parse. It proves nothing about the JSON: whatever it cannot split (not an object, no such
// list, bytes it does not expect) it leaves to JSON.parse, which then reads or rejects the file as
// before; what it splits is parsed by JSON.parse too, piece by piece.

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
const COLON = 0x3a;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;

export interface ListSplit {
  /** The object's JSON with the list emptied (`"key":[]`), to parse whole: it is small. */
  rest: string;
  /** Where each item's bytes begin and end (end exclusive), in order. */
  items: { start: number; end: number }[];
}

export function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** The index just past the string whose opening quote is at `at`, or -1 when it never closes. */
function stringEnd(bytes: Uint8Array, at: number): number {
  let i = at + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, i);
    if (quote < 0) return -1;
    let backslashes = 0;
    for (let j = quote - 1; j > at && bytes[j] === BACKSLASH; j -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/** The index just past the value starting at `at` (an object, list, string or bare word), or -1. */
function valueEnd(bytes: Uint8Array, at: number): number {
  const first = bytes[at];
  if (first === QUOTE) return stringEnd(bytes, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let i = at;
    while (i < bytes.length && !isSpace(bytes[i]!) && bytes[i] !== COMMA && bytes[i] !== CLOSE_BRACE && bytes[i] !== CLOSE_BRACKET) i += 1;
    return i > at ? i : -1;
  }
  let depth = 0;
  for (let i = at; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      i = stringEnd(bytes, i) - 1;
      if (i < 0) return -1;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
    else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function skipSpace(bytes: Uint8Array, at: number): number {
  let i = at;
  while (i < bytes.length && isSpace(bytes[i]!)) i += 1;
  return i;
}

/** The items of the list at `at` ("[" … "]"), and the index just past it; undefined when it is not one. */
function listItems(bytes: Uint8Array, at: number): { items: ListSplit['items']; end: number } | undefined {
  const items: ListSplit['items'] = [];
  let i = skipSpace(bytes, at + 1);
  if (bytes[i] === CLOSE_BRACKET) return { items, end: i + 1 };
  for (;;) {
    const end = valueEnd(bytes, i);
    if (end < 0) return undefined;
    items.push({ start: i, end });
    i = skipSpace(bytes, end);
    if (bytes[i] === CLOSE_BRACKET) return { items, end: i + 1 };
    if (bytes[i] !== COMMA) return undefined;
    i = skipSpace(bytes, i + 1);
  }
}

/** Splits the list under the top-level `key` of the JSON object in `bytes`; undefined when it cannot. */
export function splitTopLevelList(bytes: Buffer, key: string): ListSplit | undefined {
  const wanted = JSON.stringify(key);
  let i = skipSpace(bytes, 0);
  if (bytes[i] !== OPEN_BRACE) return undefined;
  i = skipSpace(bytes, i + 1);
  let found: { at: number; end: number; items: ListSplit['items'] } | undefined;
  // Every key of the object is walked: the list must be there once, and the object must close.
  while (bytes[i] === QUOTE) {
    const keyEnd = stringEnd(bytes, i);
    if (keyEnd < 0) return undefined;
    const named = bytes.toString('utf8', i, keyEnd) === wanted;
    i = skipSpace(bytes, keyEnd);
    if (bytes[i] !== COLON) return undefined;
    i = skipSpace(bytes, i + 1);
    let end: number;
    if (named) {
      const list = bytes[i] === OPEN_BRACKET && !found ? listItems(bytes, i) : undefined;
      if (!list) return undefined;
      found = { at: i, end: list.end, items: list.items };
      end = list.end;
    } else {
      end = valueEnd(bytes, i);
      if (end < 0) return undefined;
    }
    i = skipSpace(bytes, end);
    if (bytes[i] === CLOSE_BRACE) {
      if (!found || skipSpace(bytes, i + 1) !== bytes.length) return undefined;
      return { rest: `${bytes.toString('utf8', 0, found.at)}[]${bytes.toString('utf8', found.end)}`, items: found.items };
    }
    if (bytes[i] !== COMMA) return undefined;
    i = skipSpace(bytes, i + 1);
  }
  return undefined;
}
