import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SafeStorageCredentials, type Cipher } from './sync-credentials.js';

/** A stand-in for the OS secret store: reversible, but never the plain text. */
function cipher(backend: string): Cipher {
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    encryptString: (plain) => Buffer.from([...Buffer.from(plain, 'utf8')].map((b) => b ^ 0x5a)),
    decryptString: (sealed) => Buffer.from([...sealed].map((b) => b ^ 0x5a)).toString('utf8'),
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsmark-cred-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('SafeStorageCredentials', () => {
  it('keeps the password sealed on disk and reads it back after a restart', async () => {
    const file = join(dir, 'sync-credentials.json');
    await new SafeStorageCredentials(file, cipher('gnome_libsecret')).set('https://couch.example.org/team', 'hunter2 ✓');
    expect(await readFile(file, 'utf8')).not.toContain('hunter2');
    const restarted = new SafeStorageCredentials(file, cipher('gnome_libsecret'));
    expect(await restarted.get('https://couch.example.org/team')).toBe('hunter2 ✓');
    await restarted.remove('https://couch.example.org/team');
    expect(existsSync(file)).toBe(false);
    expect(await restarted.get('https://couch.example.org/team')).toBeNull();
  });

  it('without a real secret store keeps the password for this session only, writing nothing', async () => {
    const file = join(dir, 'sync-credentials.json');
    const weak = new SafeStorageCredentials(file, cipher('basic_text'));
    await weak.set('https://couch.example.org/team', 'hunter2');
    expect(await weak.get('https://couch.example.org/team')).toBe('hunter2');
    expect(existsSync(file)).toBe(false);
    expect(await new SafeStorageCredentials(file, cipher('basic_text')).get('https://couch.example.org/team')).toBeNull();
  });
});
