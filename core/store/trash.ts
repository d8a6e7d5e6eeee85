// Articles moved out of the library but not yet gone: `trash/<id>.json` holds the article file
// exactly as it was, so restoring it puts back every annotation. The file's modification time is
// set to the moment it was trashed, so the trash needs no index of its own.

import { mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { NewsmarkError } from '../api/errors.js';
import { SCHEMA_VERSION, countKinds, type ArticleMeta, type KindCounts } from '../model.js';
import { openJsonFile, refuseWrite } from './json-file.js';
import { articleFileSchema, type ArticleFile } from './stored-schemas.js';

export const TRASH_DIR = 'trash';

export interface TrashedArticle {
  id: string;
  title: string;
  meta: ArticleMeta;
  counts: KindCounts;
  trashedAt: string;
}

/** The file's content, or null when it cannot be read (a damaged file is moved aside by openJsonFile). */
async function readArticleFile(path: string, readOnly: boolean): Promise<ArticleFile | null> {
  try {
    return (await openJsonFile(path, articleFileSchema, { schemaVersion: SCHEMA_VERSION } as ArticleFile, { readOnly })).db.data;
  } catch {
    return null;
  }
}

export class Trash {
  constructor(
    readonly dir: string,
    private readonly readOnly = false,
  ) {}

  private path(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  /** Moves an article file in, stamping it with the time it was trashed. */
  async put(id: string, from: string, at: Date): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await rename(from, this.path(id));
    await utimes(this.path(id), at, at);
  }

  /** Moves an article file back out to `to`. */
  async take(id: string, to: string): Promise<void> {
    await rename(this.path(id), to).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') throw new NewsmarkError('not-found', `No article with id "${id}" in the trash.`);
      throw err;
    });
  }

  private async ids(): Promise<string[]> {
    const names = await readdir(this.dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [] as string[];
      throw err;
    });
    return names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length));
  }

  /** Everything in the trash, most recently trashed first. Unreadable files are left out. */
  async list(): Promise<TrashedArticle[]> {
    const out: TrashedArticle[] = [];
    for (const id of await this.ids()) {
      const path = this.path(id);
      const data = await readArticleFile(path, this.readOnly);
      if (!data) continue;
      const { title, meta } = data.article;
      out.push({ id, title, meta, counts: countKinds(data.annotations), trashedAt: (await stat(path)).mtime.toISOString() });
    }
    return out.sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
  }

  /** Deletes every file in the trash for good; returns how many articles went. */
  async empty(): Promise<number> {
    if (this.readOnly) refuseWrite();
    const ids = await this.ids();
    for (const id of ids) await rm(this.path(id), { force: true });
    return ids.length;
  }
}
