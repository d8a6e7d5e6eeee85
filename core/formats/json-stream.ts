// The exports' JSON (json-text.ts: two-space indentation, a final newline) written piece by
// piece, so an export of 100,000 annotations never exists as one string. Only what holds a big
// list is walked here (the document, an article, a list of annotations); everything else (each
// annotation) is handed to JSON.stringify, 64 values at a time, at its depth — which gives
// JSON.stringify's bytes exactly. A StreamedList is a list made item by item as it is written.
// Pieces stay well under V8's large-object size (128 KB): a bigger string is made in the old
// generation and lingers there until a full collection (256 W3C annotations a piece made ~40 MB
// more peak memory on an export of 100,000).

const BATCH = 64;
/** How far below a value to look for a big list that makes it worth walking. */
const LOOKAHEAD = 3;
const CHUNK_CHARS = 1 << 15;

/**
 * A list whose items are made while it is written; JSON.stringify sees an ordinary array. With
 * `texts`, the streamer writes the items' JSON texts it gives (each exactly jsonAt(item, indent))
 * instead of stringifying the items.
 */
export class StreamedList<T> {
  constructor(
    private readonly items: () => Iterable<T>,
    readonly texts?: (indent: string) => Iterable<string>,
  ) {}

  [Symbol.iterator](): Iterator<T> {
    return this.items()[Symbol.iterator]();
  }

  toJSON(): T[] {
    return [...this.items()];
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Whether `value` is, or holds within `depth` levels, a StreamedList or a list longer than a batch. */
function holdsBigList(value: unknown, depth = LOOKAHEAD): boolean {
  if (value instanceof StreamedList) return true;
  if (Array.isArray(value)) return value.length > BATCH || (depth > 0 && value.some((item) => holdsBigList(item, depth - 1)));
  if (!isPlainObject(value) || depth === 0) return false;
  for (const key in value) if (holdsBigList(value[key], depth - 1)) return true;
  return false;
}

/**
 * `value` stringified as it stands `level` levels deep: wrapped in that many arrays, so that
 * JSON.stringify itself indents it, then unwrapped ("[\n  [\n    " … "\n  ]\n]").
 */
function stringifiedAt(value: unknown, level: number): string {
  let wrapped = value;
  for (let i = 0; i < level; i += 1) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(2 * level + level * (level + 1), text.length - (2 * level + level * (level - 1)));
}

/**
 * JSON.stringify(value, null, 2) as it stands `indent` deep (its first line not indented). Only
 * the layout's line breaks are newlines in that text (a string's own are escaped), so each takes
 * the indent.
 */
export function jsonAt(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2);
  return indent ? text.replaceAll('\n', `\n${indent}`) : text;
}

/** A list's items: a batch of plain values at a time, or one value that must be walked. */
function* runs(items: Iterable<unknown>): Generator<{ batch: unknown[] } | { walked: unknown }> {
  let batch: unknown[] = [];
  for (const raw of items) {
    const item = skipped(raw) ? null : raw;
    if (!holdsBigList(item)) {
      batch.push(item);
      if (batch.length === BATCH) {
        yield { batch };
        batch = [];
      }
      continue;
    }
    if (batch.length) yield { batch };
    batch = [];
    yield { walked: item };
  }
  if (batch.length) yield { batch };
}

function* listPieces(items: Iterable<unknown>, indent: string, level: number): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  if (items instanceof StreamedList && items.texts) {
    for (const text of items.texts(inner)) {
      yield `${first ? '[' : ','}\n${inner}${text}`;
      first = false;
    }
    yield first ? '[]' : `\n${indent}]`;
    return;
  }
  for (const run of runs(items)) {
    if ('batch' in run) {
      const text = stringifiedAt(run.batch, level); // "[\n<inner>item,\n<inner>item\n<indent>]"
      yield `${first ? '[' : ','}${text.slice(1, text.length - indent.length - 2)}`;
    } else {
      yield `${first ? '[' : ','}\n${inner}`;
      yield* pieces(run.walked, inner, level + 1);
    }
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
}

function* pieces(value: unknown, indent: string, level: number): Generator<string> {
  if (!holdsBigList(value)) {
    yield stringifiedAt(value, level);
    return;
  }
  if (!isPlainObject(value)) {
    yield* listPieces(value as Iterable<unknown>, indent, level);
    return;
  }
  const inner = `${indent}  `;
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (skipped(item)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(item, inner, level + 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** jsonText(value), in pieces of about 64 K characters. */
export function* jsonTextChunks(value: unknown): Generator<string> {
  let buffer = '';
  for (const piece of pieces(value, '', 0)) {
    buffer += piece;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}\n`;
}
