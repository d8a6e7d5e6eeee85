// How the reader copes with a long, heavily marked article in Chromium: time from loading the
// page to all highlights painted for a 100 KB story with 1,000 annotations, and the time to
// repaint after one more mark. Prints numbers; run with: npx tsx bench/reader.bench.ts
import { splitsSurrogatePair } from '../core/anchoring/text-quote';
import { KINDS } from '../core/model';
import { benchApp } from './app-bench';
import { syntheticStory } from './synthetic-story';

const ANNOTATIONS = 1000;
await benchApp({ seedSample: false }, async (app) => {
  const story = syntheticStory(100 * 1024, 3);
  const { article } = await app.service.importFile({ fileName: 'long.txt', contentBase64: Buffer.from(story).toString('base64') });
  const { text } = (await app.service.getArticle({ id: article.id })).article;
  for (let i = 0; i < ANNOTATIONS; i++) {
    let start = Math.floor((i / ANNOTATIONS) * (text.length - 300));
    if (splitsSurrogatePair(text, start)) start += 1;
    let end = start + 20 + (i % 200);
    if (splitsSurrogatePair(text, end)) end += 1;
    await app.service.createAnnotation({ articleId: article.id, kind: KINDS[i % 3]!, start, end });
  }
  const painted = () =>
    app.page.waitForFunction((n) => ['nm-claim', 'nm-quote', 'nm-figure'].reduce((sum, k) => sum + (CSS.highlights.get(k)?.size ?? 0), 0) === n, ANNOTATIONS);
  const t0 = Date.now();
  await app.page.reload();
  await painted();
  console.log(`open a 100 KB story with ${ANNOTATIONS} annotations, all painted: ${Date.now() - t0} ms (page load included)`);

  const paintMs = await app.page.evaluate(() => {
    const t = performance.now();
    const names = ['nm-claim', 'nm-quote', 'nm-figure'];
    const saved = names.map((n) => CSS.highlights.get(n)!);
    names.forEach((n, i) => CSS.highlights.set(n, new Highlight(...(saved[i] as unknown as Iterable<Range>))));
    document.body.getBoundingClientRect();
    return performance.now() - t;
  });
  console.log(`re-register ${ANNOTATIONS} highlight ranges: ${paintMs.toFixed(1)} ms`);

  // (No named inner functions here: tsx would wrap them in a helper the page does not have.)
  const selectMs = await app.page.evaluate(async () => {
    const t = performance.now();
    // The panel draws only the rows near its view: the last one drawn.
    const rows = document.querySelectorAll<HTMLButtonElement>('.annotation-summary');
    rows[rows.length - 1]!.click();
    while (!document.querySelector('.annotation-item.selected')) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t;
  });
  console.log(`select one of ${ANNOTATIONS} annotations from the list (render, scroll, flash): ${selectMs.toFixed(1)} ms`);
});
