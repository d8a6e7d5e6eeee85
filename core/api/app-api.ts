// The API the app's transports serve (Electron's IPC, the Chromium harness): the library
// service's methods and team sync's, as one object for dispatch.

import type { LibraryApi, NewsmarkApi } from './contract.js';
import { METHODS, SYNC_METHODS, type SyncMethod } from './methods.js';
import type { TeamSync } from '../sync/team-sync.js';

function syncMethods(sync: TeamSync): Pick<NewsmarkApi, SyncMethod> {
  return {
    getSyncStatus: async () => sync.status(),
    connectSync: (login) => sync.connect(login),
    disconnectSync: () => sync.disconnect(),
    listSyncConflicts: () => sync.listConflicts(),
    keepSyncVersion: ({ docId, rev }) => sync.keepVersion(docId, rev),
  };
}

export function appApi(library: LibraryApi, sync: TeamSync): NewsmarkApi {
  const own = new Set<string>(SYNC_METHODS);
  const api: Record<string, unknown> = { ...syncMethods(sync) };
  for (const method of METHODS) {
    if (own.has(method)) continue;
    const call = library[method as keyof LibraryApi] as (input: unknown) => Promise<unknown>;
    api[method] = (input: unknown) => call.call(library, input);
  }
  return api as NewsmarkApi;
}
