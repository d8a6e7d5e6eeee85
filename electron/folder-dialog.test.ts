import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_FILE_BYTES } from '../core/import/size-limits.js';
import { folderDialogOptions, readChosenFolder } from './folder-dialog.js';

describe('the desktop Import folder dialog', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('asks for one folder', () => {
    expect(folderDialogOptions().properties).toEqual(['openDirectory']);
  });

  it('reads the article files under the folder with their paths, counts the others and skips hidden ones', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsmark-folder-'));
    const root = path.join(dir, 'election-week');
    await mkdir(path.join(root, 'tuesday'), { recursive: true });
    await mkdir(path.join(root, '.cache'));
    await writeFile(path.join(root, 'monday.txt'), 'Polls open at seven.\n');
    await writeFile(path.join(root, 'tuesday', 'count.md'), '# The count\n\nTurnout was 61%.\n');
    await writeFile(path.join(root, 'tuesday', 'chart.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await writeFile(path.join(root, '.draft.txt'), 'not for import');
    await writeFile(path.join(root, '.cache', 'old.txt'), 'not for import');
    const reported: string[] = [];
    const { files, ignored } = await readChosenFolder(root, (m) => reported.push(m));
    expect(files.map((f) => [f.path, f.name, Buffer.from(f.bytes).toString('utf8')])).toEqual([
      ['election-week/monday.txt', 'monday.txt', 'Polls open at seven.\n'],
      ['election-week/tuesday/count.md', 'count.md', '# The count\n\nTurnout was 61%.\n'],
    ]);
    expect(ignored).toBe(1);
    expect(reported).toEqual([]);
  });

  it('leaves out a file too large to import, says why, and keeps the rest', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsmark-folder-'));
    const root = path.join(dir, 'dump');
    await mkdir(root);
    await writeFile(path.join(root, 'ok.txt'), 'A short story.\n');
    await writeFile(path.join(root, 'huge.txt'), '');
    await truncate(path.join(root, 'huge.txt'), MAX_ARTICLE_FILE_BYTES + 1); // sparse: nothing is written
    const reported: string[] = [];
    const { files } = await readChosenFolder(root, (m) => reported.push(m));
    expect(files.map((f) => f.path)).toEqual(['dump/ok.txt']);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toContain('huge.txt is');
    expect(reported[0]).toContain('Newsmark imports files up to 20 MB');
  });
});
