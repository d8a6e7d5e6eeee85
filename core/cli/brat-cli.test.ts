// `newsmark import` with brat files (a .txt and its .ann named together, and a folder in
// PolNeAR's layout with two annotators) and `newsmark export --format brat` to a folder and to a
// zip, run as the real command in a child process over a temp library.

import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withTempDir } from '../testing/temp-library.js';

const BIN = fileURLToPath(new URL('../../bin/newsmark.mjs', import.meta.url));

async function newsmark(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { env: { ...process.env, NEWSMARK_LIBRARY: '' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const TEXT = 'The mayor said the port will grow. Costs rose by 40%.\n';
const ANN_A = 'T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 33\tthe port will grow\nT4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n';
const ANN_B = 'T1\tClaim 35 53\tCosts rose by 40%.\nT2\tDiscuss 0 9\tThe mayor\n';

describe('newsmark and brat files', { timeout: 60_000 }, () => {
  it('imports a .txt with its .ann, and a folder in PolNeAR’s layout, then exports the pairs again', async () => {
    await withTempDir(async (dir) => {
      const library = join(dir, 'library');
      await writeFile(join(dir, 'story.txt'), TEXT);
      await writeFile(join(dir, 'notes.ann'), ANN_A);
      const pair = await newsmark(['import', join(dir, 'story.txt'), join(dir, 'notes.ann'), '--library', library]);
      expect(pair.stderr).toBe('');
      expect(pair.stdout).toMatch(/^imported annotations {2}\S+notes\.ann \(brat\): 1 added, 0 updated, 0 skipped; 1 article created; 1 placed exactly/);

      const corpus = join(dir, 'corpus');
      await mkdir(join(corpus, 'text'), { recursive: true });
      await mkdir(join(corpus, 'attributions'));
      await writeFile(join(corpus, 'text', 'story.txt'), TEXT);
      await writeFile(join(corpus, 'attributions', 'story_a.ann'), ANN_A);
      await writeFile(join(corpus, 'attributions', 'story_b.ann'), ANN_B);
      await writeFile(join(corpus, 'attributions', 'lost_c.ann'), ANN_B);
      const folder = await newsmark(['import', corpus, '--library', library]);
      expect(folder.code).toBe(1);
      expect(folder.stderr).toContain('lost_c.ann has no .txt to go with it (looked for attributions/lost_c.txt, attributions/lost.txt, text/lost.txt)');
      expect(folder.stdout).toContain('story_a.ann (brat): 1 added');
      expect(folder.stdout).toContain('story_b.ann (brat): 2 added, 0 updated, 0 skipped; 0 articles created');
      expect(folder.stdout).toContain('  note: spans of types the mapping does not name came in as claims tagged brat:<type>: Discuss 1');
      expect(folder.stdout).not.toMatch(/^imported {2}/m);

      const list = JSON.parse((await newsmark(['list', '--json', '--library', library])).stdout);
      expect(list).toHaveLength(1);
      expect(list[0].counts).toEqual({ claim: 2, quote: 2, figure: 0 });

      const out = join(dir, 'out');
      const exported = await newsmark(['export', '--format', 'brat', '--out', out, '--library', library]);
      expect(exported.stderr).toContain('wrote 2 files into');
      expect((await readdir(out)).sort()).toEqual(['story.ann', 'story.txt']);
      expect(await readFile(join(out, 'story.txt'), 'utf8')).toBe(TEXT);
      const ann = await readFile(join(out, 'story.ann'), 'utf8');
      expect(ann).toContain('\tClaim 35 53\tCosts rose by 40%.\n');
      expect(ann).toContain('\tDiscuss 0 9\tThe mayor\n');
      expect(ann).toMatch(/^E1\tAttribution:T\d+ Content:T\d+ Cue:T\d+ Source:T\d+$/m);

      const zip = join(dir, 'out.zip');
      expect((await newsmark(['export', '--format', 'brat', '--out', zip, '--library', library])).code).toBe(0);
      const files = unzipSync(await readFile(zip));
      expect(Object.keys(files).sort()).toEqual(['story.ann', 'story.txt']);
      expect(strFromU8(files['story.ann']!)).toBe(ann);

      const noOut = await newsmark(['export', '--format', 'brat', '--library', library]);
      expect(noOut.code).toBe(2);
      expect(noOut.stderr).toContain('--format brat writes several files: give --out DIR (or --out FILE.zip)');
    });
  });
});
