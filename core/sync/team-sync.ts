// Team sync for one library: the local replica (mirror.ts) kept in step with the library as the
// user works, and replicated live, both ways, with the team's CouchDB while online. The library
// folder stays the truth the app works on; the replica is only its travelling copy. Everything
// runs in the process that owns the library (the app's main process, or a CLI `sync`), through
// the library's own per-article queue, so sync never writes beside the owner.

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleDocument } from '../model.js';
import { NewsmarkError } from '../api/errors.js';
import { Conflicts, type SyncConflict } from './conflicts.js';
import { Replica, type LibraryOutcome } from './mirror.js';
import { loadPouch, type SyncDatabase } from './pouch.js';
import { checkRemote, type RemoteLogin } from './remote-check.js';
import { checkedRemoteUrl } from './remote-url.js';
import { articleIdOf, type SyncBody } from './sync-docs.js';

/** What team sync needs of the library (LibraryService.syncPort()). */
export interface SyncLibrary {
  articleIds(): string[];
  /** Calls back after every write to an article, whoever made it. */
  onWrite(listener: (articleId: string) => void): () => void;
  /** Runs a sync step for one article in the library's own queue, and applies what it decides. */
  withArticle(articleId: string, step: (current: ArticleDocument | null) => Promise<LibraryOutcome>): Promise<void>;
}

/** Where the password lives: Electron's safeStorage in the app, the environment in the CLI. */
export interface CredentialStore {
  get(url: string): Promise<string | null>;
  set(url: string, password: string): Promise<void>;
  remove(url: string): Promise<void>;
}

export type SyncState = 'off' | 'syncing' | 'synced' | 'offline' | 'error';
type Direction = 'push' | 'pull';

export interface SyncStatus {
  state: SyncState;
  remote?: string;
  username?: string;
  /** Why: the error, or what makes it offline. */
  message?: string;
  /** Documents sent and received since sync started. */
  sent: number;
  received: number;
  /** Documents the team database still has to send, when it says. */
  pending?: number;
  conflicts: number;
  lastSyncedAt?: string;
}

interface SyncConfig {
  url: string;
  username: string;
}

const CONFIG = 'config.json';

/** Offline, try again after 0.5 s, doubling up to 10 s: back soon after the network is. */
function reconnectDelay(delay: number): number {
  return delay === 0 ? 500 : Math.min(delay * 2, 10_000);
}

export class TeamSync {
  private replica?: Replica;
  private db?: SyncDatabase;
  private conflicts?: Conflicts;
  private live?: PouchDB.Replication[];
  private lanes: Partial<Record<Direction, { state: SyncState; message?: string }>> = {};
  private feed?: PouchDB.Changes;
  private unsubscribe?: () => void;
  private config?: SyncConfig;
  private readonly pending = new Set<string>();
  private running?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private current: SyncStatus = { state: 'off', sent: 0, received: 0, conflicts: 0 };

  private constructor(
    private readonly dir: string,
    private readonly library: SyncLibrary,
    private readonly credentials: CredentialStore,
  ) {}

  /** Opens sync for a library; starts it when the library was connected before and the password is at hand. */
  static async open(
    libraryDir: string,
    library: SyncLibrary,
    credentials: CredentialStore,
    options: { start?: boolean } = {},
  ): Promise<TeamSync> {
    const sync = new TeamSync(join(libraryDir, 'sync'), library, credentials);
    sync.config = await sync.readConfig();
    if (sync.config && options.start !== false) {
      const password = await credentials.get(sync.config.url);
      if (password !== null) await sync.start({ ...sync.config, password }).catch((err: Error) => sync.fail(err.message));
      else
        sync.set({
          state: 'error',
          remote: sync.config.url,
          username: sync.config.username,
          message: 'Enter the password again to sync (it could not be kept on this machine).',
        });
    }
    return sync;
  }

  status(): SyncStatus {
    return { ...this.current };
  }

  private set(patch: Partial<SyncStatus>): void {
    this.current = { ...this.current, ...patch };
  }

  private fail(message: string): void {
    this.set({ state: 'error', message });
  }

  private async readConfig(): Promise<SyncConfig | undefined> {
    try {
      const raw = JSON.parse(await readFile(join(this.dir, CONFIG), 'utf8')) as SyncConfig;
      return typeof raw.url === 'string' && typeof raw.username === 'string' ? raw : undefined;
    } catch {
      return undefined;
    }
  }

