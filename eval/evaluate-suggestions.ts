// Runs the suggestion engine over PolNeAR (human-annotated US political news, the headline
// figures: dev by default, train with --train for development) and then over the self-written eval
// articles (a regression check), printing each table against the issues' targets.
//   npm run eval:suggest [-- --train] [-- --verbose]
// Exits non-zero only when a label file is broken; missing a target is reported, not fatal.

import { suggestAll } from '../core/suggest/index.js';
import { articleSlugs, LabelError, loadArticle, type EvalArticle } from './labels.js';
import { reportPolnear } from './polnear/report.js';
import { scoreArticle, type ArticleScore, type Tally } from './score.js';

const verbose = process.argv.includes('--verbose');
reportPolnear(process.argv.includes('--train') ? 'train' : 'dev', verbose);

function loadAll(): EvalArticle[] {
  try {
    return articleSlugs().map((slug) => loadArticle(slug));
  } catch (error) {
    if (error instanceof LabelError) {
      console.error(`broken label file: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const fmt = (x: number) => x.toFixed(3);
const mark = (value: number, target: number) => `${fmt(value)} ${value >= target ? 'ok ' : 'LOW'} (target ${target})`;

function sum(scores: ArticleScore[], pick: (s: ArticleScore) => Tally): Tally {
  return scores
    .map(pick)
    .reduce((a, b) => ({ labels: a.labels + b.labels, predicted: a.predicted + b.predicted, correct: a.correct + b.correct }), {
      labels: 0,
      predicted: 0,
      correct: 0,
    });
}

const articles = loadAll();
const scores = articles.map((article) => {
  const score = scoreArticle(article, suggestAll(article.text, { articleDate: article.articleDate }));
  if (verbose && score.misses.length) console.log(`\n${article.slug}\n  ${score.misses.join('\n  ')}`);
  return score;
});

const figures = sum(scores, (s) => s.figures);
const quotes = sum(scores, (s) => s.quotes);
const claims = sum(scores, (s) => s.claims);
const values = scores.reduce((a, s) => ({ checked: a.checked + s.figureValues.checked, correct: a.correct + s.figureValues.correct }), {
  checked: 0,
  correct: 0,
});
const speakers = scores.reduce((a, s) => ({ checked: a.checked + s.speakers.checked, correct: a.correct + s.speakers.correct }), {
  checked: 0,
  correct: 0,
});

const TARGETS = { figures: [0.95, 0.95], quotes: [0.95, 0.95], claims: [0.6, 0.7] } as const;

console.log(
  `\nSelf-written eval set (regression check): ${articles.length} articles, ${figures.labels + quotes.labels + claims.labels} labels\n`,
);
console.log('kind      labels  found  correct  precision              recall');
for (const [name, t] of [
  ['figures', figures],
  ['quotes', quotes],
  ['claims', claims],
] as const) {
  const [p, r] = TARGETS[name];
  console.log(
    `${name.padEnd(8)}  ${String(t.labels).padStart(6)}  ${String(t.predicted).padStart(5)}  ${String(t.correct).padStart(7)}  ${mark(ratio(t.correct, t.predicted), p).padEnd(22)} ${mark(ratio(t.correct, t.labels), r)}`,
  );
}
console.log(`\nfigure values correct  ${values.correct}/${values.checked}  ${mark(ratio(values.correct, values.checked), 0.95)}`);
console.log(`speakers correct       ${speakers.correct}/${speakers.checked}  ${mark(ratio(speakers.correct, speakers.checked), 0.85)}`);
console.log('\nspans: figures and quotes exact; claims overlap >= 50% of the longer sentence. See eval/README.md.');
