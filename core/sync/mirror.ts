// The library's replica for team sync: a local PouchDB (LevelDB in `<library>/sync/replica`)
// holding the library as small documents (sync-docs.ts). Replication moves documents between it
// and the team's CouchDB; `reconcile` moves changes between it and the library, one article at a
// time, in both directions, without losing either side:
//
// For each document it remembers the revision the library last agreed with and a hash of that
// content (`_local/applied:<article>`, never replicated). Then only the library changed → the
// change is written to the replica; only the replica changed (a colleague's edit arrived) → it is
// taken into the library; both changed → the library's version is added as a second branch of the
// document's revision tree, so CouchDB's own conflict handling keeps both and every machine
// agrees which one shows until a person chooses (see conflicts.ts).

import { createHash, randomUUID } from 'node:crypto';
import type { ArticleDocument } from '../model.js';
import { articleRange, canonicalJson, fromSyncBodies, sameArticle, toSyncBodies, type SyncBody } from './sync-docs.js';
import type { SyncDatabase } from './pouch.js';

const DELETED = 'deleted';

/**
 * A tombstone that records a person's delete. Tombstones left by resolving a conflict carry no
 * mark, so a delete made on one machine against an edit on another stays visible as a conflict.
 */
export const USER_DELETE = { _deleted: true, deletion: 'user' } as const;

interface Applied {
  rev: string;
  hash: string;
}

type AppliedDoc = { _id: string; _rev?: string; docs: Record<string, Applied> };

/** The winning revision of a replica document (or its tombstone). */
interface ReplicaDoc {
  rev: string;
  body: SyncBody | null;
}

/** What the library should do with an article after a reconcile. */
export type LibraryOutcome = { kind: 'none' } | { kind: 'write'; doc: ArticleDocument } | { kind: 'trash' };

export interface Reconciled {
  outcome: LibraryOutcome;
  /** Documents that now hold two versions (edited here and elsewhere since they last agreed). */
  branched: string[];
}

export function bodyHash(body: SyncBody | null | undefined): string {
  if (!body) return DELETED;
  return createHash('sha256')
    .update(canonicalJson(stripSettled(body)))
    .digest('hex')
    .slice(0, 32);
}

/** Bookkeeping that rides in a document (settled conflicts) but is not the library's content. */
export function stripSettled(body: SyncBody): SyncBody {
  if (!('settled' in body)) return body;
  const { settled: _settled, ...rest } = body as SyncBody & { settled?: string[] };
  return rest as SyncBody;
}

/** A replica document's content without CouchDB's own fields. */
export function bodyOf(doc: object): SyncBody {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_')) body[key] = value;
  return body as unknown as SyncBody;
}

export class Replica {
  /** Revisions this process wrote ("id rev"), so the changes feed can pass over its own writes. */
  private readonly own = new Set<string>();

  constructor(readonly db: SyncDatabase) {}

  /** Whether a change in the replica's feed is one this process just made (and forgets it). */
  isOwnChange(id: string, revs: readonly string[]): boolean {
    if (revs.length !== 1 || !this.own.has(`${id} ${revs[0]}`)) return false;
    this.own.delete(`${id} ${revs[0]}`);
    return true;
  }

  private appliedId(articleId: string): string {
    return `_local/applied:${articleId}`;
  }

  private async readApplied(articleId: string): Promise<AppliedDoc> {
    try {
      return (await this.db.get(this.appliedId(articleId))) as unknown as AppliedDoc;
    } catch {
      return { _id: this.appliedId(articleId), docs: {} };
    }
  }

  /** Every article id the replica holds documents for. */
  async articleIds(): Promise<string[]> {
    const all = await this.db.allDocs();
    return [...new Set(all.rows.map((r) => r.id.slice(0, r.id.indexOf('/'))).filter(Boolean))];
  }

