// Each article's journal (articles/<id>.journal): the edits made since its file was last written
// whole, one line per edit, so saving an edit to a 7 MB article costs a few hundred bytes and one
// fsync instead of rewriting the file. A line says only what changed — annotations and links put
// or removed by id, and whichever small parts of the article were replaced — and carries a
// sequence number; the article file records the last number it already holds (`journalSeq`).
// Reading an article is its file plus the journal lines after that number, in order. Now and then
// (the journal has grown, a backup is due, the text changed, at close) the whole article is
// written again (compaction) and the journal removed.
//
// Why this keeps every acknowledged edit after a crash or a power cut: an edit is acknowledged
// only after its line is written and fsynced (and, for a new journal, its folder too). What a cut
// can leave is the line being written: a tail without its newline, or zeros, which reading drops
// (a torn tail was never acknowledged). The writer cuts such a tail off before its next append, so
// nothing is ever written after garbage. A compaction cut short leaves either the old file and the
// whole journal, or the new file and lines it already holds (skipped by their numbers). A complete
// line that does not read is damage, not a cut: it is kept aside and reported, never dropped silently.

import { copyFile, open, readFile, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Annotation, ArticleDocument, Relation } from '../model.js';
import { syncFolder } from './durable-json-adapter.js';
import { asideName } from './json-file.js';
import { annotationSchema, articleSchema, layerSchema, progressSchema, relationSchema, type ArticleFile } from './stored-schemas.js';

export const JOURNAL_SUFFIX = '.journal';

const byIdChangeSchema = <T extends z.ZodTypeAny>(item: T) => z.object({ put: z.array(item), del: z.array(z.string()) });

/** One journal line. `article` holds every field of the article but its text and versions (a new text is written whole). */
const changeSchema = z.object({
  seq: z.number().int().positive(),
  annotations: byIdChangeSchema(annotationSchema).optional(),
  relations: byIdChangeSchema(relationSchema).optional(),
  article: articleSchema.omit({ text: true, versions: true }).optional(),
  rejectedSuggestions: z.array(z.string()).optional(),
  /** null: removed. */
  layers: z.array(layerSchema).nullable().optional(),
  progress: progressSchema.nullable().optional(),
});

export type JournalChange = z.infer<typeof changeSchema>;

interface ById<T> {
  put: T[];
  del: string[];
}

/**
 * What turns `before` into `after` as puts and removals by id, where a put of a known id keeps its
 * place and a new id goes to the end (as a Map's set does). Undefined when `after` is not such a
 * change of `before` (items moved, a new one in the middle): the article is then written whole.
 * Items are compared by reference: the service never changes an annotation in place.
 */
export function diffById<T extends { id: string }>(before: readonly T[], after: readonly T[]): ById<T> | undefined {
  if (before === after) return { put: [], del: [] };
  const at = new Map<string, number>();
  before.forEach((item, i) => at.set(item.id, i));
  const put: T[] = [];
  const seen = new Set<string>();
  let last = -1;
  let appending = false;
  for (const item of after) {
    if (seen.has(item.id)) return undefined;
    seen.add(item.id);
    const i = at.get(item.id);
    if (i === undefined) {
      appending = true;
      put.push(item);
      continue;
    }
    if (appending || i < last) return undefined;
    last = i;
    if (item !== before[i]) put.push(item);
  }
  const del = before.filter((item) => !seen.has(item.id)).map((item) => item.id);
  return { put, del };
}

function articlePart(article: ArticleDocument['article']): JournalChange['article'] {
  const { text: _text, versions: _versions, ...rest } = article;
  return rest;
}

/** The journal line for `before` → `after`, or undefined when `after` must be written whole. */
export function changeBetween(before: ArticleFile, after: ArticleFile, seq: number): JournalChange | undefined {
  if (before.article.text !== after.article.text || before.article.versions !== after.article.versions) return undefined;
  const annotations = diffById(before.annotations, after.annotations);
  const relations = diffById(before.relations, after.relations);
  if (!annotations || !relations) return undefined;
  const change: JournalChange = { seq };
  if (annotations.put.length || annotations.del.length) change.annotations = annotations;
  if (relations.put.length || relations.del.length) change.relations = relations;
  if (before.article !== after.article) change.article = articlePart(after.article);
  if (before.rejectedSuggestions !== after.rejectedSuggestions) change.rejectedSuggestions = after.rejectedSuggestions;
  if (before.layers !== after.layers) change.layers = after.layers ?? null;
  if (before.progress !== after.progress) change.progress = after.progress ?? null;
  return change;
}

