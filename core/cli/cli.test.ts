// Runs the real `newsmark` command (bin/newsmark.mjs) in a child process over a temp library.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FORMAT_CATALOG, FORMAT_NAMES } from '../formats/catalog.js';
import { nativeJsonText } from '../formats/native.js';
import { FIXTURE_DOCS } from '../formats/test-fixture.js';
import { LibraryService } from '../service.js';
import { exportSchemaErrors } from '../testing/export-schema.js';
import { withTempDir } from '../testing/temp-library.js';
import { BIN, ROOT, newsmark, type Run } from '../testing/run-newsmark.js';
import { main } from './main.js';

const FIXTURE = join(ROOT, 'e2e', 'fixtures', 'harbour-vote.txt');
const SHARED_SAMPLE = join(ROOT, '..', 'shared', 'samples', 'wire-story.txt');

/** stdout as raw bytes, for comparing exports byte for byte. */
async function newsmarkBytes(args: string[]): Promise<Buffer> {
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, ...args], { env: { ...process.env, NEWSMARK_LIBRARY: '' }, encoding: 'buffer' });
  return stdout;
}

/** The CLI in this process, as bin/newsmark.mjs runs it: each out() is one line of stdout, exports are written to it. */
async function inProcess(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const collect = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stdout += chunk.toString('utf8');
      done();
    },
  });
  const code = await main(args, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`), stdout: collect, env: { NEWSMARK_LIBRARY: '' } });
  return { code, stdout, stderr };
}

const [HARBOUR, NOTE] = FIXTURE_DOCS.map((d) => d.article.id) as [string, string];

async function fixtureFiles(dir: string): Promise<{ native: string; w3c: string }> {
  const native = join(dir, 'fixture.json');
  await writeFile(native, nativeJsonText(FIXTURE_DOCS, '2025-09-21T12:00:00.000Z'));
  const w3c = join(dir, 'hypothesis-export');
  const annotation = (target: unknown) => ({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', target });
  const quoted = { source: 'https://elsewhere.example/x', selector: { type: 'TextQuoteSelector', prefix: 'services" in 2024.\n\n', exact: 'Nobody checked.' } };
  await writeFile(w3c, JSON.stringify([{ id: 'urn:x:1', ...annotation(quoted) }, { id: 'urn:x:2', ...annotation('https://elsewhere.example/x') }]));
  return { native, w3c };
}

describe('newsmark CLI', { timeout: 60_000 }, () => {
  it('prints help', async () => {
    const run = await newsmark(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('newsmark import FILE... [--library DIR]');
    for (const format of FORMAT_NAMES) expect(run.stdout).toContain(`  ${format} `);
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

  it('refuses a 1 GB file by its size, without reading it, and imports the rest', async () => {
    await withTempDir(async (dir) => {
      // Sparse files: 1 GB each on paper, nothing on disk. Reading one would need 1 GB of memory
      // and fail on base64 ("Cannot create a string longer than ..."), not give the size message.
      for (const name of ['huge.txt', 'huge.json']) {
        await writeFile(join(dir, name), '');
        await truncate(join(dir, name), 1024 * 1024 * 1024);
      }
      const run = await newsmark(['import', join(dir, 'huge.txt'), join(dir, 'huge.json'), FIXTURE, '--library', join(dir, 'lib')]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('huge.txt is 1024.0 MB; Newsmark imports files up to 20 MB.');
      expect(run.stderr).toContain('huge.json is 1024.0 MB; annotation files can be at most 50.0 MB.');
      expect(run.stdout).toContain('imported');
      expect(JSON.parse((await newsmark(['list', '--library', join(dir, 'lib'), '--json'])).stdout)).toHaveLength(1);
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

  it('suggests annotations for an article as JSON, and needs exactly one --article', async () => {
    await withTempDir(async (dir) => {
      await newsmark(['import', FIXTURE, '--library', dir]);
      const [article] = JSON.parse((await newsmark(['list', '--json', '--library', dir])).stdout);
      const run = await newsmark(['suggest', '--article', article.id, '--library', dir]);
      expect(run.code).toBe(0);
      const proposals = JSON.parse(run.stdout);
      expect(proposals.find((p: { text: string }) => p.text === '€410 million')).toMatchObject({ kind: 'figure', fields: { figure: { value: 410e6, unit: 'EUR' } } });
      const quote = proposals.find((p: { text: string }) => p.text.startsWith('"Without this'));
      expect(quote).toMatchObject({ kind: 'quote', fields: { quote: { speaker: { name: 'Anke Brandt' } } } });
      const missing = await newsmark(['suggest', '--library', dir]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('suggest needs exactly one --article ID');
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

describe('newsmark import and export of annotation files', { timeout: 60_000 }, () => {
  it('imports a Newsmark export and W3C annotations told apart by content, and exports the same bytes as the app', async () => {
    await withTempDir(async (dir) => {
      const { native, w3c } = await fixtureFiles(dir);
      const library = join(dir, 'lib');
      const run = await newsmark(['import', native, w3c, '--library', library]);
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n')).toEqual([
        `imported annotations  ${native} (json): 14 added, 0 updated, 0 skipped; 2 articles created; 12 placed exactly, 0 moved (same words, elsewhere), 0 placed approximately, 0 not placed`,
        `imported annotations  ${w3c} (w3c): 1 added, 0 updated, 0 skipped; 0 articles created; 0 placed exactly, 1 moved (same words, elsewhere), 0 placed approximately, 1 not placed`,
        '  moved (same words, elsewhere) (1):',
        '    "Nobody checked." in The 𝔸-team said the Ministry of Finance spent $2bn',
        '  not placed (1):',
        '    (no quote): Newsmark cannot anchor it: it annotates a whole document, not a passage',
        '',
      ]);
      const stdout = await newsmarkBytes(['export', '--format', 'csv', '--bom', '--article', NOTE, '--article', HARBOUR, '--library', library]);
      const app = await (await LibraryService.open(library)).exportAs({ format: 'csv', bom: true, articleIds: [NOTE, HARBOUR] });
      expect(stdout.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(stdout.equals(Buffer.from(app.content, 'utf8'))).toBe(true);
    });
  });

  it('prints every format exactly as the service exports it, for each scope', async () => {
    await withTempDir(async (dir) => {
      const { native } = await fixtureFiles(dir);
      const service = await LibraryService.open(dir);
      await service.importAnnotations({ fileName: 'fixture.json', contentBase64: (await readFile(native)).toString('base64') });
      const sansTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"');
      const scopes: [string[], { articleIds?: string[] }][] = [[[], {}], [['--article', HARBOUR], { articleIds: [HARBOUR] }]];
      // A zip format (brat) is written to --out, not stdout: brat-cli.test.ts checks it.
      for (const format of FORMAT_NAMES.filter((f) => !FORMAT_CATALOG[f].zip)) {
        for (const [args, scope] of scopes) {
          const cli = await inProcess(['export', '--format', format, ...args, '--library', dir]);
          const app = await service.exportAs({ format, ...scope });
          expect(cli.code).toBe(0);
          expect(sansTime(cli.stdout), `${format} ${args.join(' ')}`).toBe(sansTime(app.content));
        }
      }
      const flat = await inProcess(['export', '-f', 'w3c', '--flat', '--library', dir]);
      expect(flat.stdout).toBe((await service.exportAs({ format: 'w3c', flat: true })).content);
    });
  });

  it('refuses an unknown format and options that do not apply, with usage status 2', async () => {
    await withTempDir(async (dir) => {
      expect(await inProcess(['export', '--format', 'docx', '--library', dir])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown format "docx"; the formats are json, w3c') });
      expect(await inProcess(['export', '--format', 'csv', '--flat', '--library', dir])).toMatchObject({ code: 2, stderr: expect.stringContaining('--flat applies only to --format w3c') });
      expect(await inProcess(['export', '--bom', '--library', dir])).toMatchObject({ code: 2, stderr: expect.stringContaining('--bom applies only to --format csv') });
    });
  });

  it('reports a bad annotation file on stderr with exit status 1', async () => {
    await withTempDir(async (dir) => {
      const bad = join(dir, 'bad.json');
      await writeFile(bad, '{"schemaVersion": 1, "exportedAt": "x", "articles": [{"id": "a"}');
      const run = await inProcess(['import', bad, '--library', join(dir, 'lib')]);
      expect(run).toMatchObject({ code: 1, stdout: '' });
      expect(run.stderr).toContain('bad.json is not valid JSON');
    });
  });
});

if (!existsSync(SHARED_SAMPLE)) {
  console.log('cli.test: the shared-sample test is skipped — ../shared/samples is not in this clone (CI has it; a user clone does not).');
}