  /** Connects the library to a team database: checked first, so a bad login changes nothing. */
  async connect(login: RemoteLogin): Promise<SyncStatus> {
    const url = checkedRemoteUrl(login.url);
    await checkRemote({ ...login, url });
    await this.stop();
    await this.saveConfig({ url, username: login.username });
    await this.credentials.set(url, login.password);
    await this.start({ ...login, url });
    return this.status();
  }

  /** Stops syncing and forgets the team database; the library and its replica stay. */
  async disconnect(): Promise<SyncStatus> {
    await this.stop();
    if (this.config) await this.credentials.remove(this.config.url);
    await rm(join(this.dir, CONFIG), { force: true });
    this.config = undefined;
    this.current = { state: 'off', sent: 0, received: 0, conflicts: 0 };
    return this.status();
  }

  private async openReplica(): Promise<Replica> {
    if (this.replica) return this.replica;
    const PouchDB = await loadPouch();
    await mkdir(this.dir, { recursive: true });
    this.db = new PouchDB(join(this.dir, 'replica'), { auto_compaction: false });
    this.conflicts = new Conflicts(this.db);
    this.replica = new Replica(this.db);
    return this.replica;
  }

  private async remote(login: RemoteLogin): Promise<SyncDatabase> {
    const PouchDB = await loadPouch();
    const remote = new PouchDB<SyncBody>(login.url, { skip_setup: true, auth: { username: login.username, password: login.password } });
    // PouchDB 9's replication asks the remote for info() only to count progress, without a catch:
    // a server that goes away mid-batch would end the process with an unhandled rejection. The
    // count is all that needs it, so a failed info() reads as "no progress known".
    const info = remote.info.bind(remote);
    remote.info = () => info().catch(() => ({ doc_count: 0, update_seq: 0 }));
    return remote;
  }

  /** Starts live sync: library → replica now, then replication both ways, retried while offline. */
  private async start(login: RemoteLogin): Promise<void> {
    this.set({ remote: login.url, username: login.username, state: 'syncing', message: undefined });
    await this.watchLibrary();
    await this.reconcileAll();
    const remote = await this.remote(login);
    // Two one-way replications rather than PouchDB's sync(): each reports its own errors, which
    // sync() swallows, so the window can say "offline" and why.
    const options = { live: true, retry: true, batch_size: 500, back_off_function: reconnectDelay };
    this.live = [
      this.watchReplication('push', this.db!.replicate.to(remote, options)),
      this.watchReplication('pull', this.db!.replicate.from(remote, options)),
    ];
    this.feed = this.db!.changes({ live: true, since: 'now', style: 'all_docs' }).on('change', (change) => {
      if (change.id.startsWith('_') || this.replica?.isOwnChange(change.id, change.changes.map((c: { rev: string }) => c.rev))) return;
      if (change.changes.length > 1)
        void this.conflicts!.watch([change.id]).then(
          () => this.countConflicts(),
          (err: Error) => this.fail(err.message),
        );
      this.schedule(articleIdOf(change.id));
    });
  }

  /** Follows one direction's events into the status the window shows. */
  private watchReplication(direction: Direction, replication: PouchDB.Replication): PouchDB.Replication {
    const lane = (this.lanes[direction] = { state: 'syncing' as SyncState });
    replication
      .on('change', (info: PouchDB.ReplicationResult) => {
        if (direction === 'push') this.set({ sent: this.current.sent + info.docs_written });
        else this.set({ received: this.current.received + info.docs_written, pending: info.pending });
      })
      .on('active', () => this.lane(lane, 'syncing'))
      .on('paused', (err?: { status?: number; message?: string }) => {
        if (err && (err.status === 401 || err.status === 403)) {
          this.lane(
            lane,
            'error',
            `The team database refused the login (${err.status}); sync stopped. Connect again with the right password.`,
          );
          for (const r of this.live ?? []) r.cancel();
        } else if (err) this.lane(lane, 'offline', 'Offline: changes are kept here and sent when the team database can be reached.');
        else this.lane(lane, 'synced');
      })
      .on('denied', (err: { reason?: string }) =>
        this.lane(lane, 'error', `The team database refused a document: ${err?.reason ?? 'no reason given'}.`),
      )
      .on('error', (err: { message?: string }) => this.lane(lane, 'error', `Sync stopped: ${err?.message ?? String(err)}.`));
    return replication;
  }

