// Conflicts as the user sees them: a document of the replica with more than one open branch —
// the same annotation edited on two machines, or deleted on one and edited on another. CouchDB
// keeps every branch and shows the same winner everywhere; Newsmark lists the others until a
// person keeps one version. Nothing is dropped before that.
//
// Which documents to look at is remembered in `_local/conflict-candidates` (ids seen with more
// than one leaf in the changes feed, or branched by a reconcile), so listing never scans the
// whole replica.

import { NewsmarkError } from '../api/errors.js';
import { articleIdOf, type SyncBody } from './sync-docs.js';
import { bodyOf, stripSettled, USER_DELETE } from './mirror.js';
import type { SyncDatabase } from './pouch.js';

const CANDIDATES = '_local/conflict-candidates';

export interface ConflictVersion {
  rev: string;
  /** Deleted on the machine this version comes from. */
  deleted: boolean;
  /** The shown version (CouchDB's winner, the same on every machine). */
  winner: boolean;
  body: SyncBody | null;
}

export interface SyncConflict {
  docId: string;
  articleId: string;
  /** What the document holds: an annotation, a link, the article itself. */
  type: SyncBody['type'];
  /** The annotation or link id, for the panel to mark it. */
  itemId?: string;
  versions: ConflictVersion[];
}

type Leaf = { _id: string; _rev: string; _deleted?: boolean; deletion?: string; settled?: string[] } & Record<string, unknown>;

function itemIdOf(body: SyncBody | null): string | undefined {
  if (!body) return undefined;
  if (body.type === 'annotation') return body.annotation.id;
  if (body.type === 'relation') return body.relation.id;
  return undefined;
}

export class Conflicts {
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly db: SyncDatabase) {}

  private async candidates(): Promise<{ _id: string; _rev?: string; ids: string[] }> {
    try {
      return (await this.db.get(CANDIDATES)) as unknown as { _id: string; _rev?: string; ids: string[] };
    } catch {
      return { _id: CANDIDATES, ids: [] };
    }
  }

  /** Remembers documents that may hold a conflict (one update of the list at a time). */
  watch(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return this.writes;
    this.writes = this.writes.then(async () => {
      const doc = await this.candidates();
      const next = [...new Set([...doc.ids, ...ids])];
      if (next.length !== doc.ids.length) await this.db.put({ ...doc, ids: next } as never);
    });
    return this.writes;
  }

  private async leaves(id: string): Promise<Leaf[]> {
    const rows = (await this.db.get(id, { open_revs: 'all' })) as unknown as { ok?: Leaf }[];
    return rows.flatMap((r) => (r.ok ? [r.ok] : []));
  }

  /** The branches still open on one document, or null when there is nothing to choose. */
  private async conflictOf(id: string): Promise<SyncConflict | null> {
    const leaves = await this.leaves(id);
    let winner: Leaf | undefined;
    try {
      winner = (await this.db.get(id)) as unknown as Leaf;
    } catch {
      winner = undefined;
    }
    const settled = new Set(winner?.settled ?? []);
    const open = leaves.filter(
      (l) => l._rev !== winner?._rev && !settled.has(l._rev) && (!l._deleted || l.deletion === USER_DELETE.deletion),
    );
    if (!winner || open.length === 0) return null;
    const versions: ConflictVersion[] = [winner, ...open].map((l) => ({
      rev: l._rev,
      deleted: Boolean(l._deleted),
      winner: l._rev === winner._rev,
      body: l._deleted ? null : stripSettled(bodyOf(l)),
    }));
    const shown = versions[0]!.body;
    return { docId: id, articleId: articleIdOf(id), type: shown?.type ?? 'annotation', itemId: itemIdOf(shown), versions };
  }

  /** Every open conflict; settled candidates are forgotten. */
  list(): Promise<SyncConflict[]> {
    let found: SyncConflict[] = [];
    this.writes = this.writes.then(async () => {
      const doc = await this.candidates();
      found = [];
      const still: string[] = [];
      for (const id of doc.ids) {
        const conflict = await this.conflictOf(id);
        if (conflict) {
          found.push(conflict);
          still.push(id);
        }
      }
      if (still.length !== doc.ids.length) await this.db.put({ ...doc, ids: still } as never);
    });
    return this.writes.then(() => found);
  }

  /**
   * Keeps one version: it becomes the document's content on every machine, and the other
   * branches are closed (their tombstones carry no delete mark, so they are not conflicts again).
   */
  async keep(docId: string, rev: string): Promise<void> {
    const conflict = await this.conflictOf(docId);
    const chosen = conflict?.versions.find((v) => v.rev === rev);
    if (!conflict || !chosen) throw new NewsmarkError('not-found', 'This conflict was already settled (perhaps on another machine).');
    const winner = conflict.versions.find((v) => v.winner)!;
    const leaves = await this.leaves(docId);
    const liveLosers = leaves.filter((l) => !l._deleted && l._rev !== winner.rev);
    const deletedLeaves = leaves.filter((l) => l._deleted).map((l) => l._rev);
    if (chosen.deleted) {
      await this.db.put({ _id: docId, _rev: winner.rev, ...USER_DELETE } as never);
    } else {
      await this.db.put({ _id: docId, _rev: winner.rev, ...chosen.body, settled: deletedLeaves } as never);
    }
    for (const loser of liveLosers) await this.db.remove(docId, loser._rev);
  }
}
