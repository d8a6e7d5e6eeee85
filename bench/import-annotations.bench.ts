// How long importing big annotation files takes, through the real service into a real library
// folder: 100,000 native annotations (a compact Newsmark export, 35 MB) and 10,000 W3C
// annotations, each merged into an article the library already has; then the same files again
// (every annotation already there: all skipped). Beside each figure, the floor measured in the
// same run: parsing the file and writing the resulting article once (JSON.parse + one write).
// Targets (issue #9): 100,000 native ≤ 2 s, 10,000 W3C ≤ 0.5 s.
//   npx tsx bench/import-annotations.bench.ts

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportAs, type FormatName } from '../core/formats/index.js';
import type { ArticleDocument } from '../core/model.js';
import { LibraryService } from '../core/service.js';
import { articleWithAnnotations } from '../core/testing/many-annotations.js';

const RUNS = 3;
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

function fileOf(format: FormatName, doc: ArticleDocument): string {
  const { content } = exportAs(format, [doc], { exportedAt: '2026-01-01T00:00:00.000Z', selected: false });
  return JSON.stringify(JSON.parse(content)); // compact, as a script or another tool might write it
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function floor(content: string, dir: string): Promise<number> {
  const start = performance.now();
  const parsed: unknown = JSON.parse(content);
  await writeFile(join(dir, 'floor.json'), JSON.stringify(parsed));
  return performance.now() - start;
}

async function bench(label: string, format: FormatName, count: number, target: number): Promise<void> {
  const doc = articleWithAnnotations(count);
  const bare = base64(fileOf('json', { ...doc, annotations: [] }));
  const upload = { fileName: `big.${format === 'w3c' ? 'jsonld' : 'json'}`, contentBase64: base64(fileOf(format, doc)) };
  const first: number[] = [];
  const again: number[] = [];
  const floors: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const dir = await mkdtemp(join(tmpdir(), 'newsmark-bench-'));
    try {
      const service = await LibraryService.open(dir);
      await service.importAnnotations({ fileName: 'article.json', contentBase64: bare });
      let start = performance.now();
      const outcome = await service.importAnnotations(upload);
      first.push(performance.now() - start);
      if (outcome.added !== count) throw new Error(`${label}: ${outcome.added} of ${count} added`);
      start = performance.now();
      await service.importAnnotations(upload);
      again.push(performance.now() - start);
      floors.push(await floor(Buffer.from(upload.contentBase64, 'base64').toString('utf8'), dir));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const f = median(floors);
  const row = (what: string, ms: number) =>
    console.log(`${what.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  (${(ms / f).toFixed(1)}× the floor; target ≤ ${target} ms ${ms <= target ? 'ok' : 'MISSED'})`);
  const mb = (upload.contentBase64.length * 0.75) / 1024 / 1024;
  console.log(`${label}: ${mb.toFixed(1)} MB file; floor (parse + write once) ${f.toFixed(0)} ms; median of ${RUNS}`);
  row(`  import, all new`, median(first));
  row(`  import again, all already there`, median(again));
}

await bench('100,000 native annotations', 'json', 100_000, 2000);
await bench('10,000 W3C annotations', 'w3c', 10_000, 500);
