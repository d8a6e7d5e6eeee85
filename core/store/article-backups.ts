// Rolling backups of each article file, in backups/<id>/<time>.json: before an article
// file is replaced, its current (whole, fsynced) version is kept — at most once every few minutes
// per article, so the backups span the last stretch of work instead of the last few keystrokes.
// A backup is a hard link to the file being replaced (no bytes copied; the rename that follows
// gives the article a new file and leaves the old one to the backup), or a copy where links are
// not allowed. The newest few are kept, within a size budget per article. A damaged article file
// is restored from its newest backup that reads well.

import { copyFile, link, mkdir, readFile, readdir, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { countKinds, type KindCounts } from '../model.js';
import { syncFolder } from './durable-json-adapter.js';
import { articleFileSchema, type ArticleFile } from './stored-schemas.js';

export const BACKUPS_DIR = 'backups';
/** Backups kept per article. */
export const BACKUPS_KEPT = 5;
/** Past the newest backup, older ones are dropped once an article's backups exceed this. */
export const BACKUP_BYTES_PER_ARTICLE = 64 * 1024 * 1024;
/** An article is backed up at most this often (and on its first change after each open). */
export const BACKUP_INTERVAL_MS = 5 * 60 * 1000;

export interface BackupInfo {
  /** The backup's name, to restore it by. */
  id: string;
  savedAt: string;
  size: number;
  counts: KindCounts;
  title: string;
}

const NAME = /^(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-\d+)?\.json$/;

/** 2026-12-01T10:42:00.000Z ↔ 2026-12-01T10-42-00-000Z (a file name every system accepts). */
function nameOf(at: Date, n: number): string {
  return `${at.toISOString().replace(/[:.]/g, '-')}${n ? `-${n}` : ''}.json`;
}

function savedAtOf(name: string): string {
  const stem = NAME.exec(name)![1]!;
  return `${stem.slice(0, 13)}:${stem.slice(14, 16)}:${stem.slice(17, 19)}.${stem.slice(20, 23)}Z`;
}

export class ArticleBackups {
  private readonly lastBackup = new Map<string, number>();

  constructor(
    readonly dir: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private folder(id: string): string {
    return join(this.dir, id);
  }

  /** Backup file names of an article, newest first. */
  private async names(id: string): Promise<string[]> {
    const names = await readdir(this.folder(id)).catch(() => [] as string[]);
    return names.filter((n) => NAME.test(n)).sort((a, b) => savedAtOf(b).localeCompare(savedAtOf(a)) || b.localeCompare(a));
  }

  /** Whether the next replacement of the article's file keeps a backup (none taken lately, or `force`). */
  due(id: string, { force = false } = {}): boolean {
    const last = this.lastBackup.get(id);
    return force || last === undefined || this.clock().getTime() - last >= BACKUP_INTERVAL_MS;
  }

  /** Keeps the file at `path` (about to be replaced) as a backup, unless one was taken lately. */
  async beforeReplace(id: string, path: string, { force = false } = {}): Promise<void> {
    const now = this.clock();
    if (!this.due(id, { force })) return;
    const size = await stat(path).then((s) => s.size, () => -1);
    if (size <= 0) return; // nothing (whole) to keep
    this.lastBackup.set(id, now.getTime());
    const folder = this.folder(id);
    await mkdir(folder, { recursive: true });
    const taken = new Set(await this.names(id));
    let n = 0;
    while (taken.has(nameOf(now, n))) n += 1;
    const target = join(folder, nameOf(now, n));
    await link(path, target).catch(() => copyFile(path, target));
    await syncFolder(folder);
    await this.prune(id);
  }

  private async prune(id: string): Promise<void> {
    let bytes = 0;
    const names = await this.names(id);
    for (const [i, name] of names.entries()) {
      const path = join(this.folder(id), name);
      bytes += await stat(path).then((s) => s.size, () => 0);
      if (i >= BACKUPS_KEPT || (i > 0 && bytes > BACKUP_BYTES_PER_ARTICLE)) await unlink(path).catch(() => undefined);
    }
  }

  private async read(id: string, name: string): Promise<ArticleFile | undefined> {
    try {
      const parsed = articleFileSchema.safeParse(JSON.parse(await readFile(join(this.folder(id), name), 'utf8')));
      return parsed.success && parsed.data.article.id === id ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** The article's backups that read well, newest first. */
  async list(id: string): Promise<BackupInfo[]> {
    const out: BackupInfo[] = [];
    for (const name of await this.names(id)) {
      const data = await this.read(id, name);
      if (!data) continue;
      const size = await stat(join(this.folder(id), name)).then((s) => s.size, () => 0);
      out.push({ id: name, savedAt: savedAtOf(name), size, counts: countKinds(data.annotations), title: data.article.title });
    }
    return out;
  }

  /** One backup's content, or undefined when it is gone or does not read well. */
  async get(id: string, backupId: string): Promise<{ data: ArticleFile; savedAt: string } | undefined> {
    if (!NAME.test(backupId)) return undefined;
    const data = await this.read(id, backupId);
    return data && { data, savedAt: savedAtOf(backupId) };
  }

  /** The newest backup that reads well. */
  async newestGood(id: string): Promise<{ data: ArticleFile; savedAt: string } | undefined> {
    for (const name of await this.names(id)) {
      const found = await this.get(id, name);
      if (found) return found;
    }
    return undefined;
  }

  /** Drops an article's backups (its trash was emptied). */
  async forget(id: string): Promise<void> {
    this.lastBackup.delete(id);
    await rm(this.folder(id), { recursive: true, force: true });
  }
}
