// Passwords kept for this process only: the CLI (given NEWSMARK_SYNC_PASSWORD) and the test
// harness use it; the app keeps them with Electron's safeStorage instead (electron/).

import type { CredentialStore } from './team-sync.js';

export class SessionCredentials implements CredentialStore {
  private readonly passwords = new Map<string, string>();

  constructor(initial?: { url: string; password: string }) {
    if (initial) this.passwords.set(initial.url, initial.password);
  }

  async get(url: string): Promise<string | null> {
    return this.passwords.get(url) ?? null;
  }

  async set(url: string, password: string): Promise<void> {
    this.passwords.set(url, password);
  }

  async remove(url: string): Promise<void> {
    this.passwords.delete(url);
  }
}
