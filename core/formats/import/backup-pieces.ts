// A Newsmark backup (its JSON export) read in pieces from its bytes, in memory or on disk: the
// top-level object with `articles` emptied, each article with its `annotations` emptied, and
// those 256 at a time. backup-scan.ts finds where each article begins and ends, reading a chunk
// at a time; in the first pass (the check) each article is read whole once and json-list-split.ts
// finds its annotations, whose offsets are kept (16 bytes each); the second pass (the import)
// reads the article less its annotations, then the annotations a batch at a time by those
// offsets. Nothing is parsed whole, and from a file at most one article's bytes are held at once,
// only while it is checked. A file that cannot be walked so is left to the whole-file reader when
// it is small enough for it; a backup too big for that is refused, saying what is wrong.

import { isUtf8 } from 'node:buffer';
import { NewsmarkError } from '../../api/errors.js';
import { MAX_ANNOTATION_FILE_BYTES, megabytes, opensAsBackup } from '../../import/size-limits.js';
import { splitTopLevelList } from '../../store/json-list-split.js';
import { scanTopLevelList, type ByteSource } from './backup-scan.js';
import { parsedArticle, type ArticlePieces, type NativeSource } from './native-reader.js';
import { notUtf8, parseJson } from './read-json.js';
import { annotationFormatOf } from './sniff.js';

/** Annotations parsed per JSON.parse call: each batch's objects are dropped while the next is read. */
const BATCH = 256;

/** Where an article's annotations begin and end in the file: [start, end] of each, in turn. */
type Offsets = Float64Array;

/** An article's annotations as pieces, each batch's bytes read when its turn comes. */
function batchesOf(fileName: string, source: ByteSource, offsets: Offsets, path: (string | number)[]) {
  return function* batches() {
    const count = offsets.length / 2;
    for (let first = 0; first < count; first += BATCH) {
      const last = Math.min(first + BATCH, count) - 1;
      const text = `[${source.range(offsets[2 * first]!, offsets[2 * last + 1]!).toString('utf8')}]`;
      yield { first, items: parseJson(fileName, text, { path: [...path, 'annotations'], first }) as unknown[] };
    }
  };
}

/**
 * The article at `start`–`end` of the file, read whole (the first pass: its annotations are found
 * in its bytes, and their offsets kept in `known`), or, its offsets known, a piece at a time.
 */
function articleAt(fileName: string, source: ByteSource, index: number, { start, end }: { start: number; end: number }, known: (Offsets | undefined)[]): ArticlePieces {
  const path = ['articles', index];
  const offsets = known[index];
  if (offsets) {
    const count = offsets.length / 2;
    // Before its first annotation and after its last: the article with an empty list.
    const rest = count ? Buffer.concat([source.range(start, offsets[0]!), source.range(offsets[2 * count - 1]!, end)]) : source.range(start, end);
    return { index, rest: parseJson(fileName, rest.toString('utf8'), { path }), batches: batchesOf(fileName, source, offsets, path) };
  }
  const bytes = source.range(start, end);
  if (!isUtf8(bytes)) throw notUtf8(fileName);
  const split = splitTopLevelList(bytes, 'annotations');
  if (!split) return parsedArticle(index, parseJson(fileName, bytes.toString('utf8'), { path }));
  const found = new Float64Array(split.items.length * 2);
  split.items.forEach((item, i) => {
    found[2 * i] = start + item.start;
    found[2 * i + 1] = start + item.end;
  });
  known[index] = found;
  const rest = parseJson(fileName, split.rest, { path });
  return { index, rest, batches: batchesOf(fileName, { size: bytes.length, range: (s, e) => bytes.subarray(s - start, e - start) }, found, path) };
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
  const scan = scanTopLevelList(source, 'articles');
  if (!scan) {
    if (big) throw unwalkable(fileName, source);
    return undefined;
  }
  if (!isUtf8(scan.rest)) throw notUtf8(fileName);
  const head = parseJson(fileName, scan.rest.toString('utf8'));
  if (annotationFormatOf(head) !== 'json') return undefined;
  // Each article's annotations are found in the first pass and read by their offsets in the next.
  const known: (Offsets | undefined)[] = [];
  function* articles() {
    for (const [i, item] of scan!.items.entries()) yield articleAt(fileName, source, i, item, known);
  }
  return { head, articles };
}
