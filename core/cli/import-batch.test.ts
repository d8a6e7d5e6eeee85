// `newsmark import` of a folder writes its new articles in batches (flushed to disk together, then
// reported): every article it reports is on disk whole and listed, a repeated text is reported as
// such within a batch, and a SIGKILL mid-import leaves every reported article and nothing half-made.

import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryService } from '../service.js';
import { BIN, newsmark } from '../testing/run-newsmark.js';
import { withTempDir } from '../testing/temp-library.js';

async function folderOf(dir: string, n: number): Promise<string> {
  const folder = join(dir, 'stories');
  await mkdir(folder);
  for (let i = 0; i < n; i++) {
    const text = `Story ${i}: the council said costs had risen by ${i}% since 2019.\n\n${'The mayor disagreed. '.repeat(40)}\n`;
    await writeFile(join(folder, `story-${String(i).padStart(4, '0')}.txt`), text);
  }
  return folder;
}

function importedIds(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('imported  '))
    .map((l) => l.split(/\s+/)[1]!);
}

describe('newsmark import of a folder, in batches', { timeout: 120_000 }, () => {
  it('reports only what is on disk: every article whole and listed, a repeated text once', async () => {
    await withTempDir(async (dir) => {
      const folder = await folderOf(dir, 230);
      // The same text as story 7, in the same batch: reported as already in the library.
      await writeFile(join(folder, 'story-0007-copy.txt'), await readFile(join(folder, 'story-0007.txt')));
      const library = join(dir, 'library');
      const run = await newsmark(['import', folder, '--library', library]);
      expect(run.code, run.stderr).toBe(0);
      const ids = importedIds(run.stdout);
      expect(ids).toHaveLength(230);
      expect(run.stdout.split('\n').filter((l) => l.startsWith('already in library'))).toHaveLength(1);
      for (const id of ids) expect(JSON.parse(await readFile(join(library, 'articles', `${id}.json`), 'utf8')).article.id).toBe(id);
      const service = await LibraryService.open(library, { readOnly: true });
      expect((await service.listArticles()).map((a) => a.id).sort()).toEqual([...ids].sort());
      expect((await service.getLibraryInfo()).notices).toEqual([]);
    });
  });

  it('keeps every article it reported when killed mid-import, and leaves nothing half-made', async () => {
    await withTempDir(async (dir) => {
      const folder = await folderOf(dir, 600);
      const library = join(dir, 'library');
      const child = spawn(process.execPath, [BIN, 'import', folder, '--library', library], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NEWSMARK_LIBRARY: '' },
      });
      let stdout = '';
      const exited = new Promise<void>((resolve) => child.on('close', () => resolve())); // its output all read
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        // Killed once the first batch is reported, while later ones are being written.
        if (importedIds(stdout).length >= 100) child.kill('SIGKILL');
      });
      await exited;
      const reported = importedIds(stdout);
      expect(reported.length).toBeGreaterThanOrEqual(100);
      expect(reported.length).toBeLessThan(600);
      const service = await LibraryService.open(library);
      const listed = new Set((await service.listArticles()).map((a) => a.id));
      for (const id of reported) expect(listed.has(id), `reported ${id}`).toBe(true);
      const names = await readdir(join(library, 'articles'));
      expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]); // the killed batch's temp files are gone
      const files = names.filter((n) => n.endsWith('.json'));
      expect(files).toHaveLength(listed.size);
      for (const name of files) JSON.parse(await readFile(join(library, 'articles', name), 'utf8'));
      await service.close();
    });
  });
});
