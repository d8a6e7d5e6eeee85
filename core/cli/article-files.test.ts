import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempDir } from '../testing/temp-library.js';
import { articleFiles } from './article-files.js';
import { main } from './main.js';

async function folderOfStories(root: string): Promise<string> {
  const dir = join(root, 'stories');
  await mkdir(join(dir, 'b-sub', 'deeper'), { recursive: true });
  await mkdir(join(dir, '.hidden'));
  await writeFile(join(dir, 'a.txt'), 'First story about the harbour vote.');
  await writeFile(join(dir, 'b-sub', 'c.md'), '# Second story\n\nAbout the rail strike.');
  await writeFile(join(dir, 'b-sub', 'deeper', 'd.TXT'), 'First story about the harbour vote.');
  await writeFile(join(dir, 'b-sub', 'report.pdf'), '%PDF-1.4 not a story');
  await writeFile(join(dir, 'photo.jpg'), 'not a story');
  await writeFile(join(dir, '.hidden', 'e.txt'), 'hidden');
  return dir;
}

describe('articleFiles', () => {
  it('walks folders for article files (and refused formats), in name order, skipping hidden ones', async () => {
    await withTempDir(async (root) => {
      const dir = await folderOfStories(root);
      const single = join(root, 'loose.dat');
      expect((await articleFiles([dir, single])).map((p) => p.slice(root.length + 1))).toEqual([
        'stories/a.txt',
        'stories/b-sub/c.md',
        'stories/b-sub/deeper/d.TXT',
        'stories/b-sub/report.pdf',
        'loose.dat',
      ]);
    });
  });

  it('lets `newsmark import DIR` import a whole folder, reporting duplicates and failures', async () => {
    await withTempDir(async (root) => {
      const dir = await folderOfStories(root);
      const out: string[] = [];
      const err: string[] = [];
      const status = await main(['import', dir, '--library', join(root, 'lib')], { out: (t) => out.push(t), err: (t) => err.push(t), stdout: process.stdout, env: {} });
      expect(status).toBe(1);
      expect(out.filter((l) => l.startsWith('imported'))).toHaveLength(2);
      expect(out.filter((l) => l.startsWith('already in library'))).toHaveLength(1);
      expect(err.join('\n')).toMatch(/report\.pdf is a PDF document/);
    });
  });
});
