// Team-sync passwords kept by the operating system's secret store through Electron's
// safeStorage (Keychain, DPAPI, libsecret/kwallet), in the app's user-data folder — never in
// the library folder, never in plain text. Where the system offers no real secret store (Linux's
// "basic_text" backend), the password is kept in memory for this session only and asked for
// again after a restart. Pure over a `Cipher`, so it is tested without Electron.

import { readFile, rm, writeFile } from 'node:fs/promises';
import { SessionCredentials } from '../core/sync/credentials.js';
import type { CredentialStore } from '../core/sync/team-sync.js';

/** The part of Electron's safeStorage used here. */
export interface Cipher {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export class SafeStorageCredentials implements CredentialStore {
  private readonly session = new SessionCredentials();

  constructor(
    private readonly file: string,
    private readonly cipher: Cipher,
  ) {}

  private secure(): boolean {
    return this.cipher.isEncryptionAvailable() && this.cipher.getSelectedStorageBackend?.() !== 'basic_text';
  }

  private async read(): Promise<Record<string, string>> {
    try {
      const data = JSON.parse(await readFile(this.file, 'utf8')) as unknown;
      return data && typeof data === 'object' ? (data as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  private async write(entries: Record<string, string>): Promise<void> {
    if (Object.keys(entries).length === 0) await rm(this.file, { force: true });
    else await writeFile(this.file, JSON.stringify(entries), { mode: 0o600 });
  }

  async get(url: string): Promise<string | null> {
    const inSession = await this.session.get(url);
    if (inSession !== null || !this.secure()) return inSession;
    const sealed = (await this.read())[url];
    if (!sealed) return null;
    try {
      return this.cipher.decryptString(Buffer.from(sealed, 'base64'));
    } catch {
      return null; // sealed under another OS account or key: ask again
    }
  }

  async set(url: string, password: string): Promise<void> {
    await this.session.set(url, password);
    if (!this.secure()) return;
    const entries = await this.read();
    entries[url] = this.cipher.encryptString(password).toString('base64');
    await this.write(entries);
  }

  async remove(url: string): Promise<void> {
    await this.session.remove(url);
    const entries = await this.read();
    if (!(url in entries)) return;
    delete entries[url];
    await this.write(entries);
  }
}
