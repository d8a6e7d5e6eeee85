// A Newsmark backup (its JSON export) read in pieces, from a file or from an upload in memory:
// the top-level object with `articles` emptied, each article less its annotations, and those
// 256 at a time, each piece read by the offsets backup-scan.ts found walking the file a chunk at
// a time. Nothing is parsed whole, and nothing bigger than a chunk, an article less its
// annotations or a batch of them is held at once; the offsets take 16 bytes an annotation. A
// file that cannot be walked so is left to the whole-file reader when it is small enough for it;
// a backup too big for that is refused, saying what is wrong.

import { isUtf8 } from 'node:buffer';
import { NewsmarkError } from '../../api/errors.js';
import { MAX_ANNOTATION_FILE_BYTES, megabytes, opensAsBackup } from '../../import/size-limits.js';
import { scanBackup, type ArticleSpan, type ByteSource } from './backup-scan.js';
import { parsedArticle, type ArticlePieces, type NativeSource } from './native-reader.js';
import { notUtf8, parseJson } from './read-json.js';
import { annotationFormatOf } from './sniff.js';

/** Annotations parsed per JSON.parse call: each batch's objects are dropped while the next is read. */
const BATCH = 256;

/** An article's annotations as pieces, each batch's bytes read when its turn comes. */
function batchesOf(fileName: string, source: ByteSource, offsets: Float64Array, path: (string | number)[]) {
  return function* batches() {
    const count = offsets.length / 2;
    for (let first = 0; first < count; first += BATCH) {
      const last = Math.min(first + BATCH, count) - 1;
      const bytes = source.range(offsets[2 * first]!, offsets[2 * last + 1]!);
      if (!isUtf8(bytes)) throw notUtf8(fileName);
      yield { first, items: parseJson(fileName, `[${bytes.toString('utf8')}]`, { path: [...path, 'annotations'], first }) as unknown[] };
    }
  };
}

/** An article of the file: the article less its annotations, then those a batch at a time (or, when they could not be walked, read whole). */
function articleAt(fileName: string, source: ByteSource, index: number, { start, end, annotations }: ArticleSpan): ArticlePieces {
  const path = ['articles', index];
  const count = (annotations?.length ?? 0) / 2;
  // Before its first annotation and after its last: the article with an empty list.
  const rest = annotations && count ? Buffer.concat([source.range(start, annotations[0]!), source.range(annotations[2 * count - 1]!, end)]) : source.range(start, end);
  if (!isUtf8(rest)) throw notUtf8(fileName);
  const parsed = parseJson(fileName, rest.toString('utf8'), { path });
  return annotations ? { index, rest: parsed, batches: batchesOf(fileName, source, annotations, path) } : parsedArticle(index, parsed);
}

/** Why a file that opens as a backup, too big to be read whole, cannot be walked. */
function unwalkable(fileName: string, source: ByteSource): NewsmarkError {
  const tail = source.range(Math.max(0, source.size - 4096), source.size).toString('latin1');
  const cut = !tail.trimEnd().endsWith('}'); // a backup ends with its closing "}"
  const why = cut
    ? `it stops after ${megabytes(source.size)} with its articles still open) — it ends too early; was it cut short?`
    : 'a Newsmark backup by its opening, but its lists and objects do not close where they should).';
  return new NewsmarkError('invalid-input', `${fileName} is not valid JSON (${why} Nothing was imported.`);
}

/**
 * The file as a native export in pieces; undefined when it is not one that can be walked, or is
 * over `wholeLimit` (the most the whole-file reader takes) without opening as Newsmark writes
 * backups: the whole-file reader then reads it, or says what is wrong. A backup over the limit
 * that cannot be walked is refused here.
 */
export function openBackup(fileName: string, source: ByteSource, wholeLimit = MAX_ANNOTATION_FILE_BYTES): NativeSource | undefined {
  const big = source.size > wholeLimit;
  // What is not ours keeps the size limit: the whole-file reader refuses it.
  if (big && !opensAsBackup(source.range(0, 64))) return undefined;
  const scan = scanBackup(source);
  if (!scan) {
    if (big) throw unwalkable(fileName, source);
    return undefined;
  }
  if (!isUtf8(scan.rest)) throw notUtf8(fileName);
  const head = parseJson(fileName, scan.rest.toString('utf8'));
  if (annotationFormatOf(head) !== 'json') return undefined;
  function* articles() {
    for (const [i, span] of scan!.articles.entries()) yield articleAt(fileName, source, i, span);
  }
  return { head, articles };
}
