// How long the suggestion engine takes over one 100 KB article (target: under 200 ms), the
// article built by concatenating the eval articles. Prints numbers; asserts nothing.
//   npx tsx bench/suggest.bench.ts

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findFigures } from '../core/figures/index.js';
import { findClaims, findQuotes, suggestAll } from '../core/suggest/index.js';

const TARGET_BYTES = 100 * 1024;
const RUNS = 7;

const dir = join(import.meta.dirname, '..', 'eval', 'articles');
const stories = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(dir, name), 'utf8'));
let article = '';
for (let i = 0; Buffer.byteLength(article) < TARGET_BYTES; i++) article += `${stories[i % stories.length]}\n`;

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Median wall-clock and CPU milliseconds of `run`. CPU time is what the detectors cost; wall time
 * also counts waiting for a core, which on a shared, busy machine can be much longer.
 */
function measure(run: () => unknown): { wall: number; cpu: number } {
  run(); // warm up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const show = (name: string, t: { wall: number; cpu: number }) =>
  console.log(`${name.padEnd(8)} ${t.wall.toFixed(1).padStart(7)} ms wall ${t.cpu.toFixed(1).padStart(7)} ms cpu`);

const result = suggestAll(article);
console.log(`article: ${(Buffer.byteLength(article) / 1024).toFixed(1)} KB, ${article.length} UTF-16 units`);
console.log(`found: ${result.figures.length} figures, ${result.quotes.length} quotes, ${result.claims.length} claims`);
show('figures', measure(() => findFigures(article)));
show('quotes', measure(() => findQuotes(article)));
show('claims', measure(() => findClaims(article)));
const all = measure(() => suggestAll(article));
show('all', all);
console.log(`median of ${RUNS} runs; target < 200 ms: ${all.wall < 200 ? 'ok' : all.cpu < 200 ? 'ok in CPU time (the machine is busy)' : 'SLOW'}`);
