// Opens one JSON file of the store through lowdb (whole writes: see durable-json-adapter.ts) and
// guards it: a file that will not parse, or does not fit its schema, is moved aside under a
// new name and reported (a read-only opener only reports it); a file from a newer Newsmark is
// refused and left untouched.
// (lowdb's JSONFilePreset is not used: it silently keeps data in memory when NODE_ENV=test.)

import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { NewsmarkError } from '../api/errors.js';
import { SCHEMA_VERSION } from '../model.js';
import { DurableJsonFile } from './durable-json-adapter.js';

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

/** Reads `path` (or starts from `defaults` when it does not exist) and returns the lowdb handle. */
export async function openJsonFile<T extends Versioned>(
  path: string,
  schema: z.ZodType<T>,
  defaults: T,
  { readOnly = false }: OpenOptions = {},
): Promise<{ db: Low<T>; existed: boolean }> {
  const existed = existsSync(path);
  const db = freshJsonFile(path, defaults, { readOnly });
  if (!existed) return { db, existed };
  let raw: unknown;
  try {
    await db.read();
    raw = db.data;
  } catch (err) {
    if (err instanceof SyntaxError) return moveAside(path, `not valid JSON: ${err.message}`, readOnly);
    throw err;
  }
  if (raw === defaults) return moveAside(path, 'it holds no JSON object', readOnly);
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
  db.data = parsed.data;
  return { db, existed };
}
