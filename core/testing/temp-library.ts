// Test helper: a fresh library folder on the real disk, removed after the test.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'newsmark-test-'));
  try {
    return await run(dir);
  } finally {
    // Retries: a service a test did not close may still be writing its index (debounced) into the folder.
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}

export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
