// Test helper: a real PouchDB Server (the `pouchdb-server` package, CouchDB's HTTP API) started
// as a child process on 127.0.0.1 with its databases in a folder, so a test can stop it and start
// it again on the same data. One admin, alice:secret, so wrong logins can be tried.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../node_modules/pouchdb-server/bin/pouchdb-server', import.meta.url));
export const ADMIN = { username: 'alice', password: 'secret' };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export class CouchServer {
  private child?: ChildProcess;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(dir: string): Promise<CouchServer> {
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({ admins: { [ADMIN.username]: ADMIN.password }, log: { file: join(dir, 'log.txt') } }),
    );
    const server = new CouchServer(dir, await freePort());
    await server.resume();
    return server;
  }

  /** Starts (again) on the same port and folder; resolves once it answers. */
  async resume(): Promise<void> {
    this.child = spawn(
      process.execPath,
      [
        BIN,
        '--host',
        '127.0.0.1',
        '--port',
        String(this.port),
        '--dir',
        this.dir,
        '--config',
        join(this.dir, 'config.json'),
        '--no-stdout-logs',
      ],
      {
        stdio: 'ignore',
      },
    );
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.origin}/`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('pouchdb-server did not start in 20 s');
  }

  /** Stops the server at once (SIGKILL, as a crash would). */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}
