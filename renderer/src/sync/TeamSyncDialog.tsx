// File › Team sync…: connect the library to the team's CouchDB (address, user, password), see
// how sync stands, settle conflicts, or disconnect. The password goes to the main process, which
// keeps it in the system's secret store; the window never stores it.

import { useState, type FormEvent } from 'react';
import { call, messageOf } from '../api';
import { useModal } from '../use-modal';
import { ConflictVersions } from './ConflictVersions';
import { describeStatus } from './status-text';
import { useSync } from './sync-state';

export function TeamSyncDialog({ onClose }: { onClose: () => void }) {
  const ref = useModal();
  const { status, conflicts, refresh } = useSync();
  const [url, setUrl] = useState(status?.remote ?? '');
  const [username, setUsername] = useState(status?.username ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const connected = status !== null && status.state !== 'off';

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      await refresh();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const connect = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await call('connectSync', { url, username, password });
      setPassword('');
    });
  };

  return (
    <dialog ref={ref} className="team-sync-dialog" aria-label="Team sync" onClose={onClose}>
      <h2>Team sync</h2>
      <p className="sync-state" aria-live="polite">
        {status ? describeStatus(status) : 'Reading the sync status…'}
      </p>
      <form onSubmit={connect}>
        <label>
          Team database (CouchDB) URL
          <input
            type="url"
            required
            value={url}
            placeholder="https://couch.example.org/newsroom"
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <label>
          User name
          <input value={username} autoComplete="username" onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          Password
          <input type="password" value={password} autoComplete="current-password" onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && (
          <p className="sync-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="submit" disabled={busy}>
            {connected ? 'Connect again' : 'Connect'}
          </button>
          {connected && (
            <button type="button" disabled={busy} onClick={() => void run(() => call('disconnectSync', {}))}>
              Disconnect
            </button>
          )}
          <button type="button" onClick={() => ref.current?.close()}>
            Close
          </button>
        </div>
      </form>
      {conflicts.length > 0 && (
        <section aria-label="Conflicts">
          <h3>Edited on two machines ({conflicts.length})</h3>
          {conflicts.map((c) => (
            <ConflictVersions key={c.docId} conflict={c} />
          ))}
        </section>
      )}
    </dialog>
  );
}
