// What one saved edit costs on a big article — a 1 MB story with 10,000 annotations (the reader's
// scale case, bench/scale-data.ts) — through the real service on a real library folder: mark,
// retag and delete, each durable when the call returns (a journal line and its fsync), as p50 and
// p95. Beside them, measured in the same run: writing that article's file whole and durably once
// (temp file, fsync, rename, fsync of the folder), which is what every edit cost before the journal,
// and the open of the article with a journal of those edits not yet compacted.
// Target (issue #13): the file written ≤ 50 ms after the edit. Run: npx tsx bench/article-write.bench.ts
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildNativeExport } from '../core/export/native-json';
import { LibraryService } from '../core/service';
import { writeFileDurably } from '../core/store/durable-json-adapter';
import { asArticle, scaleData } from './scale-data';

const EDITS = 40;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))]!;
}

const dir = await mkdtemp(join(tmpdir(), 'newsmark-article-write-'));
try {
  const data = scaleData();
  const doc = asArticle(data);
  const setup = await LibraryService.open(dir);
  await setup.importAnnotations({
    fileName: 'big.json',
    contentBase64: Buffer.from(JSON.stringify(buildNativeExport([doc], 'x'))).toString('base64'),
  });
  await setup.close();
  const articleId = (await readdir(join(dir, 'articles'))).find((n) => n.endsWith('.json'))!.slice(0, -'.json'.length);
  const fileText = await readFile(join(dir, 'articles', `${articleId}.json`), 'utf8');

  const parsed: unknown = JSON.parse(fileText);
  const whole: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await writeFileDurably(join(dir, 'reference.json'), JSON.stringify(parsed));
    whole.push(performance.now() - t);
  }
  const reference = quantile(whole, 0.5);
  console.log(
    `reference: the ${(fileText.length / 1024 / 1024).toFixed(1)} MB article file (${doc.annotations.length.toLocaleString('en')} annotations) written whole and durably: ${reference.toFixed(0)} ms (p50 of 5)`,
  );

  const service = await LibraryService.open(dir);
  // The first change after an open writes the file whole (keeping a backup): made before the timings.
  await service.updateArticle({ id: articleId, title: 'Big story' });
  const times = { mark: [] as number[], retag: [] as number[], delete: [] as number[] };
  for (let i = 0; i < EDITS; i++) {
    const span = data.spans[(i * 211) % data.spans.length]!;
    let t = performance.now();
    const a = await service.createAnnotation({ articleId, kind: 'claim', start: span.start, end: span.end });
    times.mark.push(performance.now() - t);
    t = performance.now();
    await service.updateAnnotation({ articleId, id: a.id, kind: 'quote' });
    times.retag.push(performance.now() - t);
    t = performance.now();
    await service.deleteAnnotation({ articleId, id: a.id });
    times.delete.push(performance.now() - t);
  }
  for (const [what, xs] of Object.entries(times)) {
    const p50 = quantile(xs, 0.5);
    console.log(
      `${what.padEnd(7)} at 1 MB / 10,000: durable in p50 ${p50.toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms ` +
        `(${(p50 / reference).toFixed(2)}× the whole-file write; target ≤ 50 ms) ${p50 <= 50 ? 'ok' : 'MISSED'}`,
    );
  }
  // Killed here, the journal holds the edits: the next open reads the file and applies them.
  const t = performance.now();
  const reader = await LibraryService.open(dir, { readOnly: true });
  await reader.getArticle({ id: articleId });
  console.log(`open and read the article with ${EDITS * 3} journaled edits not yet compacted: ${(performance.now() - t).toFixed(0)} ms`);
  const c = performance.now();
  await service.close();
  console.log(`close (compacts the journal into the file): ${(performance.now() - c).toFixed(0)} ms`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
