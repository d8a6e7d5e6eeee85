// Finds the items of a top-level list of a JSON object (a backup's `articles`) reading the bytes
// a chunk at a time, so a backup on disk is never read whole: each article's bytes are read again
// by their offsets when their turn comes (backup-pieces.ts). Like json-list-split.ts, which does
// the same for bytes in memory, it walks only the structure (strings are skipped with indexOf)
// and proves nothing about the JSON: it declines what it does not expect (an item that is no
// object or list, a second list of that name, bytes after the object), and the pieces it finds
// are parsed by JSON.parse, which rejects what is wrong in them.

import { readSync } from 'node:fs';
import { BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE, isSpace } from '../../store/json-list-split.js';

/** Bytes read a range at a time: an upload in memory, or a file on disk. */
export interface ByteSource {
  size: number;
  /** The bytes from `start` to `end` (exclusive). */
  range: (start: number, end: number) => Buffer;
}

export function bytesSource(bytes: Buffer): ByteSource {
  return { size: bytes.length, range: (start, end) => bytes.subarray(start, end) };
}

/** A file read by its descriptor, each range when asked for. */
export function fileSource(fd: number, size: number): ByteSource {
  return {
    size,
    range: (start, end) => {
      const bytes = Buffer.allocUnsafe(end - start);
      for (let read = 0; read < bytes.length; ) {
        const n = readSync(fd, bytes, read, bytes.length - read, start + read);
        if (n === 0) throw new Error(`the file ended at byte ${start + read} while being read (was it changed meanwhile?)`);
        read += n;
      }
      return bytes;
    },
  };
}

export interface ListScan {
  /** The object's bytes with the list emptied (`"key":[]`), to parse whole: it is small. */
  rest: Buffer;
  /** Where each item's bytes begin and end (end exclusive), in order. */
  items: { start: number; end: number }[];
}

const CHUNK = 1 << 20;

/** The items of the list under the top-level `key`, or undefined when the walk does not find it so. */
export function scanTopLevelList(source: ByteSource, key: string, chunkSize = CHUNK): ListScan | undefined {
  const wanted = Buffer.from(JSON.stringify(key), 'utf8');
  const items: ListScan['items'] = [];
  let depth = 0;
  let started = false;
  let closed = false;
  let inString = false;
  let escaped = false;
  /** A key of the object being read (with its quotes): keys are short. */
  let keyBytes: number[] | null = null;
  let expectKey = false;
  let keyIsWanted = false;
  let inList = false;
  let listStart = -1;
  let listEnd = -1;
  let itemStart = -1;
  for (let offset = 0; offset < source.size; offset += chunkSize) {
    const chunk = source.range(offset, Math.min(offset + chunkSize, source.size));
    let backslash = -1;
    for (let i = 0; i < chunk.length; i += 1) {
      const byte = chunk[i]!;
      if (inString) {
        keyBytes?.push(byte);
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) {
          inString = false;
          if (keyBytes) keyIsWanted = keyBytes.length === wanted.length && wanted.equals(Buffer.from(keyBytes));
          keyBytes = null;
        } else if (!keyBytes) {
          // Skip to the string's next quote or backslash in this chunk.
          if (backslash < i) backslash = chunk.indexOf(BACKSLASH, i);
          if (backslash < 0) backslash = chunk.length;
          const quote = chunk.indexOf(QUOTE, i);
          i = Math.min(quote < 0 ? chunk.length : quote, backslash) - 1;
        }
        continue;
      }
      if (isSpace(byte)) continue;
      if (closed || (depth === 0 && (started || byte !== OPEN_BRACE))) return undefined;
      if (byte === QUOTE) {
        inString = true;
        if (depth === 1 && expectKey) keyBytes = [QUOTE];
        else if (inList && depth === 2) return undefined;
        expectKey = false;
      } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        if (depth === 0) {
          started = true;
          expectKey = true;
        } else if (depth === 1 && keyIsWanted && byte === OPEN_BRACKET) {
          if (listStart >= 0) return undefined;
          listStart = offset + i;
          inList = true;
        } else if (inList && depth === 2) itemStart = offset + i;
        depth += 1;
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        depth -= 1;
        if (inList && depth === 2) items.push({ start: itemStart, end: offset + i + 1 });
        else if (inList && depth === 1) {
          inList = false;
          listEnd = offset + i + 1;
        } else if (depth === 0) closed = true;
      } else if (depth === 1 && byte === COMMA) {
        expectKey = true;
        keyIsWanted = false;
      } else if (inList && depth === 2 && byte !== COMMA) return undefined;
    }
  }
  if (!closed || listEnd < 0) return undefined;
  return { rest: Buffer.concat([source.range(0, listStart), Buffer.from('[]'), source.range(listEnd, source.size)]), items };
}
