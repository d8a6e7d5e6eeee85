// The first gate for an annotation file: not too big (checked before decoding or parsing), UTF-8,
// JSON, and not nested absurdly deep. The depth walk keeps its own stack, so a hostile file
// cannot overflow ours; JSON.parse itself copes with deep nesting.

import { NewsmarkError } from '../../api/errors.js';
import { annotationFileTooLarge, base64Bytes } from '../../import/size-limits.js';
import { formatPath, type JsonPath } from './problems.js';

/** Newsmark's own files nest about 8 levels deep, W3C collections about 9. */
export const MAX_DEPTH = 64;

interface Pending {
  value: object;
  depth: number;
  /** How this value was reached, walked back only when it is too deep (no path copies per value). */
  parent: Pending | null;
  key: string | number;
}

function pathOf(pending: Pending): JsonPath {
  const path: (string | number)[] = [];
  for (let at: Pending | null = pending; at?.parent; at = at.parent) path.unshift(at.key);
  return path;
}

/** The path of the first value nested deeper than `limit`, or null. */
function tooDeep(root: unknown, limit = MAX_DEPTH): JsonPath | null {
  if (root === null || typeof root !== 'object') return null;
  const stack: Pending[] = [{ value: root, depth: 0, parent: null, key: '' }];
  while (stack.length) {
    const pending = stack.pop()!;
    const { value, depth } = pending;
    if (depth >= limit) return pathOf(pending);
    if (Array.isArray(value)) {
      value.forEach((child: unknown, key) => {
        if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1, parent: pending, key });
      });
      continue;
    }
    for (const key in value) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1, parent: pending, key });
    }
  }
  return null;
}

/** The file's text: not too big (checked before decoding), and UTF-8. */
export function annotationText(fileName: string, bytes: Buffer, maxBytes?: number): string {
  const tooLarge = annotationFileTooLarge(fileName, bytes.length, bytes.subarray(0, 64), maxBytes);
  if (tooLarge) throw new NewsmarkError('too-large', tooLarge);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw notUtf8(fileName);
  }
}

export function notUtf8(fileName: string): NewsmarkError {
  return new NewsmarkError('bad-encoding', `${fileName} is not UTF-8 text, so it cannot be a JSON annotation file.`);
}

/** An upload's bytes, its size checked from the base64 length before anything is decoded. */
export function uploadBytes(fileName: string, contentBase64: string): Buffer {
  const head = Buffer.from(contentBase64.slice(0, 64), 'base64');
  const tooLarge = annotationFileTooLarge(fileName, base64Bytes(contentBase64), head);
  if (tooLarge) throw new NewsmarkError('too-large', tooLarge);
  return Buffer.from(contentBase64, 'base64');
}

/**
 * Where a piece of a file read in pieces sits: the path of its value in the file, and for a batch
 * of a list's items (parsed as one JSON list) the index of its first item in that list.
 */
export interface PieceAt {
  path: JsonPath;
  first?: number;
}

/**
 * JSON text parsed, and not nested absurdly deep; `where` names the file or its part ("x.jsonl
 * line 3"); `piece`, where in the file the text is, when it is read in pieces.
 */
export function parseJson(where: string, text: string, piece?: PieceAt): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const truncated = /end of JSON input|Unterminated/i.test((err as Error).message) ? ' — it ends too early; was it cut short?' : '';
    const at = piece ? `${formatPath(piece.path)}${piece.first === undefined ? '' : `, from item ${piece.first}`}: ` : '';
    throw new NewsmarkError('invalid-input', `${where} is not valid JSON (${at}${(err as Error).message})${truncated || '.'} Nothing was imported.`);
  }
  const base = piece?.path ?? [];
  const deep = tooDeep(value, MAX_DEPTH - base.length);
  if (deep) {
    const path = piece?.first === undefined ? deep : [(deep[0] as number) + piece.first, ...deep.slice(1)];
    throw new NewsmarkError('invalid-input', `${where} nests more than ${MAX_DEPTH} levels deep (at ${formatPath([...base, ...path])}); no Newsmark or W3C file does. Nothing was imported.`);
  }
  return value;
}

/**
 * JSON Lines (doccano): named .jsonl or .ndjson, or text that is not one JSON value but whose
 * lines each open an object. Each non-empty line parsed; null when the text is not JSON Lines.
 */
export function readJsonLines(fileName: string, text: string): unknown[] | null {
  const named = /\.(?:jsonl|ndjson)$/i.test(fileName);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const filled = lines.map((line, i) => ({ line, n: i + 1 })).filter(({ line }) => line.trim() !== '');
  if (!named) {
    if (filled.length < 2 || !filled.every(({ line }) => line.trimStart().startsWith('{'))) return null;
    try {
      JSON.parse(text);
      return null;
    } catch {
      // not one JSON value: JSON Lines
    }
  }
  return filled.map(({ line, n }) => parseJson(`${fileName} line ${n}`, line));
}
