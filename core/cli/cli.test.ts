// Runs the real `newsmark` command (bin/newsmark.mjs) in a child process over a temp library.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { exportSchemaErrors } from '../testing/export-schema.js';
import { withTempDir } from '../testing/temp-library.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'newsmark.mjs');
const FIXTURE = join(ROOT, 'e2e', 'fixtures', 'harbour-vote.txt');
const SHARED_SAMPLE = join(ROOT, '..', 'shared', 'samples', 'wire-story.txt');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function newsmark(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      env: { ...process.env, NEWSMARK_LIBRARY: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('newsmark CLI', { timeout: 60_000 }, () => {
  it('prints help', async () => {
    const run = await newsmark(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('newsmark import FILE... [--library DIR]');
  });

  it('imports, lists and exports native JSON to stdout and to a file', async () => {
    await withTempDir(async (dir) => {
      const imported = await newsmark(['import', FIXTURE, '--library', dir]);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toMatch(/^imported {2}\S+ {2}Hamburg's city council voted 71 to 52/);
      const again = await newsmark(['import', FIXTURE, '--library', dir]);
      expect(again.stdout).toMatch(/^already in library/);

      const list = await newsmark(['list', '--library', dir]);
      expect(list.stdout).toMatch(/2025-09-18 {2}claims 0 {2}quotes 0 {2}figures 0 {2}Hamburg's city council/);

      const exported = await newsmark(['export', '--library', dir]);
      const data = JSON.parse(exported.stdout);
      expect(exportSchemaErrors(data)).toEqual([]);
      expect(data.articles[0].meta).toMatchObject({ date: '2025-09-18', dateline: 'HAMBURG', agency: 'Northwire' });

      const out = join(dir, 'out.json');
      const id = data.articles[0].id;
      const toFile = await newsmark(['export', '--article', id, '--out', out, '--library', dir]);
      expect(toFile.code).toBe(0);
      expect(JSON.parse(await readFile(out, 'utf8')).articles[0].id).toBe(id);
    });
  });

  it('uses NEWSMARK_LIBRARY when --library is not given', async () => {
    await withTempDir(async (dir) => {
      await newsmark(['import', FIXTURE], { NEWSMARK_LIBRARY: dir });
      expect(existsSync(join(dir, 'library.json'))).toBe(true);
    });
  });

  it('reports a bad file on stderr, exits 1, and still imports the good ones', async () => {
    await withTempDir(async (dir) => {
      const empty = join(dir, 'empty.txt');
      await writeFile(empty, '');
      const run = await newsmark(['import', empty, FIXTURE, join(dir, 'missing.txt'), '--library', join(dir, 'lib')]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('empty.txt is empty');
      expect(run.stderr).toContain('cannot read');
      expect(run.stdout).toContain('imported');
      const list = await newsmark(['list', '--library', join(dir, 'lib'), '--json']);
      expect(JSON.parse(list.stdout)).toHaveLength(1);
    });
  });

  it('rejects unknown commands and an unknown article with a clear message', async () => {
    await withTempDir(async (dir) => {
      const unknown = await newsmark(['frobnicate', '--library', dir]);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('unknown command "frobnicate"');
      const missing = await newsmark(['export', '--article', 'nope', '--library', dir]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('No article with id "nope"');
    });
  });

  it.skipIf(!existsSync(SHARED_SAMPLE))('reads the wire header of the shared sample story', async () => {
    await withTempDir(async (dir) => {
      await newsmark(['import', SHARED_SAMPLE, '--library', dir]);
      const data = JSON.parse((await newsmark(['export', '--library', dir])).stdout);
      expect(data.articles[0].meta).toMatchObject({ date: '2020-07-23', dateline: 'MOSCOW', agency: 'TASS' });
      expect(data.articles[0].text.startsWith('MOSCOW, July 23. /TASS/. The Presidents')).toBe(true);
    });
  });
});

if (!existsSync(SHARED_SAMPLE)) {
  console.log('cli.test: the shared-sample test is skipped — ../shared/samples is not in this clone (CI has it; a user clone does not).');
}
