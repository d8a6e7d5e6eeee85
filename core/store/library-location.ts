// Where the library lives: the folder named by NEWSMARK_LIBRARY, else "library" inside the
// app's user-data folder. The CLI works out the same user-data folder Electron uses, so the
// app and the CLI share one library by default.

import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Newsmark';

export function defaultLibraryDir(userDataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const named = env.NEWSMARK_LIBRARY?.trim();
  return named ? named : join(userDataDir, 'library');
}

/** Electron's app.getPath('userData') for this app, computed without Electron. */
export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}
