// What one saved edit costs as the library grows: createAnnotation's median time (a durable
// write of the article's journal line, its backup bookkeeping and the index) in real library
// folders of 1, 1,000 and 10,000 articles, as a ratio to the 1-article figure and to the floor
// measured in the same run (appending a line of the same size to a file and fsyncing it, which
// any durable edit pays); and the open-time index check, both when it has to adopt every file (no
// index yet) and when the index matches. The disk is shared and its flushes swing single edits
// by 10×: each size is measured over many edits in interleaved rounds, and reported as the p50
// of all its edits with the spread (p25–p75, and the lowest and highest round median), beside
// the CPU time per edit, which the disk does not sway. Big libraries are made fast by writing
// article files straight into articles/ (copies of one imported story with their own ids) and
// letting the first open adopt them.
// Target: ≤ 1.5 ms per edit and ≤ 1.2× the 1-article figure. Run: npx tsx bench/store.bench.ts
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { splitsSurrogatePair } from '../core/anchoring/text-quote';
import { LibraryService } from '../core/service';
import { syntheticStory } from './synthetic-story';

const SIZES = [1, 1000, 10_000];
const EDITS = 101;
const ROUNDS = 5;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) * q)]!;
}

const median = (xs: number[]): number => quantile(xs, 0.5);

/** Each edit's time and the CPU time per edit, over one round. */
interface Round {
  times: number[];
  cpuMs: number;
}

async function timed(edits: number, edit: (i: number) => Promise<void>): Promise<Round> {
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < edits; i++) {
    const t = performance.now();
    await edit(i);
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  return { times, cpuMs: (used.user + used.system) / 1000 / edits };
}

/** The floor: a journal-sized line appended to a file and fsynced, as many times as edits. */
async function floorRound(dir: string): Promise<Round> {
  const file = await open(join(dir, 'floor.journal'), 'a');
  const line = `${'x'.repeat(420)}\n`;
  try {
    return await timed(EDITS, async () => {
      await file.write(line);
      await file.sync();
    });
  } finally {
    await file.close();
  }
}

function spread(rounds: Round[]): { p50: number; p25: number; p75: number; lowRound: number; highRound: number; cpuMs: number } {
  const all = rounds.flatMap((r) => r.times);
  const medians = rounds.map((r) => median(r.times));
  return { p50: median(all), p25: quantile(all, 0.25), p75: quantile(all, 0.75), lowRound: Math.min(...medians), highRound: Math.max(...medians), cpuMs: median(rounds.map((r) => r.cpuMs)) };
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
  // The machine is shared: each size is measured in several rounds, interleaved with the floor.
  const rounds = new Map<number, Round[]>(SIZES.map((n) => [n, []]));
  const floors: Round[] = [];
  const opens = new Map<number, number[]>(SIZES.map((n) => [n, []]));
  for (let round = 0; round < ROUNDS; round++) {
    floors.push(await floorRound(seedDir));
    for (const n of SIZES) {
      const t = performance.now();
      const service = await LibraryService.open(libraries.get(n)!); // the index matches: the check only stats
      opens.get(n)!.push(performance.now() - t);
      const targetId = `bench${String(Math.floor(n / 2)).padStart(6, '0')}`;
      rounds.get(n)!.push(
        await timed(EDITS, async (i) => {
          let start = (i * 37 + round * 11) % (text.length - 60);
          while (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, start + 20)) start += 1;
          await service.createAnnotation({ articleId: targetId, kind: 'claim', start, end: start + 20 });
        }),
      );
      await service.close();
    }
  }
  const floor = spread(floors);
  console.log(`floor: append a journal-sized line and fsync it: p50 ${floor.p50.toFixed(2)} ms (p25–p75 ${floor.p25.toFixed(2)}–${floor.p75.toFixed(2)}), CPU ${floor.cpuMs.toFixed(2)} ms — ${ROUNDS} rounds × ${EDITS}`);
  const base = spread(rounds.get(1)!);
  for (const n of SIZES) {
    const r = spread(rounds.get(n)!);
    const ok = r.p50 <= 1.5 && r.p50 <= 1.2 * base.p50;
    console.log(
      `${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}: createAnnotation p50 ${r.p50.toFixed(2)} ms (p25–p75 ${r.p25.toFixed(2)}–${r.p75.toFixed(2)}, round medians ${r.lowRound.toFixed(2)}–${r.highRound.toFixed(2)}; ` +
        `×${(r.p50 / base.p50).toFixed(2)} the 1-article figure, ×${(r.p50 / floor.p50).toFixed(2)} the floor), CPU ${r.cpuMs.toFixed(2)} ms per edit (×${(r.cpuMs / base.cpuMs).toFixed(2)}); ` +
        `open with the index check (index matches) ${median(opens.get(n)!).toFixed(0)} ms; target ≤ 1.5 ms, ≤ 1.2× ${ok ? 'ok' : 'MISSED'}`,
    );
  }
} finally {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
}
