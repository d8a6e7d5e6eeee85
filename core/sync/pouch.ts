// PouchDB, assembled from the parts Newsmark needs: LevelDB for the local replica in the library
// folder, HTTP for the team's CouchDB, and the replication protocol between them. Loaded on
// demand, so commands and windows that never sync never load it.

import type { SyncBody } from './sync-docs.js';

export type SyncDatabase = PouchDB.Database<SyncBody>;
export type PouchStatic = PouchDB.Static;

let loaded: Promise<PouchStatic> | undefined;

export function loadPouch(): Promise<PouchStatic> {
  loaded ??= (async () => {
    const core = (await import('pouchdb-core')).default;
    const leveldb = (await import('pouchdb-adapter-leveldb')).default;
    const http = (await import('pouchdb-adapter-http')).default;
    const replication = (await import('pouchdb-replication')).default;
    return core.plugin(leveldb).plugin(http).plugin(replication);
  })();
  return loaded;
}
