// What one saved edit costs as the library grows: createAnnotation's median time (a durable
// write of the article file, its backup bookkeeping and the index) in real library folders of 1,
// 1,000 and 10,000 articles, as a ratio to the 1-article figure; and the open-time index check at
// 10,000 articles, both when it has to adopt every file (no index yet) and when the index matches.
// Big libraries are made fast by writing article files straight into articles/ (copies of one
// imported story with their own ids) and letting the first open adopt them.
// Target: ≤ 1.5 ms per edit and ≤ 1.2× the 1-article figure. Run: npx tsx bench/store.bench.ts
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { splitsSurrogatePair } from '../core/anchoring/text-quote';
import { LibraryService } from '../core/service';
import { syntheticStory } from './synthetic-story';

const SIZES = [1, 1000, 10_000];
const EDITS = 51;
const ROUNDS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A library folder holding `n` copies of one story's article file, each with its own id. */
async function libraryOf(n: number, template: string, templateId: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `newsmark-store-bench-${n}-`));
  const articles = join(dir, 'articles');
  await mkdir(articles);
  for (let i = 0; i < n; i += 200) {
    await Promise.all(
      Array.from({ length: Math.min(200, n - i) }, (_, j) => {
        const id = `bench${String(i + j).padStart(6, '0')}`;
        return writeFile(join(articles, `${id}.json`), template.replaceAll(templateId, id));
      }),
    );
  }
  return dir;
}

const seedDir = await mkdtemp(join(tmpdir(), 'newsmark-store-bench-seed-'));
const dirs: string[] = [seedDir];
try {
  const seed = await LibraryService.open(seedDir);
  const { article } = await seed.importFile({ fileName: 'story.txt', contentBase64: Buffer.from(syntheticStory(8 * 1024, 3)).toString('base64') });
  await seed.close();
  const template = await readFile(join(seedDir, 'articles', `${article.id}.json`), 'utf8');
  const text: string = JSON.parse(template).article.text;

  const libraries = new Map<number, string>();
  for (const n of SIZES) {
    const dir = await libraryOf(n, template, article.id);
    dirs.push(dir);
    libraries.set(n, dir);
    const t = performance.now();
    await (await LibraryService.open(dir)).close(); // adopts every file and writes the index
    console.log(`${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}: first open, adopting every file into a new index: ${(performance.now() - t).toFixed(0)} ms`);
  }
  // The machine is shared: each size is measured in several rounds, interleaved, and the
  // median of the rounds is reported.
  const p50s = new Map<number, number[]>(SIZES.map((n) => [n, []]));
  const opens = new Map<number, number[]>(SIZES.map((n) => [n, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const n of SIZES) {
      let t = performance.now();
      const service = await LibraryService.open(libraries.get(n)!); // the index matches: the check only stats
      opens.get(n)!.push(performance.now() - t);
      const targetId = `bench${String(Math.floor(n / 2)).padStart(6, '0')}`;
      const times: number[] = [];
      for (let i = 0; i < EDITS; i++) {
        let start = (i * 37 + round * 11) % (text.length - 60);
        while (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, start + 20)) start += 1;
        t = performance.now();
        await service.createAnnotation({ articleId: targetId, kind: 'claim', start, end: start + 20 });
        times.push(performance.now() - t);
      }
      await service.close();
      p50s.get(n)!.push(median(times));
    }
  }
  const base = median(p50s.get(1)!);
  for (const n of SIZES) {
    const p50 = median(p50s.get(n)!);
    console.log(
      `${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}: createAnnotation p50 ${p50.toFixed(2)} ms (×${(p50 / base).toFixed(2)} the 1-article figure; target ≤ 1.5 ms, ≤ 1.2×); ` +
        `open with the index check (index matches) ${median(opens.get(n)!).toFixed(0)} ms — median of ${ROUNDS} rounds`,
    );
  }
} finally {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
}
