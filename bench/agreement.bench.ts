// Agreement over a library, the computation alone (files already read): 100 and 1,000 articles of
// 5 KB, two annotators with 40 spans each per article (one in four moved by a few characters, one
// in ten missing), one pass per size. Printed beside the cost of only cutting the same texts into
// words, which every token-wise measure needs, so the ratio shows what the measures add.

import { performance } from 'node:perf_hooks';
import { wordSpans } from '../core/anchoring/snap-span.js';
import type { ArticleWork } from '../core/agreement/article-work.js';
import { agreementReport } from '../core/agreement/report.js';
import { CATEGORIES, type Unit, type UnitsByCategory } from '../core/agreement/units.js';
import { syntheticStory } from './synthetic-story.js';

function units(length: number, seed: number, jitter: boolean): UnitsByCategory {
  const out = Object.fromEntries(CATEGORIES.map((c) => [c, [] as Unit[]])) as UnitsByCategory;
  for (let k = 0; k < 40; k++) {
    if (jitter && k % 10 === 3) continue;
    const start = Math.floor(((k + 0.5) / 40) * (length - 60));
    const shift = jitter && k % 4 === 0 ? 3 : 0;
    out[CATEGORIES[(k + seed) % 3]!].push({ pieces: [{ start: start + shift, end: start + 40 }] });
  }
  return out;
}

function library(n: number): ArticleWork[] {
  return Array.from({ length: n }, (_, i) => {
    const text = syntheticStory(5_000, i);
    return { id: `a${i}`, title: '', text, annotators: new Map([['alice', units(text.length, i, false)], ['bob', units(text.length, i, true)]]) };
  });
}

for (const n of [100, 1_000]) {
  const work = library(n);
  let t = performance.now();
  for (const w of work) wordSpans(w.text);
  const words = performance.now() - t;
  t = performance.now();
  const report = agreementReport(work);
  const all = performance.now() - t;
  const quote = report.pairs[0]!.categories.find((c) => c.category === 'quote')!;
  console.log(
    `${n.toLocaleString('en-US')} articles: agreement ${all.toFixed(0)} ms (${(all / n).toFixed(2)} ms an article); cutting the texts into words alone ${words.toFixed(0)} ms (agreement = ${(all / words).toFixed(1)}× that); quote αu ${quote.alphaU?.toFixed(3)}`,
  );
}
