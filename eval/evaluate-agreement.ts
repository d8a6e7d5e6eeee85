// Agreement between PolNeAR's annotators, measured by Newsmark: their .ann files imported as
// layers (eval/polnear/agreement.ts), then the same `agreement` the app and `newsmark agreement`
// show. Prints token-wise alpha and attribution-wise agreement next to the corpus paper's
// figures, and with --verbose every pair's table.
// Usage: npm run eval:agreement [-- --verbose]

import { agreementTable, figure } from '../core/agreement/format-table.js';
import { POLNEAR_DIR } from './polnear/corpus.js';
import { PAPER, agreementCorpusPresent, agreementSubsets, subsetAgreement } from './polnear/agreement.js';

const verbose = process.argv.includes('--verbose');
const percent = (x: number | null) => (x === null ? '–' : `${(100 * x).toFixed(1)}%`);

if (!agreementCorpusPresent()) {
  console.log(`PolNeAR not found at ${POLNEAR_DIR}: skipping the agreement eval (see eval/README.md).`);
} else {
  const { training, trainDev } = agreementSubsets();
  console.log('PolNeAR inter-annotator agreement, measured by Newsmark (paper: Newell, Margolin and Ruths 2018)\n');
  console.log('| articles | .ann files | annotators | token-wise α | attribution-wise agr | time |');
  console.log('|---|---:|---:|---:|---:|---:|');
  console.log(`| the corpus paper | | | ${percent(PAPER.tokenAlpha)} | ${percent(PAPER.attributionAgr)} | |`);
  for (const [name, files] of [
    ['annotator-training', training],
    ['train + dev with ≥ 2 annotators', trainDev],
  ] as const) {
    const started = performance.now();
    const { result, failed } = await subsetAgreement(files);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`| ${name} (${result.articles}) | ${files.length} | ${result.annotators.length} | ${percent(result.overall.tokenAlpha)} | ${percent(result.overall.agr)} | ${seconds} s |`);
    for (const f of failed) console.log(`  not imported: ${f}`);
    if (verbose) console.log(`\n${agreementTable(result)}\n`);
    else {
      const quotes = result.pairs.map((p) => p.categories.find((c) => c.category === 'quote')!);
      const mean = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0) / xs.length;
      console.log(`  quotes over ${result.pairs.length} pairs (mean): exact F1 ${figure(mean(quotes.map((q) => q.exactF1)))}, overlap F1 ${figure(mean(quotes.map((q) => q.overlapF1)))}, kappa ${figure(mean(quotes.map((q) => q.kappa)))}, αu ${figure(mean(quotes.map((q) => q.alphaU)))}`);
    }
  }
}