  /** The winners of an article's documents, tombstones included for ids we know of. */
  private async read(articleId: string, known: readonly string[]): Promise<Map<string, ReplicaDoc>> {
    const out = new Map<string, ReplicaDoc>();
    const live = await this.db.allDocs({ ...articleRange(articleId), include_docs: true });
    for (const row of live.rows) out.set(row.id, { rev: row.value.rev, body: bodyOf(row.doc as object) });
    const missing = known.filter((id) => !out.has(id));
    if (missing.length > 0) {
      const rows = (await this.db.allDocs({ keys: missing })).rows as { key: string; value?: { rev: string; deleted?: boolean } }[];
      for (const row of rows) if (row.value) out.set(row.key, { rev: row.value.rev, body: null });
    }
    return out;
  }

  /**
   * Brings the library's article and the replica's documents together (see the top of this file).
   * `local` is the library's article, or null when the library has none (never had it, or trashed).
   */
  async reconcile(articleId: string, local: ArticleDocument | null, tries = 3): Promise<Reconciled> {
    const applied = await this.readApplied(articleId);
    const localBodies = local ? toSyncBodies(local) : new Map<string, SyncBody>();
    const replica = await this.read(articleId, [...new Set([...Object.keys(applied.docs), ...localBodies.keys()])]);
    const ids = new Set([...localBodies.keys(), ...replica.keys(), ...Object.keys(applied.docs)]);
    const writes: object[] = [];
    const branched: string[] = [];
    for (const id of ids) {
      const mine = localBodies.get(id) ?? null;
      const theirs = replica.get(id);
      const before = applied.docs[id];
      const mineHash = bodyHash(mine);
      const theirHash = bodyHash(theirs?.body);
      if (mineHash === theirHash) continue;
      const localChanged = mineHash !== (before?.hash ?? DELETED);
      const replicaChanged = theirs?.rev !== before?.rev;
      if (!replicaChanged) {
        if (mine) writes.push({ _id: id, ...(theirs ? { _rev: theirs.rev } : {}), ...mine });
        else if (theirs) writes.push({ _id: id, _rev: theirs.rev, ...USER_DELETE });
      } else if (localChanged) {
        await this.branch(id, before?.rev, mine);
        branched.push(id);
      }
    }
    if (writes.length > 0) {
      const results = (await this.db.bulkDocs(writes)) as { id?: string; rev?: string; error?: string }[];
      for (const r of results) if (r.id && r.rev) this.own.add(`${r.id} ${r.rev}`);
      // Replication wrote one of these documents since it was read: start again from what is there.
      if (results.some((r) => r.error)) {
        if (tries > 1) return this.reconcile(articleId, local, tries - 1);
        throw new Error(`the replica kept changing under article ${articleId}; it will be tried again`);
      }
    }
    const winners = writes.length + branched.length > 0 ? await this.read(articleId, [...ids]) : replica;
    applied.docs = {};
    for (const [id, doc] of winners) applied.docs[id] = { rev: doc.rev, hash: bodyHash(doc.body) };
    await this.db.put(applied as never);
    return { outcome: this.outcome(local, winners), branched };
  }

  private outcome(local: ArticleDocument | null, winners: Map<string, ReplicaDoc>): LibraryOutcome {
    const bodies = [...winners.values()].flatMap((d) => (d.body ? [stripSettled(d.body)] : []));
    const next = fromSyncBodies(bodies);
    if (!next) return local ? { kind: 'trash' } : { kind: 'none' };
    return sameArticle(next, local) ? { kind: 'none' } : { kind: 'write', doc: next };
  }

  /**
   * Adds the library's version as a sibling of the replica's, both descending from the revision
   * the two last agreed on: a conflict in CouchDB's sense, kept by replication on every machine.
   */
  private async branch(id: string, base: string | undefined, body: SyncBody | null): Promise<void> {
    let start = 1;
    let ancestors: string[] = [];
    if (base) {
      const old = (await this.db.get(id, { rev: base, revs: true })) as unknown as { _revisions: { start: number; ids: string[] } };
      start = old._revisions.start + 1;
      ancestors = old._revisions.ids;
    }
    const hash = randomUUID().replaceAll('-', '');
    const doc = {
      _id: id,
      _rev: `${start}-${hash}`,
      _revisions: { start, ids: [hash, ...ancestors] },
      ...(body ?? USER_DELETE),
    };
    await this.db.bulkDocs([doc as never], { new_edits: false });
  }
}
