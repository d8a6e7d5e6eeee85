// The one sentence the window shows for team sync's state.

import type { SyncStatus } from '../../../core/sync/team-sync';

export function describeStatus(s: SyncStatus): string {
  const conflicts = s.conflicts ? ` ${s.conflicts} conflict${s.conflicts === 1 ? '' : 's'} to settle.` : '';
  if (s.state === 'off') return 'Not connected: this library stays on this machine.';
  if (s.state === 'synced') return `Synced with ${s.remote}${s.lastSyncedAt ? ` at ${s.lastSyncedAt.slice(11, 16)} UTC` : ''}.${conflicts}`;
  if (s.state === 'syncing')
    return `Syncing with ${s.remote}… (${s.sent} sent, ${s.received} received${s.pending ? `, ${s.pending} to come` : ''}).${conflicts}`;
  if (s.state === 'offline') return `${s.message ?? 'Offline.'}${conflicts}`;
  return `Sync error: ${s.message ?? 'unknown'}${conflicts}`;
}

/** The short word on the toolbar button. */
export function statusWord(s: SyncStatus | null): string {
  if (!s || s.state === 'off') return 'Team sync';
  if (s.conflicts) return `Sync: ${s.conflicts} conflict${s.conflicts === 1 ? '' : 's'}`;
  return { synced: 'Synced', syncing: 'Syncing…', offline: 'Offline', error: 'Sync error' }[s.state];
}
