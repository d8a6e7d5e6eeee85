import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDialogOptions, readChosenFiles } from './open-dialog.js';

describe('the desktop Open dialog', () => {
  it('offers every file the window’s Open… takes, several at once', () => {
    const options = openDialogOptions();
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    const [all, articles, annotations, any] = options.filters!;
    expect(all!.extensions.sort()).toEqual(['htm', 'html', 'json', 'jsonld', 'markdown', 'md', 'text', 'txt']);
    expect(articles!.extensions).not.toContain('json');
    expect(annotations!.extensions).toEqual(['json', 'jsonld']);
    expect(any!.extensions).toEqual(['*']);
  });
});

describe('readChosenFiles', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads the chosen files by name and reports one that cannot be read, keeping the others', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsmark-open-'));
    const story = path.join(dir, 'story.txt');
    await writeFile(story, 'Der Hafen – €410 Mio.\n');
    const missing = path.join(dir, 'gone.md');
    const reported: string[] = [];
    const { files, read } = await readChosenFiles([missing, story], (m) => reported.push(m));
    expect(files.map((f) => [f.name, Buffer.from(f.bytes).toString('utf8')])).toEqual([['story.txt', 'Der Hafen – €410 Mio.\n']]);
    expect(read).toEqual([story]);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toContain(`${missing} could not be read`);
  });
});
