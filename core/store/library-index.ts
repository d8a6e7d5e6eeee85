// The library's index (library.json): every article's summary, for the list, and the size and
// modification time its article file had when the summary was made, so that at open a changed
// file is found by one `stat` (index-check.ts). The article files are the truth: the index is a
// cache of them. It is kept in memory as a map (one summary changes in place, whatever the
// library's size) and written to disk a moment after the last change, compactly — not on every
// edit — and at close. A kill before that write costs nothing: the check at open finds the
// files the index is behind on and recounts them. The summaries are also kept by content hash,
// source URL and file name, so an import's duplicate and version checks are look-ups, not a scan
// of every article (1,000 scans of a growing library in a folder import).

import type { Low } from 'lowdb';
import { SCHEMA_VERSION, type ArticleSummary } from '../model.js';
import type { FileStamp } from './durable-json-adapter.js';
import { CorruptFileError, freshJsonFile, openJsonFile } from './json-file.js';
import { indexFileSchema, type IndexFile, type Settings } from './stored-schemas.js';

/** How long after the last change the index is written. */
const WRITE_DELAY_MS = 300;
/** How long after the first unwritten change it is written at the latest, while changes keep coming. */
const MAX_DELAY_MS = 5000;

/** The summary fields an import looks articles up by. */
export type LookupField = 'contentHash' | 'url' | 'source';

function lookupValue(summary: ArticleSummary, field: LookupField): string | undefined {
  return field === 'contentHash' ? summary.contentHash : summary.meta[field];
}

const LOOKUP_FIELDS: readonly LookupField[] = ['contentHash', 'url', 'source'];

export class LibraryIndex {
  private readonly summaries = new Map<string, ArticleSummary>();
  /** Each summary's place in `summaries` (the order list() gives), so a look-up answers in that order. */
  private readonly places = new Map<string, number>();
  private nextPlace = 0;
  /** For each look-up field, the ids of the summaries holding each value. */
  private readonly byField = new Map<LookupField, Map<string, Set<string>>>(LOOKUP_FIELDS.map((f) => [f, new Map()]));
  private readonly stamps = new Map<string, FileStamp>();
  private timer: NodeJS.Timeout | undefined;
  /** When the oldest change not yet written was made. */
  private pendingSince: number | undefined;
  private writing: Promise<void> = Promise.resolve();
  /** While above zero, writes wait (a batch of new articles is not on disk yet: see write-batch.ts). */
  private held = 0;
  /** What the user set once for the library (their name); kept in the index file beside the summaries. */
  private settingsValue: Settings;

  private constructor(
    private readonly db: Low<IndexFile>,
    private readonly readOnly: boolean,
    /** True when there was no usable index file: every article file is to be read. */
    readonly rebuilt: boolean,
  ) {
    for (const summary of db.data.articles) this.put(summary);
    for (const [id, stamp] of Object.entries(db.data.stamps)) this.stamps.set(id, stamp);
    this.settingsValue = db.data.settings ?? {};
  }

  get settings(): Settings {
    return this.settingsValue;
  }

  setSettings(settings: Settings): void {
    this.settingsValue = settings;
    this.schedule();
  }

  /** Reads library.json; a damaged one is moved aside (reported through `notices`) and rebuilt. */
  static async open(path: string, readOnly: boolean, notices: string[]): Promise<LibraryIndex> {
    const defaults = (): IndexFile => ({ schemaVersion: SCHEMA_VERSION, articles: [], stamps: {} });
    try {
      const { db, existed } = await openJsonFile(path, indexFileSchema, defaults(), { readOnly });
      return new LibraryIndex(db, readOnly, !existed);
    } catch (err) {
      if (!(err instanceof CorruptFileError)) throw err;
      notices.push(`${err.message} The library index was rebuilt from the article files.`);
      return new LibraryIndex(freshJsonFile(path, defaults(), { readOnly }), readOnly, true);
    }
  }

