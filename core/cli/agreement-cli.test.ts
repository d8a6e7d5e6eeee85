// `newsmark import --brat-layers` and `newsmark agreement`, run as the real command in child
// processes over a temp library: two annotators' brat files of one story become two layers, and
// agreement prints their table (or JSON) while the library is held open for writing elsewhere.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryService } from '../service.js';
import { STORY, attributionAnn } from '../testing/attribution-layers.js';
import { newsmark } from '../testing/run-newsmark.js';
import { withTempDir } from '../testing/temp-library.js';

async function polnearFolder(dir: string): Promise<string> {
  const corpus = join(dir, 'corpus');
  await mkdir(join(corpus, 'text'), { recursive: true });
  await mkdir(join(corpus, 'attributions'));
  await writeFile(join(corpus, 'text', 'story.txt'), STORY);
  await writeFile(join(corpus, 'attributions', 'story_alice.ann'), attributionAnn([22, 51]));
  await writeFile(join(corpus, 'attributions', 'story_bob.ann'), attributionAnn([22, 37]));
  return corpus;
}

describe('newsmark agreement', { timeout: 60_000 }, () => {
  it("prints the table of two annotators' layers, and JSON with --json, beside a writer", async () => {
    await withTempDir(async (dir) => {
      const library = join(dir, 'library');
      const imported = await newsmark(['import', await polnearFolder(dir), '--brat-layers', '--library', library]);
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);

      const app = await LibraryService.open(library, { holder: 'Newsmark' });
      try {
        const table = await newsmark(['agreement', '--library', library]);
        expect(table.stderr).toBe('');
        expect(table.stdout).toContain('Agreement in the library: 1 of 1 article with two annotators or more (alice, bob).');
        expect(table.stdout).toContain('alice (A) × bob (B): 1 article, 12 tokens');
        expect(table.stdout).toMatch(/^ {2}quote\s+1\/1\s+0\.000\s+1\.000\s+0\.571\s+\d\.\d{3}$/m);
        expect(table.stdout).toMatch(/^ {2}speaker\s+1\/1\s+1\.000\s+1\.000\s+1\.000\s+1\.000$/m);
        expect(table.stdout).toMatch(/^ {2}claim\s+0\/0\s+–\s+–\s+–\s+–$/m);

        const [article] = await app.listArticles();
        const json = await newsmark(['agreement', '--article', article!.id, '--json', '--library', library]);
        const report = JSON.parse(json.stdout);
        expect(report.scope).toEqual({ articleId: article!.id, considered: 1 });
        expect(report.pairs[0].categories.find((c: { category: string }) => c.category === 'quote').kappa).toBeCloseTo(32 / 56, 12);
      } finally {
        await app.close();
      }
    });
  });

  it('says what is wrong with the arguments or the scope', async () => {
    await withTempDir(async (dir) => {
      const library = join(dir, 'library');
      const empty = await newsmark(['agreement', '--library', library]);
      expect(empty.code).toBe(0);
      expect(empty.stdout).toContain('No agreement to show for the library: no article there has two annotators');
      const both = await newsmark(['agreement', '--article', 'x', '--tag', 'y', '--library', library]);
      expect([both.code, both.stderr]).toEqual([
        2,
        'newsmark: agreement takes one of --article, --tag and --batch\nRun "newsmark --help" for usage.\n',
      ]);
      const tag = await newsmark(['agreement', '--tag', 'batch-9', '--library', library]);
      expect([tag.code, tag.stderr]).toEqual([1, 'newsmark: No article has an annotation tagged "batch-9".\n']);
    });
  });
});
