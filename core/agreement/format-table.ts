// The agreement report as text for a terminal: one table per pair of annotators, a figure per
// category and measure, "–" where a measure is undefined (nobody marked anything of the kind).

import type { AgreementResult } from './library-agreement.js';
import type { PairAgreement } from './report.js';

export function figure(x: number | null): string {
  return x === null ? '–' : x.toFixed(3);
}

const HEAD = ['', 'spans A/B', 'exact F1', 'overlap F1', 'kappa', 'alpha-u'];

function pairTable(p: PairAgreement): string[] {
  const rows = p.categories.map((c) => [
    c.category,
    `${c.spans.a}/${c.spans.b}`,
    figure(c.exactF1),
    figure(c.overlapF1),
    figure(c.kappa),
    figure(c.alphaU),
  ]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const { agrAB, agrBA, agr, tokenAlpha } = p.attribution;
  return [
    `${p.a} (A) × ${p.b} (B): ${p.articles} article${p.articles === 1 ? '' : 's'}, ${p.tokens.toLocaleString('en-US')} tokens`,
    line(HEAD),
    ...rows.map(line),
    `  attribution: agr(A‖B) ${figure(agrAB)}, agr(B‖A) ${figure(agrBA)}, agr ${figure(agr)}; token-wise alpha (source/cue/content) ${figure(tokenAlpha)}`,
  ];
}

export function agreementTable(r: AgreementResult): string {
  const { articleId, tag, batch } = r.scope;
  const where = articleId ? `article ${articleId}` : tag ? `articles tagged "${tag}"` : batch ? `the folder import "${batch}"` : 'the library';
  if (r.pairs.length === 0) {
    return `No agreement to show for ${where}: no article there has two annotators' layers (${r.scope.considered} looked at). Import a colleague's export of the same story to add their layer.`;
  }
  return [
    `Agreement in ${where}: ${r.articles} of ${r.scope.considered} article${r.scope.considered === 1 ? '' : 's'} with two annotators or more (${r.annotators.join(', ')}).`,
    '',
    ...r.pairs.flatMap((p) => [...pairTable(p), '']),
    `All annotators together: attribution-wise agreement ${figure(r.overall.agr)}, token-wise alpha ${figure(r.overall.tokenAlpha)}.`,
  ].join('\n');
}
