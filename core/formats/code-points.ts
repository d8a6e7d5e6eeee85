// Python tools (doccano, Label Studio) and the W3C TextPositionSelector count characters as
// Unicode code points; Newsmark stores UTF-16 code units. This converts between the two for one
// text, in one pass, so a thousand spans cost no more than one.

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export interface OffsetConverter {
  /** The code point offset of a UTF-16 offset (one inside a surrogate pair counts as its start). */
  toCodePoints(utf16: number): number;
  /** The UTF-16 offset of a code point offset, or null when it lies beyond the text. */
  toUtf16(codePoint: number): number | null;
}

/** A surrogate pair: the only place where code units and code points part. */
const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/** The conversion for a text without surrogate pairs, where both counts are the same: no tables (8 MB for 1 MB of text). */
function identity(length: number): OffsetConverter {
  return {
    toCodePoints: (utf16) => {
      const at = Math.max(0, Math.min(length, utf16));
      return Number.isInteger(at) ? at : length;
    },
    toUtf16: (codePoint) => (Number.isInteger(codePoint) && codePoint >= 0 && codePoint <= length ? codePoint : null),
  };
}

export function offsetConverter(text: string): OffsetConverter {
  if (!PAIR.test(text)) return identity(text.length);
  // cpAt[i]: code points before UTF-16 offset i; utf16At[c]: UTF-16 offset of code point c.
  const cpAt = new Uint32Array(text.length + 1);
  const utf16At: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i += 1) {
    cpAt[i] = cp;
    const pair = isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1));
    utf16At.push(i);
    if (pair) {
      i += 1;
      cpAt[i] = cp;
    }
    cp += 1;
  }
  cpAt[text.length] = cp;
  utf16At.push(text.length);
  return {
    toCodePoints: (utf16) => cpAt[Math.max(0, Math.min(text.length, utf16))] ?? cp,
    toUtf16: (codePoint) => (Number.isInteger(codePoint) && codePoint >= 0 ? (utf16At[codePoint] ?? null) : null),
  };
}