/** The article file with the journal's changes applied, in order. */
export function applyChanges(data: ArticleFile, changes: readonly JournalChange[]): ArticleFile {
  if (changes.length === 0) return data;
  const out: ArticleFile = { ...data };
  // Annotations and links are applied through one map each for the whole journal: replaying a
  // long journal costs its length, not its length times the article's.
  const annotations = new Map(data.annotations.map((a) => [a.id, a]));
  const relations = new Map(data.relations.map((r) => [r.id, r]));
  for (const change of changes) {
    for (const id of change.annotations?.del ?? []) annotations.delete(id);
    for (const a of change.annotations?.put ?? []) annotations.set(a.id, a as Annotation);
    for (const id of change.relations?.del ?? []) relations.delete(id);
    for (const r of change.relations?.put ?? []) relations.set(r.id, r as Relation);
    if (change.article)
      out.article = { ...change.article, text: out.article.text, ...(out.article.versions ? { versions: out.article.versions } : {}) };
    if (change.rejectedSuggestions) out.rejectedSuggestions = change.rejectedSuggestions;
    if (change.layers !== undefined) {
      if (change.layers === null) delete out.layers;
      else out.layers = change.layers;
    }
    if (change.progress !== undefined) {
      if (change.progress === null) delete out.progress;
      else out.progress = change.progress;
    }
  }
  out.annotations = [...annotations.values()];
  out.relations = [...relations.values()];
  return out;
}

/** What was read of a journal. */
export interface JournalRead {
  /** The lines after the file's `journalSeq`, in order. */
  changes: JournalChange[];
  /** The journal's size on disk (0 when there is none). */
  size: number;
  /** Where its last good line ends: anything after it is a torn tail or damage. */
  goodBytes: number;
  /** The last sequence number the file and journal hold together. */
  seq: number;
  /** Why reading stopped before the end on a complete line (damage, not a torn tail). */
  damage?: string;
}

/** Reads the journal at `path` against an article file that holds the changes up to `baseSeq`. */
export async function readJournal(path: string, baseSeq: number): Promise<JournalRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { changes: [], size: 0, goodBytes: 0, seq: baseSeq };
    throw err;
  }
  const changes: JournalChange[] = [];
  let seq = baseSeq;
  let offset = 0;
  let damage: string | undefined;
  while (offset < bytes.length) {
    const end = bytes.indexOf(10, offset);
    if (end < 0) break; // a torn tail: the line being written when the process stopped
    let change: JournalChange | undefined;
    try {
      const parsed = changeSchema.safeParse(JSON.parse(bytes.toString('utf8', offset, end)));
      if (parsed.success) change = parsed.data;
    } catch {
      // not JSON: handled below
    }
    if (!change) {
      // Zeros left by a power cut read as a torn tail; anything else complete is damage.
      if (!bytes.subarray(offset, end).every((b) => b === 0)) damage = `line ${changes.length + 1} of the journal does not read`;
      break;
    }
    if (change.seq > seq + 1) {
      damage = `the journal skips from change ${seq} to ${change.seq}`;
      break;
    }
    if (change.seq === seq + 1) {
      changes.push(change);
      seq = change.seq;
    } // else: a change the article file already holds (a compaction was cut short)
    offset = end + 1;
  }
  return { changes, size: bytes.length, goodBytes: offset, seq, ...(damage ? { damage } : {}) };
}

/** Keeps a damaged journal's bytes beside it before the writer cuts them off; returns where. */
export async function keepDamagedJournal(path: string): Promise<string> {
  const aside = asideName(path);
  await copyFile(path, aside);
  return aside;
}

/** The writer's side of one article's journal. */
export class ArticleJournal {
  constructor(
    readonly path: string,
    /** The last sequence number written (to the file or the journal). */
    public seq: number,
    /** The journal's size on disk. */
    public size: number,
    /** Where its last good line ends; a longer file has a tail to cut before the next append. */
    private goodBytes: number,
  ) {}

  /** Whether this process has flushed the journal's folder entry (a journal left by a crash may lack it). */
  private nameDurable = false;

  static fromRead(path: string, read: JournalRead): ArticleJournal {
    return new ArticleJournal(path, read.seq, read.size, read.goodBytes);
  }

  /** True when the journal holds edits the article file does not. */
  get pending(): boolean {
    return this.goodBytes > 0;
  }

  /** Appends one change (`text`: its JSON, numbered `seq`) and flushes it to disk; returns the journal's new size. */
  async append(text: string, seq: number): Promise<number> {
    const line = Buffer.from(`${text}\n`, 'utf8');
    const handle = await open(this.path, 'a');
    try {
      if (this.size > this.goodBytes) await handle.truncate(this.goodBytes);
      const { bytesWritten } = await handle.write(line);
      if (bytesWritten !== line.length) throw new Error(`journal write cut short (${bytesWritten} of ${line.length} bytes)`);
      await handle.datasync();
    } catch (err) {
      // What was written is unknown: cut back to the last good line before the next append.
      this.size = Number.MAX_SAFE_INTEGER;
      throw err;
    } finally {
      await handle.close();
    }
    if (!this.nameDurable) await syncFolder(dirname(this.path));
    this.nameDurable = true;
    this.goodBytes += line.length;
    this.size = this.goodBytes;
    this.seq = seq;
    return this.size;
  }

  /** The article file now holds everything: the journal goes (lines left by a cut are skipped by number). */
  async clear(): Promise<void> {
    await unlink(this.path).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    this.size = 0;
    this.goodBytes = 0;
    this.nameDurable = false;
  }
}