  list(): ArticleSummary[] {
    return [...this.summaries.values()];
  }

  ids(): string[] {
    return [...this.summaries.keys()];
  }

  get(id: string): ArticleSummary | undefined {
    return this.summaries.get(id);
  }

  stampOf(id: string): FileStamp | undefined {
    return this.stamps.get(id);
  }

  findByHash(contentHash: string): ArticleSummary | undefined {
    return this.withValue('contentHash', contentHash)[0];
  }

  /** The summaries whose `field` is `value`, in the order list() gives them. */
  withValue(field: LookupField, value: string): ArticleSummary[] {
    const ids = [...(this.byField.get(field)!.get(value) ?? [])];
    if (ids.length > 1) ids.sort((a, b) => this.places.get(a)! - this.places.get(b)!);
    return ids.map((id) => this.summaries.get(id)!);
  }

  /** Puts `summary` in the map and the look-ups (in place of the one it replaces). */
  private put(summary: ArticleSummary): void {
    this.unlist(summary.id);
    if (!this.places.has(summary.id)) this.places.set(summary.id, this.nextPlace++);
    this.summaries.set(summary.id, summary);
    for (const field of LOOKUP_FIELDS) {
      const value = lookupValue(summary, field);
      if (value === undefined) continue;
      const values = this.byField.get(field)!;
      const ids = values.get(value) ?? new Set<string>();
      values.set(value, ids.add(summary.id));
    }
  }

  /** Takes `id`'s summary out of the look-ups (it keeps its place). */
  private unlist(id: string): void {
    const old = this.summaries.get(id);
    if (!old) return;
    for (const field of LOOKUP_FIELDS) {
      const value = lookupValue(old, field);
      if (value === undefined) continue;
      const values = this.byField.get(field)!;
      const ids = values.get(value);
      ids?.delete(id);
      if (ids?.size === 0) values.delete(value);
    }
  }

  set(summary: ArticleSummary, stamp: FileStamp | undefined): void {
    this.put(summary);
    if (stamp) this.stamps.set(summary.id, stamp);
    else this.stamps.delete(summary.id);
    this.schedule();
  }

  delete(id: string): void {
    this.unlist(id);
    this.places.delete(id);
    if (!this.summaries.delete(id)) return;
    this.stamps.delete(id);
    this.schedule();
  }

  /**
   * Writes the index a moment after the last change (at most MAX_DELAY_MS after the first): a
   * burst of edits costs one write of the whole index, not one per 300 ms of editing — at 10,000
   * articles that write (5 MB stringified on the main thread, then fsynced) is what an edit's
   * time grew with.
   */
  private schedule(): void {
    if (this.readOnly) return;
    const now = Date.now();
    this.pendingSince ??= now;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), Math.min(WRITE_DELAY_MS, Math.max(0, this.pendingSince + MAX_DELAY_MS - now)));
    this.timer.unref?.();
  }

  /** Keeps the index from being written until the returned function is called (then it is written if due). */
  hold(): () => Promise<void> {
    this.held += 1;
    return () => {
      this.held -= 1;
      return this.flush();
    };
  }

  /** Writes the index now if anything changed since the last write (not while held). */
  flush(): Promise<void> {
    if (this.readOnly || this.held > 0) return this.writing;
    const due = this.timer !== undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pendingSince = undefined;
    if (due) {
      this.writing = this.writing
        .then(() => {
          this.db.data = { schemaVersion: SCHEMA_VERSION, ...(Object.keys(this.settingsValue).length ? { settings: this.settingsValue } : {}), articles: this.list(), stamps: Object.fromEntries(this.stamps) };
          return this.db.write();
        })
        // A failed index write loses nothing: the article files are the truth, the next open's
        // check brings the index back in line with them.
        .catch(() => undefined);
    }
    return this.writing;
  }

  /** Marks the index as changed (after a check at open that fixed it) so the next flush writes it. */
  touch(): void {
    this.schedule();
  }
}
