// Articles moved out of the library but not yet gone: `trash/<entry>.json` holds the article file
// exactly as it was, so restoring it puts back every annotation. The entry is the article's id,
// or `<id>~<time>` when an article with that id is in the trash already (trashed, imported
// again, trashed again): nothing in the trash is ever overwritten. The file's modification time
// is set to the moment it was trashed, so the trash needs no index of its own.

import { mkdir, readFile, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { NewsmarkError } from '../api/errors.js';
import { countKinds, type ArticleMeta, type KindCounts } from '../model.js';
import { refuseWrite } from './json-file.js';
import { articleFileSchema, type ArticleFile } from './stored-schemas.js';

export const TRASH_DIR = 'trash';

export interface TrashedArticle {
  /** The trash entry, to restore it by (the article's id, or the id and a time). */
  id: string;
  title: string;
  meta: ArticleMeta;
  counts: KindCounts;
  trashedAt: string;
}

const ENTRY = /^[A-Za-z0-9_-]{1,100}(?:~\d+)?$/;

/** The article id a trash entry holds. */
export function articleIdOf(entry: string): string {
  return entry.split('~')[0]!;
}

export class Trash {
  constructor(
    readonly dir: string,
    private readonly readOnly = false,
  ) {}

  private path(entry: string): string {
    if (!ENTRY.test(entry)) throw new NewsmarkError('not-found', `No article with id "${entry}" in the trash.`);
    return join(this.dir, `${entry}.json`);
  }

  /** Moves an article file in, stamping it with the time it was trashed. */
  async put(id: string, from: string, at: Date): Promise<void> {
    if (this.readOnly) refuseWrite();
    await mkdir(this.dir, { recursive: true });
    const taken = await stat(this.path(id)).then(() => true, () => false);
    const entry = taken ? `${id}~${at.getTime()}` : id;
    await rename(from, this.path(entry));
    await utimes(this.path(entry), at, at);
  }

  /** The trashed article file, read and checked. */
  async read(entry: string): Promise<ArticleFile> {
    let text: string;
    try {
      text = await readFile(this.path(entry), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new NewsmarkError('not-found', `No article with id "${entry}" in the trash.`);
      throw err;
    }
    const parsed = (() => {
      try {
        return articleFileSchema.safeParse(JSON.parse(text));
      } catch {
        return undefined;
      }
    })();
    if (!parsed?.success) throw new NewsmarkError('corrupt-store', `The trashed file ${this.path(entry)} cannot be read; it was left as it is.`);
    return parsed.data;
  }

  /** Moves a trashed article file back out to `to`. */
  async take(entry: string, to: string): Promise<void> {
    if (this.readOnly) refuseWrite();
    await rename(this.path(entry), to);
  }

  /** Deletes one entry (once it has been restored as a copy). */
  async discard(entry: string): Promise<void> {
    if (this.readOnly) refuseWrite();
    await rm(this.path(entry), { force: true });
  }

  private async entries(): Promise<string[]> {
    const names = await readdir(this.dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [] as string[];
      throw err;
    });
    return names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length)).filter((e) => ENTRY.test(e));
  }

  /** Everything in the trash, most recently trashed first. Unreadable files are left out. */
  async list(): Promise<TrashedArticle[]> {
    const out: TrashedArticle[] = [];
    for (const entry of await this.entries()) {
      const data = await this.read(entry).catch(() => undefined);
      if (!data) continue;
      const { title, meta } = data.article;
      out.push({ id: entry, title, meta, counts: countKinds(data.annotations), trashedAt: (await stat(this.path(entry))).mtime.toISOString() });
    }
    return out.sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
  }

  /** Deletes every file in the trash for good; returns the ids of the articles that went. */
  async empty(): Promise<string[]> {
    if (this.readOnly) refuseWrite();
    const entries = await this.entries();
    for (const entry of entries) await rm(this.path(entry), { force: true });
    return entries.map(articleIdOf);
  }
}
