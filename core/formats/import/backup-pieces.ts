// A Newsmark backup (its JSON export) read in pieces straight from its bytes: the top-level
// object with `articles` emptied, each article with its `annotations` emptied, and those a few
// hundred at a time (json-list-split.ts finds where each begins and ends, without parsing) — so a
// backup of any size is checked and imported without ever being one string or one tree of
// objects. A file the splitter cannot walk is left to the whole-file reader when it is small
// enough for it; a backup too big for that is refused, saying what is wrong.

import { isUtf8 } from 'node:buffer';
import { NewsmarkError } from '../../api/errors.js';
import { MAX_ANNOTATION_FILE_BYTES, megabytes, opensAsBackup } from '../../import/size-limits.js';
import { splitTopLevelList } from '../../store/json-list-split.js';
import { parsedArticle, type ArticlePieces, type NativeSource } from './native-reader.js';
import { notUtf8, parseJson } from './read-json.js';
import { annotationFormatOf } from './sniff.js';

/** Annotations parsed per JSON.parse call: each batch's objects are dropped while the next is read. */
const BATCH = 256;

function articleAt(fileName: string, bytes: Buffer, index: number): ArticlePieces {
  const path = ['articles', index];
  const split = splitTopLevelList(bytes, 'annotations');
  if (!split) return parsedArticle(index, parseJson(fileName, bytes.toString('utf8'), { path }));
  const { items } = split;
  function* batches() {
    for (let first = 0; first < items.length; first += BATCH) {
      const last = items[Math.min(first + BATCH, items.length) - 1]!;
      const text = `[${bytes.toString('utf8', items[first]!.start, last.end)}]`;
      yield { first, items: parseJson(fileName, text, { path: [...path, 'annotations'], first }) as unknown[] };
    }
  }
  return { index, rest: parseJson(fileName, split.rest, { path }), batches };
}

/** Why a file that opens as a backup, too big to be read whole, cannot be walked. */
function unwalkable(fileName: string, bytes: Buffer): NewsmarkError {
  let end = bytes.length - 1;
  while (end > 0 && /\s/.test(String.fromCharCode(bytes[end]!))) end -= 1;
  const cut = bytes[end] !== 0x7d; // a backup ends with its closing "}"
  const why = cut
    ? `it stops after ${megabytes(bytes.length)} with its articles still open) — it ends too early; was it cut short?`
    : 'a Newsmark backup by its opening, but its lists and objects do not close where they should).';
  return new NewsmarkError('invalid-input', `${fileName} is not valid JSON (${why} Nothing was imported.`);
}

/**
 * The file as a native export in pieces; undefined when it is not one the splitter can walk, or is
 * over `wholeLimit` (the most the whole-file reader takes) without opening as Newsmark writes
 * backups: the whole-file reader then reads it, or says what is wrong. A backup over the limit
 * that cannot be walked is refused here.
 */
export function openBackup(fileName: string, bytes: Buffer, wholeLimit = MAX_ANNOTATION_FILE_BYTES): NativeSource | undefined {
  const big = bytes.length > wholeLimit;
  const ours = opensAsBackup(bytes.subarray(0, 64));
  // What is not ours keeps the size limit: the whole-file reader refuses it.
  if (big && !ours) return undefined;
  const split = splitTopLevelList(bytes, 'articles');
  if (!split) {
    if (big) throw unwalkable(fileName, bytes);
    return undefined;
  }
  const head = parseJson(fileName, split.rest);
  if (annotationFormatOf(head) !== 'json') return undefined;
  if (!isUtf8(bytes)) throw notUtf8(fileName);
  function* articles() {
    for (const [i, { start, end }] of split!.items.entries()) yield articleAt(fileName, bytes.subarray(start, end), i);
  }
  return { head, articles };
}
