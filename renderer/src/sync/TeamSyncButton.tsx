// The toolbar's sync button: says how sync stands in a word and opens File › Team sync… (also
// when the menu asks for it).

import { useEffect, useState } from 'react';
import { describeStatus, statusWord } from './status-text';
import { useSync } from './sync-state';
import { TeamSyncDialog } from './TeamSyncDialog';
import './sync.css';

export function TeamSyncButton() {
  const { status } = useSync();
  const [open, setOpen] = useState(false);
  useEffect(() => window.newsmark.onMenu((command) => command === 'team-sync' && setOpen(true)), []);
  return (
    <>
      <button
        type="button"
        className={`sync-button sync-${status?.state ?? 'off'}`}
        onClick={() => setOpen(true)}
        title={status ? describeStatus(status) : 'Team sync'}
      >
        {statusWord(status)}
      </button>
      {open && <TeamSyncDialog onClose={() => setOpen(false)} />}
    </>
  );
}
