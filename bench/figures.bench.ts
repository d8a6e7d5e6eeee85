// How long findFigures takes on a 100 KB and a 1 MB article of realistic, figure-dense news text.
// Prints numbers; not a test. Run: npx tsx bench/figures.bench.ts

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findFigures } from '../core/figures/index.js';

const WIRE_STORY = fileURLToPath(new URL('../core/figures/fixtures/wire-story.txt', import.meta.url));

/** A paragraph dense with the forms findFigures reads (and some it must skip), so the bench is not all prose. */
const FIGURES_PARAGRAPH = `
Russia's economy shrank 3.2% in the second quarter, the worst since 2009, while inflation held at
about 4 per cent. The central bank cut its key rate by 25 basis points to 4.25%, and forecast growth
of 2.5-3.5% next year. Exports fell to $28 billion from $31.5bn a year earlier; imports were worth
some 1.2 trillion roubles (€14.6 billion). Nearly 200 lung ventilators, 1,500,000 masks and
two-thirds of the 5m test kits arrived on March 30, the ministry said on Thursday, July 23, 2020.
More than 12,000 people, one in five of them over 65, applied for the £2.5bn scheme; at least
three regions reported temperatures of -5°C. Call +7 (495) 123-45-67 for Article 5 details at 10:30.
`;

function article(bytes: number): string {
  const story = readFileSync(WIRE_STORY, 'utf8');
  let text = '';
  while (text.length < bytes) text += story + FIGURES_PARAGRAPH;
  return text.slice(0, bytes);
}

function medianMs(text: string, runs: number): { ms: number; figures: number } {
  const times: number[] = [];
  let figures = 0;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    figures = findFigures(text, { articleDate: '2020-07-23' }).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? NaN, figures };
}

const sizes = [['100 KB', 100_000, 21], ['1 MB', 1_000_000, 7]] as const;
medianMs(article(1_000_000), 3); // warm up the JIT on a few megabytes first
for (const [label, bytes, runs] of sizes) {
  const text = article(bytes);
  const { ms, figures } = medianMs(text, runs);
  console.log(`findFigures ${label.padEnd(6)} ${ms.toFixed(1).padStart(7)} ms (median of ${runs}), ${figures} figures`);
}
