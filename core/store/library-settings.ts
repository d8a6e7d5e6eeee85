// The library's settings (the user's name, the ClaimReview publisher) in a file of their own,
// settings.json, with a copy in the index. The index (library.json) is a cache that is rebuilt from the article files when it
// is damaged, and a name kept only there was lost with it; now either file brings it back. A
// library from before this file has its name only in the index: it is taken from there.

import { join } from 'node:path';
import type { Low } from 'lowdb';
import { z } from 'zod';
import { SCHEMA_VERSION } from '../model.js';
import { CorruptFileError, freshJsonFile, openJsonFile } from './json-file.js';
import { settingsSchema, type Settings } from './stored-schemas.js';

export const SETTINGS_FILE = 'settings.json';

const settingsFileSchema = z.object({ schemaVersion: z.number().int().positive(), settings: settingsSchema });
type SettingsFile = z.infer<typeof settingsFileSchema>;

export class LibrarySettings {
  private constructor(private readonly db: Low<SettingsFile>) {}

  /** Reads settings.json; when it is missing or damaged (moved aside, reported), the index's copy stands in. */
  static async open(dir: string, readOnly: boolean, indexCopy: Settings, notices: string[]): Promise<LibrarySettings> {
    const path = join(dir, SETTINGS_FILE);
    const defaults = (): SettingsFile => ({ schemaVersion: SCHEMA_VERSION, settings: indexCopy });
    try {
      const { db, existed } = await openJsonFile(path, settingsFileSchema, defaults(), { readOnly });
      // A library from before settings.json: its name is written there at once, before the index can lose it.
      if (!existed && !readOnly && Object.keys(indexCopy).length) await db.write();
      return new LibrarySettings(db);
    } catch (err) {
      if (!(err instanceof CorruptFileError)) throw err;
      const kept = indexCopy.annotator ? ` Your name (${indexCopy.annotator}) was taken from the library index.` : '';
      notices.push(`${err.message}${kept}`);
      return new LibrarySettings(freshJsonFile(path, defaults(), { readOnly }));
    }
  }

  get value(): Settings {
    return this.db.data.settings;
  }

  async put(settings: Settings): Promise<void> {
    this.db.data = { schemaVersion: SCHEMA_VERSION, settings };
    await this.db.write();
  }
}
