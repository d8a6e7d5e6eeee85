// Prints the PolNeAR table of `npm run eval:suggest`: per kind precision, recall and F1, the
// speaker span, name and cue shares, and the engine's time over a 100 kB article built from the
// split's texts, each against issue #12's target. Skips with a message when the corpus is absent.

import { findQuotes, suggestAll } from '../../core/suggest/index.js';
import { corpusPresent, loadSplit, POLNEAR_DIR, skippedLines, type Split } from './corpus.js';
import { scorePolnear, type PolnearScore, type Share, type Tally } from './score.js';

export const TARGETS = { quotesF1: 0.95, speakerSpan: 0.9, speakerName: 0.85, cue: 0.9, indirectF1: 0.7, ms100k: 200 } as const;

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
const f1 = (t: Tally) => {
  const p = ratio(t.correct, t.predicted);
  const r = ratio(t.correct, t.labels);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
const fmt = (x: number) => x.toFixed(3);
const verdict = (ok: boolean) => (ok ? 'ok ' : 'LOW');

function sumTally(scores: PolnearScore[], pick: (s: PolnearScore) => Tally): Tally {
  return scores
    .map(pick)
    .reduce((a, b) => ({ labels: a.labels + b.labels, predicted: a.predicted + b.predicted, correct: a.correct + b.correct }));
}
function sumShare(scores: PolnearScore[], pick: (s: PolnearScore) => Share): Share {
  return scores.map(pick).reduce((a, b) => ({ checked: a.checked + b.checked, correct: a.correct + b.correct }));
}

/** Median CPU milliseconds of `run` after a warm-up (CPU, not wall: the machine is shared). */
function medianMs(run: () => unknown, runs = 5): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

export interface PolnearFigures {
  quotesF1: number;
  speakerSpan: number;
  speakerName: number;
  cue: number;
  indirectF1: number;
  ms100k: number;
}

/** Prints the table for `split`; returns the headline figures, or undefined when the corpus is absent. */
export function reportPolnear(split: Split, verbose: boolean): PolnearFigures | undefined {
  if (!corpusPresent()) {
    console.log(`PolNeAR not found at ${POLNEAR_DIR}: skipping the real-news eval (see eval/README.md).`);
    return undefined;
  }
  const articles = loadSplit(split);
  const scores = articles.map((article) => {
    const score = scorePolnear(article, findQuotes(article.text));
    if (verbose && score.misses.length) console.log(`\n${article.name}\n  ${score.misses.join('\n  ')}`);
    return score;
  });
  const quotes = sumTally(scores, (s) => s.quotes);
  const indirect = sumTally(scores, (s) => s.indirect);
  const span = sumShare(scores, (s) => s.speakerSpan);
  const name = sumShare(scores, (s) => s.speakerName);
  const cue = sumShare(scores, (s) => s.cue);
  const indirectSpan = sumShare(scores, (s) => s.indirectSpeakerSpan);

  let article = '';
  for (let i = 0; Buffer.byteLength(article) < 100 * 1024; i++) article += `${articles[i % articles.length]?.text ?? ''}\n\n`;
  const quoteMs = medianMs(() => findQuotes(article));
  const allMs = medianMs(() => suggestAll(article));

  const figures: PolnearFigures = {
    quotesF1: f1(quotes),
    speakerSpan: ratio(span.correct, span.checked),
    speakerName: ratio(name.correct, name.checked),
    cue: ratio(cue.correct, cue.checked),
    indirectF1: f1(indirect),
    ms100k: allMs,
  };
  console.log(
    `\nPolNeAR ${split}: ${articles.length} articles (US political news, 2016), first annotator of each${skippedLines.count ? ` (${skippedLines.count} .ann lines the brat parser could not read skipped)` : ''}`,
  );
  console.log('kind                labels  found  correct  precision  recall     F1');
  for (const [label, t, target] of [
    ['direct + mixed', quotes, TARGETS.quotesF1],
    ['indirect', indirect, TARGETS.indirectF1],
  ] as const) {
    const f = f1(t);
    console.log(
      `${label.padEnd(18)}  ${String(t.labels).padStart(6)}  ${String(t.predicted).padStart(5)}  ${String(t.correct).padStart(7)}  ${fmt(ratio(t.correct, t.predicted)).padStart(9)}  ${fmt(ratio(t.correct, t.labels)).padStart(6)}  ${fmt(f)} ${verdict(f >= target)} (target ${target})`,
    );
  }
  const share = (label: string, s: Share, target?: number) => {
    const x = ratio(s.correct, s.checked);
    console.log(
      `${label.padEnd(34)} ${String(s.correct).padStart(4)}/${String(s.checked).padEnd(4)} ${fmt(x)}${target === undefined ? '' : ` ${verdict(x >= target)} (target ${target})`}`,
    );
  };
  console.log('\nof the direct + mixed quotes found:');
  share('  speaker span = annotated Source', span, TARGETS.speakerSpan);
  share('  speaker name (Source names them)', name, TARGETS.speakerName);
  share('  cue = annotated Cue', cue, TARGETS.cue);
  console.log('of the indirect attributions found:');
  share('  speaker span = annotated Source', indirectSpan);
  console.log(
    `\nspeed, 100 kB of ${split} text: quotes and speakers ${quoteMs.toFixed(1)} ms, all detectors ${allMs.toFixed(1)} ms ${verdict(allMs <= TARGETS.ms100k)} (target <= ${TARGETS.ms100k} ms)`,
  );
  return figures;
}
