// PolNeAR's multiply annotated articles imported as layers (eval/polnear/agreement.ts) and
// measured: every file comes in, each article gets all its annotators, and the figures are
// those the README's PolNeAR table reports. Reads ../shared/corpora/polnear; skips, saying so,
// where it is absent.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLNEAR_DIR } from '../../eval/polnear/corpus.js';
import { agreementCorpusPresent, agreementSubsets, subsetAgreement } from '../../eval/polnear/agreement.js';

const FOUND = agreementCorpusPresent();
if (!FOUND) console.log(`The PolNeAR agreement tests are skipped: ${POLNEAR_DIR} is not beside this clone.`);

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The README's row of figures for a subset: token-wise α and agr, as printed ("76.2%"). */
function readmeRow(label: string): [string, string] {
  const table = README.slice(README.indexOf('<!-- polnear-agreement'));
  const row = table.split('\n').find((line) => line.startsWith(`| ${label}`));
  if (!row) throw new Error(`README has no PolNeAR agreement row "${label}"`);
  const cells = row.split('|').map((c) => c.trim());
  return [cells[4]!, cells[5]!];
}

const percent = (x: number | null) => `${(100 * x!).toFixed(1)}%`;

describe.skipIf(!FOUND)('agreement between PolNeAR annotators', { timeout: 120_000 }, () => {
  const subsets = FOUND ? agreementSubsets() : { training: [], trainDev: [] };

  it('the 4 annotator-training articles: 6 layers each, 15 pairs, the README figures', async () => {
    expect(subsets.training).toHaveLength(24);
    const { result, failed } = await subsetAgreement(subsets.training);
    expect(failed).toEqual([]);
    expect([result.articles, result.annotators.length, result.pairs.length]).toEqual([4, 6, 15]);
    expect(result.pairs.every((p) => p.articles === 4)).toBe(true);
    expect([percent(result.overall.tokenAlpha), percent(result.overall.agr)]).toEqual(readmeRow('annotator-training'));
  });

  it('the 18 train/dev articles with two annotators or more: the README figures', async () => {
    expect(new Set(subsets.trainDev.map((f) => f.article)).size).toBe(18);
    const { result, failed } = await subsetAgreement(subsets.trainDev);
    expect(failed).toEqual([]);
    expect(result.articles).toBe(18);
    expect([percent(result.overall.tokenAlpha), percent(result.overall.agr)]).toEqual(readmeRow('train + dev'));
  });
});
