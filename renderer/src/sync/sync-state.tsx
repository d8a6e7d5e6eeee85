// Team sync's state in the window: the status, polled from the main process every two seconds
// (sync runs there), and the open conflicts, shared with the annotation editor through a context
// so an annotation edited on two machines says so where the user looks at it. A poll that finds
// nothing new changes nothing on screen: the window (10,000 annotations, say) is not drawn again
// every two seconds, and "documents arrived" is subscribed to apart from the status.

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SyncConflict } from '../../../core/sync/conflicts';
import type { SyncStatus } from '../../../core/sync/team-sync';
import { call } from '../api';

const POLL_MS = 2_000;

export interface SyncState {
  status: SyncStatus | null;
  conflicts: SyncConflict[];
  refresh: () => Promise<void>;
  /** Keeps one version of a conflict; rejects with the reason when it could not. */
  keep: (docId: string, rev: string) => Promise<void>;
  /** Subscribes to "documents arrived from the team"; returns the unsubscribe function. */
  onRemoteChange: (listener: () => void) => () => void;
}

const SyncContext = createContext<SyncState>({
  status: null,
  conflicts: [],
  refresh: async () => {},
  keep: async () => {},
  onRemoteChange: () => () => {},
});
/** The subscription alone, which never changes: its users are not drawn again when the status is. */
const RemoteChangeContext = createContext<SyncState['onRemoteChange']>(() => () => {});

export function useSync(): SyncState {
  return useContext(SyncContext);
}

/** Runs `listener` whenever documents arrive from the team, so the window shows them. */
export function useRemoteChanges(listener: () => void): void {
  const onRemoteChange = useContext(RemoteChangeContext);
  useEffect(() => onRemoteChange(listener), [onRemoteChange, listener]);
}

/** The same status again (polls mostly find nothing new). */
function sameStatus(a: SyncStatus | null, b: SyncStatus): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

export function SyncProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [conflicts, setConflicts] = useState<SyncConflict[]>([]);
  const seen = useRef({ received: 0, conflicts: 0 });
  const listeners = useRef(new Set<() => void>());
  const onRemoteChange = useCallback((listener: () => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const announce = useCallback(() => listeners.current.forEach((l) => l()), []);

  const refresh = useCallback(async () => {
    const next = await call('getSyncStatus', {});
    setStatus((s) => (sameStatus(s, next) ? s : next));
    const arrived = next.received !== seen.current.received || next.conflicts !== seen.current.conflicts;
    seen.current = { received: next.received, conflicts: next.conflicts };
    if (next.conflicts > 0 || conflicts.length > 0) setConflicts(await call('listSyncConflicts', {}));
    if (arrived && next.state !== 'off') announce();
  }, [conflicts.length, announce]);

  useEffect(() => {
    const timer = setInterval(() => void refresh().catch(() => undefined), POLL_MS);
    void refresh().catch(() => undefined);
    return () => clearInterval(timer);
  }, [refresh]);

  const keep = useCallback(
    async (docId: string, rev: string) => {
      await call('keepSyncVersion', { docId, rev });
      await refresh();
      announce();
    },
    [refresh, announce],
  );

  const value = useMemo(() => ({ status, conflicts, refresh, keep, onRemoteChange }), [status, conflicts, refresh, keep, onRemoteChange]);
  return (
    <SyncContext.Provider value={value}>
      <RemoteChangeContext.Provider value={onRemoteChange}>{children}</RemoteChangeContext.Provider>
    </SyncContext.Provider>
  );
}
