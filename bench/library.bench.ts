// How fast the store and service are on big inputs: importing a 1 MB story, marking 500 spans in
// a 100 KB story (each one a real atomic write of its article file), and exporting a library of
// 200 articles. Prints numbers; run with: npx tsx bench/library.bench.ts
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { splitsSurrogatePair } from '../core/anchoring/text-quote';
import { KINDS } from '../core/model';
import { LibraryService } from '../core/service';
import { syntheticStory } from './synthetic-story';

function ms(since: number): string {
  return `${(performance.now() - since).toFixed(1)} ms`;
}

const dir = await mkdtemp(join(tmpdir(), 'newsmark-bench-'));
try {
  const service = await LibraryService.open(dir);
  const big = syntheticStory(1024 * 1024);
  let t = performance.now();
  await service.importFile({ fileName: 'big.txt', contentBase64: Buffer.from(big).toString('base64') });
  console.log(`import a 1 MB story: ${ms(t)}`);

  const story = syntheticStory(100 * 1024, 1);
  const { article } = await service.importFile({ fileName: 'story.txt', contentBase64: Buffer.from(story).toString('base64') });
  const { text } = (await service.getArticle({ id: article.id })).article;
  const marks = 500;
  t = performance.now();
  for (let i = 0; i < marks; i++) {
    const start = Math.floor((i / marks) * (text.length - 200));
    let end = start + 40 + (i % 120);
    if (splitsSurrogatePair(text, end)) end += 1;
    const from = splitsSurrogatePair(text, start) ? start + 1 : start;
    await service.createAnnotation({ articleId: article.id, kind: KINDS[i % 3]!, start: from, end });
  }
  const perMark = (performance.now() - t) / marks;
  console.log(`mark a span in a 100 KB story (saved to disk), with up to ${marks} spans: ${perMark.toFixed(2)} ms each on average`);

  for (let i = 0; i < 198; i++) {
    await service.importFile({ fileName: `s${i}.txt`, contentBase64: Buffer.from(syntheticStory(8 * 1024, i + 2)).toString('base64') });
  }
  t = performance.now();
  const exported = await service.exportJson({});
  console.log(`export a library of 200 articles (${(exported.content.length / 1024 / 1024).toFixed(1)} MB JSON): ${ms(t)}`);

  t = performance.now();
  const reopened = await LibraryService.open(dir);
  await reopened.listArticles();
  console.log(`open that library and list it: ${ms(t)}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
