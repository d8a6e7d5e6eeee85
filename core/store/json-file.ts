// Opens one JSON file of the store through lowdb (atomic writes: temp file + rename) and
// guards it: a file that will not parse, or does not fit its schema, is moved aside under a
// new name and reported; a file from a newer Newsmark is refused and left untouched.
// (lowdb's JSONFilePreset is not used: it silently keeps data in memory when NODE_ENV=test.)

import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { z } from 'zod';
import { NewsmarkError } from '../api/errors.js';
import { SCHEMA_VERSION } from '../model.js';

export type Versioned = { schemaVersion: number };

export class CorruptFileError extends NewsmarkError {
  constructor(
    readonly path: string,
    readonly movedTo: string,
    reason: string,
  ) {
    super('corrupt-store', `${path} could not be read (${reason}); it was moved aside to ${movedTo} and nothing in it was changed.`);
  }
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

async function moveAside(path: string, reason: string): Promise<never> {
  const movedTo = `${path}.corrupt-${timestamp()}`;
  await rename(path, movedTo);
  throw new CorruptFileError(path, movedTo, reason);
}

/** Reads `path` (or starts from `defaults` when it does not exist) and returns the lowdb handle. */
export async function openJsonFile<T extends Versioned>(
  path: string,
  schema: z.ZodType<T>,
  defaults: T,
): Promise<{ db: Low<T>; existed: boolean }> {
  const existed = existsSync(path);
  const db = new Low<T>(new JSONFile<T>(path), defaults);
  if (!existed) return { db, existed };
  let raw: unknown;
  try {
    await db.read();
    raw = db.data;
  } catch (err) {
    if (err instanceof SyntaxError) return moveAside(path, `not valid JSON: ${err.message}`);
    throw err;
  }
  if (raw === defaults) return moveAside(path, 'it holds no JSON object');
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
    return moveAside(path, `unexpected content at ${where}: ${first?.message ?? 'invalid'}`);
  }
  db.data = parsed.data;
  return { db, existed };
}
