// Times importDocument on 1 MB files built in memory from the import fixtures, so a slow-down in
// decoding, extraction or clean-up shows up as a number:
//   - a 1 MB plain-text story;
//   - a typical 1 MB saved news page: a long story (~100 paragraphs) inside a page whose bulk is
//     what real saved pages carry — inline scripts, a JSON state blob, CSS, navigation;
//   - a worst case: 1 MB of article paragraphs in one container (Readability is quadratic in the
//     number of siblings under jsdom, see docs/import-formats.md).
//   npx tsx bench/import.bench.ts

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { importDocument } from '../core/import/import-document.js';

const MB = 1024 * 1024;
const fixture = (name: string): string =>
  readFileSync(new URL(`../core/import/fixtures/${name}`, import.meta.url), 'utf8');

/** `unit` repeated until the whole is at least `bytes` of UTF-8. */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

function bench(label: string, fileName: string, content: string, runs = 5): void {
  const bytes = new TextEncoder().encode(content);
  importDocument(fileName, bytes); // warm-up: module loading, JIT
  const times: number[] = [];
  let chars = 0;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    chars = importDocument(fileName, bytes).text.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `${label.padEnd(44)} ${(bytes.length / MB).toFixed(2)} MB -> ${String(chars).padStart(7)} chars   median ${median.toFixed(0).padStart(5)} ms   best ${(times[0] ?? 0).toFixed(0).padStart(5)} ms`,
  );
}

bench('.txt story', 'big.txt', repeatTo(`${fixture('story.txt')}\n`, MB));

const page = fixture('news-page.html');
const storyBody = /<div class="story-body">([\s\S]*?)<\/div>\s*<\/article>/.exec(page)?.[1] ?? '';
const withBody = (body: string, extraHead = ''): string =>
  page
    .replace(storyBody, body)
    .replace('</head>', `${extraHead}</head>`);

const longStory = storyBody.repeat(10);
const script = `<script>${repeatTo('window.__track = function (e) { return (e.detail || {}).id + "-" + Date.now(); };\n', 400 * 1024)}</script>`;
const state = `<script id="__NEXT_DATA__" type="application/json">${repeatTo('{"id":12345,"slug":"harbour-expansion","teaser":"Cranes at the terminal","tags":["port","bay"]},', 350 * 1024)}</script>`;
const css = `<style>${repeatTo('.story-body p{margin:0 0 1em;line-height:1.6}.nav a:hover{text-decoration:underline}\n', 250 * 1024)}</style>`;
bench('.html typical saved page (100-paragraph story)', 'page.html', withBody(longStory, script + state + css));

bench('.html worst case (1 MB of paragraphs)', 'paragraphs.html', withBody(repeatTo(storyBody, MB)), 3);
