// Agreement between annotators, as a table per pair: for the open article or the whole library,
// the same figures `newsmark agreement` prints (core/agreement/), fetched from the service.

import { useEffect, useState } from 'react';
import type { Outputs } from '../../../core/api/contract';
import { figure } from '../../../core/agreement/format-table';
import type { PairAgreement } from '../../../core/agreement/report';
import { call } from '../api';
import { useModal } from '../use-modal';
import './agreement.css';

type Scope = 'article' | 'library';

const COLUMNS = ['spans A/B', 'exact F1', 'overlap F1', 'kappa', 'αu'];

function PairTable({ pair }: { pair: PairAgreement }) {
  const { agrAB, agrBA, agr, tokenAlpha } = pair.attribution;
  return (
    <table className="agreement-table">
      <caption>
        {pair.a} (A) × {pair.b} (B): {pair.articles} {pair.articles === 1 ? 'article' : 'articles'}, {pair.tokens.toLocaleString()} tokens
      </caption>
      <thead>
        <tr>
          <th scope="col">Category</th>
          {COLUMNS.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {pair.categories.map((c) => (
          <tr key={c.category}>
            <th scope="row">{c.category}</th>
            <td>
              {c.spans.a}/{c.spans.b}
            </td>
            <td>{figure(c.exactF1)}</td>
            <td>{figure(c.overlapF1)}</td>
            <td>{figure(c.kappa)}</td>
            <td>{figure(c.alphaU)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={COLUMNS.length + 1}>
            Attributions: agr(A‖B) {figure(agrAB)}, agr(B‖A) {figure(agrBA)}, agr {figure(agr)}; token-wise α {figure(tokenAlpha)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

export function AgreementDialog({ articleId, onClose }: { articleId: string | null; onClose: () => void }) {
  const ref = useModal();
  const [scope, setScope] = useState<Scope>(articleId ? 'article' : 'library');
  const [report, setReport] = useState<Outputs['agreement'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setReport(null);
    setError(null);
    call('agreement', scope === 'article' && articleId ? { articleId } : {})
      .then((r) => live && setReport(r))
      .catch((err: Error) => live && setError(err.message));
    return () => {
      live = false;
    };
  }, [scope, articleId]);
  return (
    <dialog ref={ref} className="message-dialog agreement-dialog" aria-labelledby="agreement-heading" onClose={onClose}>
      <h2 id="agreement-heading">Agreement between annotators</h2>
      <fieldset className="agreement-scope">
        <legend>Compare</legend>
        <label>
          <input
            type="radio"
            name="agreement-scope"
            checked={scope === 'article'}
            disabled={!articleId}
            onChange={() => setScope('article')}
          />{' '}
          This article
        </label>
        <label>
          <input type="radio" name="agreement-scope" checked={scope === 'library'} onChange={() => setScope('library')} /> Whole library
        </label>
      </fieldset>
      <div aria-live="polite">
        {error && <p role="alert">{error}</p>}
        {!error && !report && <p>Measuring…</p>}
        {report && report.pairs.length === 0 && (
          <p>
            No {scope === 'article' ? 'layer of this article' : 'article of the library'} has a second annotator yet. Import a colleague’s
            export of the same story: it becomes their layer, and the two can be compared.
          </p>
        )}
        {report && report.pairs.length > 0 && (
          <>
            <p>
              {report.articles} {report.articles === 1 ? 'article' : 'articles'} with two annotators or more ({report.annotators.join(', ')}
              ). All together: attribution-wise agreement {figure(report.overall.agr)}, token-wise α {figure(report.overall.tokenAlpha)}.
            </p>
            {report.pairs.map((p) => (
              <PairTable key={`${p.a}\u0000${p.b}`} pair={p} />
            ))}
            <p className="hint">
              F1: spans with the same bounds (exact) or sharing a character (overlap). Kappa: tokens in a span of the kind or not. αu:
              Krippendorff’s unitized alpha on characters. – : nothing of the kind to compare.
            </p>
          </>
        )}
      </div>
      <button type="button" autoFocus onClick={() => ref.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