  /** The status is the worse of the two directions: error, offline, syncing, then synced. */
  private lane(lane: { state: SyncState; message?: string }, state: SyncState, message?: string): void {
    lane.state = state;
    lane.message = message;
    const lanes = [this.lanes.push, this.lanes.pull].filter((l): l is { state: SyncState; message?: string } => l !== undefined);
    const worst = (['error', 'offline', 'syncing'] as const).map((s) => lanes.find((l) => l.state === s)).find(Boolean);
    if (worst) this.set({ state: worst.state, message: worst.message });
    else this.set({ state: 'synced', message: undefined, lastSyncedAt: new Date().toISOString(), pending: 0 });
  }

  private async watchLibrary(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = this.library.onWrite((id) => this.schedule(id));
  }

  private async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    for (const replication of this.live ?? []) replication.cancel();
    this.lanes = {};
    this.feed?.cancel();
    this.live = undefined;
    this.feed = undefined;
    await this.idle();
  }

  /** A quick run of edits to one article is reconciled once. */
  private schedule(articleId: string): void {
    this.pending.add(articleId);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.drain(), 150);
  }

  /** Reconciles the pending articles one at a time; one drain runs at once. */
  private drain(): Promise<void> {
    this.running ??= (async () => {
      while (this.pending.size > 0) {
        const [id] = this.pending;
        this.pending.delete(id!);
        await this.reconcile(id!).catch((err: Error) => this.fail(`Could not sync an article: ${err.message}`));
      }
      await this.countConflicts();
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async reconcile(articleId: string): Promise<void> {
    const replica = await this.openReplica();
    let branched: string[] = [];
    await this.library.withArticle(articleId, async (current) => {
      const done = await replica.reconcile(articleId, current);
      branched = done.branched;
      return done.outcome;
    });
    if (branched.length > 0) await this.conflicts!.watch(branched);
  }

  private async countConflicts(): Promise<void> {
    this.set({ conflicts: (await this.conflicts!.list()).length });
  }

  /** Every article of the library and of the replica, reconciled once (at start, and by the CLI). */
  private async reconcileAll(): Promise<void> {
    const replica = await this.openReplica();
    const ids = new Set([...this.library.articleIds(), ...(await replica.articleIds())]);
    for (const id of ids) this.pending.add(id);
    await this.drain();
  }

  /** Waits until every change seen so far is reconciled. */
  async idle(): Promise<void> {
    clearTimeout(this.timer);
    while (this.pending.size > 0 || this.running) await this.drain();
  }

  /**
   * One round for the command line: library → replica → team database → replica → library.
   * A login given here is remembered as the library's team database (not its password).
   */
  async syncOnce(login?: RemoteLogin, password?: string): Promise<SyncStatus> {
    const config = login ? { url: checkedRemoteUrl(login.url), username: login.username } : this.config;
    if (!config)
      throw new NewsmarkError('invalid-input', 'This library is not connected to a team database: give --remote URL (and --user NAME).');
    const full = { ...config, password: login?.password ?? password ?? '' };
    await checkRemote(full);
    if (login) await this.saveConfig(config);
    await this.reconcileAll();
    const remote = await this.remote(full);
    const pulled = await this.db!.replicate.from(remote, { batch_size: 500 });
    await this.reconcileAll();
    const pushed = await this.db!.replicate.to(remote, { batch_size: 500 });
    this.set({
      state: 'synced',
      remote: config.url,
      username: config.username,
      sent: pushed.docs_written,
      received: pulled.docs_written,
      conflicts: (await this.conflicts!.list()).length,
      lastSyncedAt: new Date().toISOString(),
    });
    return this.status();
  }

  private async saveConfig(config: SyncConfig): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    this.config = config;
    await writeFile(join(this.dir, CONFIG), `${JSON.stringify(config, null, 2)}\n`);
  }

  async listConflicts(): Promise<SyncConflict[]> {
    if (!this.conflicts) await this.openReplica();
    return this.conflicts!.list();
  }

  /** Keeps one version of a conflicting document; the library follows at once. */
  async keepVersion(docId: string, rev: string): Promise<SyncStatus> {
    if (!this.conflicts) await this.openReplica();
    await this.conflicts!.keep(docId, rev);
    this.schedule(articleIdOf(docId));
    await this.idle();
    return this.status();
  }

  async close(): Promise<void> {
    await this.stop();
    await this.db?.close();
    this.db = undefined;
    this.replica = undefined;
  }
}
