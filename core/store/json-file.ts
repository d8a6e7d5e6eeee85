// Opens one JSON file of the store through lowdb (whole writes: see durable-json-adapter.ts) and
// guards it: a file that will not parse, or does not fit its schema, is moved aside under a
// new name and reported (a read-only opener only reports it); a file from a newer Newsmark is
// refused and left untouched.
// (lowdb's JSONFilePreset is not used: it silently keeps data in memory when NODE_ENV=test.)

import { existsSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { NewsmarkError } from '../api/errors.js';
import { SCHEMA_VERSION } from '../model.js';
import { DurableJsonFile } from './durable-json-adapter.js';
import { splitTopLevelList, type ListSplit } from './json-list-split.js';

export type Versioned = { schemaVersion: number };

export class CorruptFileError extends NewsmarkError {
  constructor(
    readonly path: string,
    /** Where the file went; undefined when the library was opened read-only and it stayed put. */
    readonly movedTo: string | undefined,
    readonly reason: string,
  ) {
    super(
      'corrupt-store',
      movedTo
        ? `${path} could not be read (${reason}); it was moved aside to ${movedTo} and nothing in it was changed.`
        : `${path} could not be read (${reason}); it was left as it is.`,
    );
  }
}

/** The name a damaged file is kept under beside the original: never overwritten, never read as ours. */
export function asideName(path: string): string {
  return `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
}

async function moveAside(path: string, reason: string, readOnly: boolean): Promise<never> {
  if (readOnly) throw new CorruptFileError(path, undefined, reason);
  const movedTo = asideName(path);
  await rename(path, movedTo);
  throw new CorruptFileError(path, movedTo, reason);
}

export interface OpenOptions {
  /** Never write, rename or move anything (read-only commands beside the app). */
  readOnly?: boolean;
}

/** Refuses a write to a library opened read-only. */
export function refuseWrite(): never {
  throw new NewsmarkError('read-only', 'This library was opened read-only: nothing can be changed through it.');
}

/** A handle on `path` that starts from `defaults` without reading it (a file just moved aside, or left as it is). */
export function freshJsonFile<T>(path: string, defaults: T, { readOnly = false }: OpenOptions = {}): Low<T> {
  return new Low<T>(new DurableJsonFile<T>(path, readOnly ? refuseWrite : undefined), defaults);
}

/** A big list of the file read a batch of items at a time (json-list-split.ts), each item checked by `item`. */
export interface ListInPieces {
  key: string;
  item: z.ZodTypeAny;
  /**
   * Leave the items in the file's bytes instead of holding them: each is checked and shown to
   * `visit` once, and openJsonFile gives back a LazyList to read them again (the value's list is empty).
   */
  visit?: (item: unknown, index: number) => void;
}

/** A list left in the file's bytes, all of it checked: its items read again in any order. */
export interface LazyList {
  count: number;
  /** The items at `order`'s indexes, in that order, parsed again (neighbours in one parse) and checked. */
  read(order: ArrayLike<number>): Generator<unknown>;
}

export interface OpenJsonOptions extends OpenOptions {
  list?: ListInPieces;
}

/** Items parsed per JSON.parse call when a list is read in pieces. */
const PIECE = 256;

/** The file's JSON, and with `list` that list's bytes left unparsed (the value has it empty); null when the file is gone. */
async function readRaw(path: string, db: Low<unknown>, list: ListInPieces | undefined): Promise<{ raw: unknown; pieces?: { bytes: Buffer; split: ListSplit } }> {
  if (!list) {
    await db.read();
    return { raw: db.data };
  }
  const bytes = await readFile(path);
  const split = splitTopLevelList(bytes, list.key);
  if (split) {
    try {
      return { raw: JSON.parse(split.rest), pieces: { bytes, split } };
    } catch {
      // The whole file's own JSON.parse below says what is wrong (or reads what the split could not).
    }
  }
  return { raw: JSON.parse(bytes.toString('utf8')) };
}

/** The list's items, parsed a batch at a time and each checked; a string when one does not fit. */
function itemsInPieces({ bytes, split }: { bytes: Buffer; split: ListSplit }, list: ListInPieces): unknown[] | string {
  const out: unknown[] = [];
  for (const item of readItems(bytes, split.items, list)) {
    if (typeof item === 'string') return item;
    out.push(item.value);
  }
  return out;
}

/**
 * Each item checked and visited, none kept; a string when one does not fit. Reading them again
 * checks only those whose checked value differed from the parsed one (a default filled in, keys
 * put in the schema's order): the others are the same bytes, already found to fit.
 */
function visitInPieces({ bytes, split }: { bytes: Buffer; split: ListSplit }, list: ListInPieces, visit: NonNullable<ListInPieces['visit']>): LazyList | string {
  const { items } = split;
  const asParsed = new Uint8Array(items.length);
  let index = 0;
  for (const item of readItems(bytes, items, list, undefined, { asParsed, record: true })) {
    if (typeof item === 'string') return item;
    visit(item.value, index);
    index += 1;
  }
  return {
    count: items.length,
    *read(order) {
      for (const item of readItems(bytes, items, list, order, { asParsed, record: false })) {
        if (typeof item === 'string') throw new Error(`${list.key} read differently the second time: ${item}`); // the same bytes, checked before
        yield item.value;
      }
    },
  };
}

/** Whether `a` and `b` are the same JSON, keys in the same order (so they stringify alike). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameJson(x, (b as unknown[])[i]));
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The items at `order`'s indexes (without it, all in file order), runs of neighbours parsed
 * together, each checked: its value, or where it does not fit (and no more). With `known`, each
 * item's `asParsed` flag is recorded, or (record false) an item flagged is taken as parsed.
 */
function* readItems(
  bytes: Buffer,
  items: ListSplit['items'],
  list: ListInPieces,
  order?: ArrayLike<number>,
  known?: { asParsed: Uint8Array; record: boolean },
): Generator<{ value: unknown } | string> {
  const count = order ? order.length : items.length;
  const at = order ? (k: number) => order[k]! : (k: number) => k;
  for (let k = 0; k < count; ) {
    let last = k;
    while (last + 1 < count && last - k + 1 < PIECE && at(last + 1) === at(last) + 1) last += 1;
    const batch = JSON.parse(`[${bytes.toString('utf8', items[at(k)]!.start, items[at(last)]!.end)}]`) as unknown[];
    for (let j = 0; j < batch.length; j += 1) {
      const index = at(k + j);
      if (known && !known.record && known.asParsed[index]) {
        yield { value: batch[j] };
        continue;
      }
      const checked = list.item.safeParse(batch[j]);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        yield `${list.key}.${index}${issue?.path.length ? `.${issue.path.map(String).join('.')}` : ''}: ${issue?.message ?? 'invalid'}`;
        return;
      }
      if (known?.record) known.asParsed[index] = sameJson(batch[j], checked.data) ? 1 : 0;
      yield { value: checked.data };
    }
    k = last + 1;
  }
}

/**
 * Reads `path` (or starts from `defaults` when it does not exist) and returns the lowdb handle.
 * With `list`, that list is read in pieces: the file never becomes one string, nor its objects
 * exist twice (parsed and checked) at once.
 */
export async function openJsonFile<T extends Versioned>(
  path: string,
  schema: z.ZodType<T>,
  defaults: T,
  { readOnly = false, list }: OpenJsonOptions = {},
): Promise<{ db: Low<T>; existed: boolean; lazy?: LazyList }> {
  const existed = existsSync(path);
  const db = freshJsonFile(path, defaults, { readOnly });
  if (!existed) return { db, existed };
  let read: Awaited<ReturnType<typeof readRaw>>;
  try {
    read = await readRaw(path, db as Low<unknown>, list);
  } catch (err) {
    if (err instanceof SyntaxError) return moveAside(path, `not valid JSON: ${err.message}`, readOnly);
    throw err;
  }
  const { raw, pieces } = read;
  if (raw === defaults || !raw) return moveAside(path, 'it holds no JSON object', readOnly);
  const version = (raw as Partial<Versioned> | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new NewsmarkError(
      'unsupported-version',
      `${path} was written by a newer Newsmark (schema ${version}; this one reads up to ${SCHEMA_VERSION}). It was left untouched: update Newsmark to open it.`,
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? first.path.map(String).join('.') : '(top level)';
    return moveAside(path, `unexpected content at ${where}: ${first?.message ?? 'invalid'}`, readOnly);
  }
  if (pieces && list) {
    let items: unknown[] | LazyList | string;
    try {
      items = list.visit ? visitInPieces(pieces, list, list.visit) : itemsInPieces(pieces, list);
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw err;
      // A piece the split got wrong: the whole file is read as one, as without `list`.
      return openJsonFile(path, schema, defaults, { readOnly });
    }
    if (typeof items === 'string') return moveAside(path, `unexpected content at ${items}`, readOnly);
    if (!Array.isArray(items)) {
      db.data = parsed.data;
      return { db, existed, lazy: items };
    }
    (parsed.data as Record<string, unknown>)[list.key] = items;
  }
  db.data = parsed.data;
  return { db, existed };
}
