// Walks a Newsmark backup's structure reading its bytes a chunk at a time (from a file, or from
// an upload in memory): where each article of its `articles` begins and ends, and where each of
// its annotations does, so that the backup is never read whole — each piece is read again by its
// offsets when its turn comes (backup-pieces.ts). As json-list-split.ts does for a file in memory,
// it follows only the structure (strings are skipped with indexOf) and proves nothing about the
// JSON: it declines what it does not expect (an article that is no object or list, a second
// `articles`, bytes after the object), and every piece it finds is parsed by JSON.parse, which
// rejects what is wrong in it.

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

/** Where an article is in the file, and each of its annotations: [start, end] in turn. */
export interface ArticleSpan {
  start: number;
  end: number;
  /** undefined when its `annotations` could not be walked (no such list, an item that is no object): it is then read whole. */
  annotations?: Float64Array;
}

export interface BackupScan {
  /** The backup's top-level object with `articles` emptied, to parse whole: it is small. */
  rest: Buffer;
  articles: ArticleSpan[];
}

const CHUNK = 1 << 20;

const ARTICLES = Buffer.from('"articles"');
const ANNOTATIONS = Buffer.from('"annotations"');

/**
 * Walks a backup's structure a chunk at a time: where each item of its top-level `articles` list
 * begins and ends, and in each article object where each item of its `annotations` list does.
 * undefined when the walk does not find the backup so (the caller reads it another way).
 */
export function scanBackup(source: ByteSource, chunkSize = CHUNK): BackupScan | undefined {
  const articles: ArticleSpan[] = [];
  let depth = 0;
  let started = false;
  let closed = false;
  let inString = false;
  let escaped = false;
  /** A key being read (with its quotes), of the top-level object or of an article: keys are short. */
  let keyBytes: number[] | null = null;
  let expectKey = false;
  /** Which list the last key named: `articles` at the top, `annotations` in an article. */
  let named: 'articles' | 'annotations' | null = null;
  let inArticles = false;
  let listStart = -1;
  let listEnd = -1;
  let article: { start: number; object: boolean; annotations: number[] | null; walkable: boolean } | null = null;
  let inAnnotations = false;
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
          if (keyBytes) {
            const key = Buffer.from(keyBytes);
            named = depth === 1 && key.equals(ARTICLES) ? 'articles' : depth === 3 && key.equals(ANNOTATIONS) ? 'annotations' : null;
          }
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
      const at = offset + i;
      if (byte === QUOTE) {
        inString = true;
        if (expectKey && (depth === 1 || (depth === 3 && article?.object))) keyBytes = [QUOTE];
        else if (inArticles && depth === 2) return undefined;
        else if (inAnnotations && depth === 4) article!.walkable = false;
        expectKey = false;
      } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        if (depth === 0) {
          started = true;
          expectKey = true;
        } else if (depth === 1 && named === 'articles' && byte === OPEN_BRACKET) {
          if (listStart >= 0) return undefined;
          listStart = at;
          inArticles = true;
        } else if (inArticles && depth === 2) {
          article = { start: at, object: byte === OPEN_BRACE, annotations: null, walkable: true };
          expectKey = byte === OPEN_BRACE;
        } else if (article && depth === 3 && named === 'annotations' && byte === OPEN_BRACKET) {
          if (article.annotations) article.walkable = false;
          article.annotations = [];
          inAnnotations = true;
        } else if (inAnnotations && depth === 4) itemStart = at;
        depth += 1;
        named = null;
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        depth -= 1;
        if (inAnnotations && depth === 4) article!.annotations!.push(itemStart, at + 1);
        else if (inAnnotations && depth === 3) inAnnotations = false;
        else if (inArticles && depth === 2) {
          const { start, annotations, walkable } = article!;
          articles.push({ start, end: at + 1, ...(annotations && walkable ? { annotations: Float64Array.from(annotations) } : {}) });
          article = null;
        } else if (inArticles && depth === 1) {
          inArticles = false;
          listEnd = at + 1;
        } else if (depth === 0) closed = true;
      } else if (byte === COMMA) {
        if (depth === 1 || (depth === 3 && article?.object)) {
          expectKey = true;
          named = null;
        }
      } else if (inArticles && depth === 2) return undefined;
      else if (inAnnotations && depth === 4) article!.walkable = false;
    }
  }
  if (!closed || listEnd < 0) return undefined;
  return { rest: Buffer.concat([source.range(0, listStart), Buffer.from('[]'), source.range(listEnd, source.size)]), articles };
}
