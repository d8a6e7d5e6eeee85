// Saved web pages are read off the main thread, within a time limit and a nesting limit: pages
// nested 800, 1,000 and 5,000 levels deep are refused at once with the reason, a slow page never
// stops a timer of this thread from ticking, and a page over the time limit is refused while the
// next page still imports. All through the real service over a real library folder.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch.js';
import { LibraryService } from '../service.js';
import { base64, withTempDir } from '../testing/temp-library.js';
import { MAX_MARKUP_DEPTH } from './markup-depth.js';
import { importPageOffThread } from './off-thread.js';

const PARAGRAPH = '<p>The council voted on Tuesday to expand the harbour, at a cost of $28 billion, officials said.</p>';

/** A page whose story sits `depth` elements deep, each level with a line of its own. */
/** A page nested `depth` levels deep, `copies` times side by side (more copies: slower to read). */
function nestedPage(depth: number, copies = 1): string {
  const block = `${'<div><p>Level text.</p>'.repeat(depth)}${PARAGRAPH.repeat(20)}${'</div>'.repeat(depth)}`;
  return `<!doctype html><html><head><title>Deep</title></head><body>${block.repeat(copies)}</body></html>`;
}

describe('reading web pages off the main thread', { timeout: 60_000 }, () => {
  it('refuses pages nested 800, 1,000 and 5,000 levels deep at once, saying why, and stores nothing', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      for (const depth of [800, 1_000, 5_000]) {
        const started = performance.now();
        const result = await dispatch(service, 'importFile', { fileName: 'deep.html', contentBase64: base64(nestedPage(depth)) });
        expect(result).toEqual({
          ok: false,
          error: {
            code: 'too-complex',
            message: expect.stringContaining(`deep.html is nested ${depth.toLocaleString('en-US')} levels deep; Newsmark reads pages up to ${MAX_MARKUP_DEPTH} levels.`),
          },
        });
        expect(performance.now() - started, `${depth} levels: refused before any DOM is built`).toBeLessThan(2_000);
      }
      expect(await service.listArticles()).toEqual([]);
      expect(await readdir(join(dir, 'articles')).catch(() => [])).toEqual([]);
    });
  });

  it('keeps this thread free while a slow page is read: a timer keeps ticking', async () => {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const page = base64(nestedPage(MAX_MARKUP_DEPTH - 6, 16)); // slow even on an idle machine
      await service.importFile({ fileName: 'warm-up.html', contentBase64: base64(nestedPage(3)) }); // starts the worker
      let last = performance.now();
      let longestGap = 0;
      const timer = setInterval(() => {
        const now = performance.now();
        longestGap = Math.max(longestGap, now - last);
        last = now;
      }, 10);
      const started = performance.now();
      try {
        const { article } = await service.importFile({ fileName: 'slow.html', contentBase64: page });
        expect(article.title).toBe('Deep');
      } finally {
        clearInterval(timer);
      }
      const took = performance.now() - started;
      expect(took, 'the page must be slow enough to tell').toBeGreaterThan(300);
      expect(longestGap, `the timer waited ${longestGap.toFixed(0)} ms during a ${took.toFixed(0)} ms read`).toBeLessThan(took / 4); // on this thread it would wait the whole read; a loaded machine only delays ticks
    });
  });

  it('stops a page past the time limit with the reason, and the next page still imports', async () => {
    const slow = new TextEncoder().encode(nestedPage(MAX_MARKUP_DEPTH - 6));
    await expect(importPageOffThread('slow.html', slow, 50)).rejects.toMatchObject({
      code: 'too-complex',
      message: expect.stringContaining('slow.html took longer than 0.05 s to read, so Newsmark stopped.'),
    });
    const next = await importPageOffThread('next.html', new TextEncoder().encode(nestedPage(2)));
    expect(next.title).toBe('Deep');
  });
});
