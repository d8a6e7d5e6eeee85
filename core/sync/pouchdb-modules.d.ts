// The part of PouchDB's API Newsmark calls, typed here: DefinitelyTyped's @types/pouchdb-core
// declares a global `Buffer` interface that breaks Node's own Buffer type for the whole project.

declare namespace PouchDB {
  interface Row {
    id: string;
    key: string;
    value: { rev: string; deleted?: boolean };
    doc?: Record<string, unknown> | null;
  }
  interface Change {
    id: string;
    seq: number | string;
    changes: { rev: string }[];
  }
  interface ReplicationResult {
    docs_written: number;
    docs_read: number;
    pending?: number;
  }
  interface Emitter<Self> {
    on(event: string, listener: (...args: any[]) => void): Self;
    cancel(): void;
  }
  interface Sync extends Emitter<Sync>, Promise<{ push?: ReplicationResult; pull?: ReplicationResult }> {}
  interface Replication extends Emitter<Replication>, Promise<ReplicationResult> {}
  interface Changes extends Emitter<Changes> {}
  interface ReplicateOptions {
    live?: boolean;
    retry?: boolean;
    batch_size?: number;
    back_off_function?: (delay: number) => number;
  }
  interface Database<Content = unknown> {
    get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean; open_revs?: 'all' }): Promise<any>;
    put(doc: object): Promise<{ ok: boolean; id: string; rev: string }>;
    remove(id: string, rev: string): Promise<{ ok: boolean; id: string; rev: string }>;
    bulkDocs(docs: object[], options?: { new_edits?: boolean }): Promise<unknown[]>;
    allDocs(options?: {
      startkey?: string;
      endkey?: string;
      keys?: string[];
      include_docs?: boolean;
      conflicts?: boolean;
    }): Promise<{ rows: Row[]; total_rows: number }>;
    changes(options: { live?: boolean; since?: 'now' | number | string; style?: 'all_docs'; include_docs?: boolean }): Changes;
    sync(
      remote: Database<Content>,
      options?: { live?: boolean; retry?: boolean; batch_size?: number; back_off_function?: (delay: number) => number },
    ): Sync;
    replicate: {
      to(remote: Database<Content>, options?: ReplicateOptions): Replication;
      from(remote: Database<Content>, options?: ReplicateOptions): Replication;
    };
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    close(): Promise<void>;
    destroy(): Promise<void>;
    /** Phantom: the document shape this database holds. */
    readonly __content?: Content;
  }
  interface Static {
    new <Content = unknown>(
      name: string,
      options?: { auto_compaction?: boolean; skip_setup?: boolean; auth?: { username: string; password: string } },
    ): Database<Content>;
    plugin(plugin: unknown): Static;
  }
}

declare module 'pouchdb-core' {
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-leveldb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
