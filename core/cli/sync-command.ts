// `newsmark sync`: one round of team sync from a terminal (library → team database → library),
// for a library the app is not running on (the library's lock says so otherwise). The password
// comes from NEWSMARK_SYNC_PASSWORD, never from the command line, where other users could see it.

import { SessionCredentials } from '../sync/credentials.js';
import { TeamSync } from '../sync/team-sync.js';
import type { LibraryService } from '../service.js';

export interface SyncArgs {
  remote?: string;
  user?: string;
}

export async function syncCommand(
  service: LibraryService,
  libraryDir: string,
  args: SyncArgs,
  io: { out: (t: string) => void; env: NodeJS.ProcessEnv },
): Promise<number> {
  const password = io.env.NEWSMARK_SYNC_PASSWORD ?? '';
  const sync = await TeamSync.open(libraryDir, service.syncPort(), new SessionCredentials(), { start: false });
  try {
    const login = args.remote ? { url: args.remote, username: args.user ?? io.env.NEWSMARK_SYNC_USER ?? '', password } : undefined;
    const status = await sync.syncOnce(login, password);
    io.out(
      `synced with ${status.remote}: ${status.sent} documents sent, ${status.received} received; ${status.conflicts} conflict${status.conflicts === 1 ? '' : 's'}${status.conflicts ? ' (settle them in the app: Team sync…)' : ''}`,
    );
    return 0;
  } finally {
    await sync.close();
  }
}
