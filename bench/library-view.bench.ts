// How the library copes with 1,000 articles (8 KB each): listing, searching titles and full
// texts in the service (the first search reads every article file, later ones use memory), and
// in Chromium: opening the window with the whole list shown, a search typed into the view, and a
// change of sort order. Prints numbers; run with: npx tsx bench/library-view.bench.ts
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import buildRenderer from '../e2e/build-renderer';
import { launchApp } from '../e2e/harness';
import { LibraryService } from '../core/service';
import { syntheticStory } from './synthetic-story';

const ARTICLES = 1000;

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const result = await run();
  console.log(`${label}: ${(performance.now() - t).toFixed(1)} ms`);
  return result;
}

const dir = await mkdtemp(join(tmpdir(), 'newsmark-bench-'));
try {
  const builder = await LibraryService.open(dir);
  const t = performance.now();
  for (let i = 0; i < ARTICLES; i++) {
    const text = `Story ${i} about harbour ${i % 10 === 0 ? 'dredging' : 'trade'}.\n\n${syntheticStory(8 * 1024, i)}`;
    await builder.importFile({ fileName: `story-${i}.txt`, contentBase64: Buffer.from(text).toString('base64') });
  }
  console.log(`build a library of ${ARTICLES} articles: ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const service = await timed('open the library', () => LibraryService.open(dir));
  await timed(`list ${ARTICLES} articles`, () => service.listArticles());
  const cold = await timed('search the full texts, first time (reads every file)', () => service.searchArticles({ query: 'dredging' }));
  await timed('the same search again (texts in memory)', () => service.searchArticles({ query: 'dredging' }));
  await timed('a two-word search in memory', () => service.searchArticles({ query: 'lung ventilators' }));
  console.log(`  (${cold.length} articles found for "dredging")`);

  buildRenderer();
  const app = await launchApp({ libraryDir: dir, seedSample: false });
  try {
    // The view renders 100 rows at first and the next 100 each time the list's end scrolls into view.
    const rows = (n: number) =>
      app.page.waitForFunction((n) => document.querySelectorAll('.library-view .library-row').length === Math.min(n, 100), n, { polling: 'raf' });
    let t0 = Date.now();
    await app.page.reload();
    await rows(ARTICLES);
    const shownAt = await app.page.evaluate(() => performance.now());
    console.log(`open the window with ${ARTICLES} articles (first 100 rows shown): ${Date.now() - t0} ms (${shownAt.toFixed(0)} ms after navigation start)`);

    t0 = Date.now();
    await app.page.getByRole('searchbox', { name: 'Search the library' }).fill('dredging');
    await app.page.getByText(`${cold.length} articles found`).waitFor();
    await rows(cold.length);
    console.log(`type a search and see the ${cold.length} hits listed: ${Date.now() - t0} ms (150 ms typing pause included)`);

    await app.page.getByRole('searchbox', { name: 'Search the library' }).fill('');
    await rows(ARTICLES);
    // Measured inside the page: from the change event to the first frame showing the new order.
    const sortMs = await app.page.evaluate(async () => {
      const select = document.querySelector<HTMLSelectElement>('.library-view select')!;
      const t = performance.now();
      select.value = 'title';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      while (document.querySelector('.library-view .library-title')?.textContent !== 'Story 0 about harbour dredging.') {
        await new Promise((r) => requestAnimationFrame(r));
      }
      return performance.now() - t;
    });
    console.log(`re-sort ${ARTICLES} articles by title (in the page): ${sortMs.toFixed(1)} ms`);
    const scrollMs = await app.page.evaluate(async () => {
      const list = document.querySelector<HTMLElement>('.library-view')!;
      const t = performance.now();
      list.scrollTop = list.scrollHeight;
      while (document.querySelectorAll('.library-view .library-row').length < 200) await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t;
    });
    console.log(`scroll to the end of the list: the next 100 rows shown in ${scrollMs.toFixed(1)} ms`);
  } finally {
    await app.close();
  }
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
  process.exit();
}
