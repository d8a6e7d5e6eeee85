// The import report: what an annotation file brought, counts first (added / updated / skipped,
// then per outcome: placed exactly, moved, placed approximately, not placed), each group's
// details folded away and scrolling inside the dialog, so a file with hundreds of problems never
// grows taller than the window. Approximate placements show the words they landed on. For what no
// article matched, the user can pick the article and import those again.

import { useEffect, useRef, useState } from 'react';
import { GROUP_LABELS, PLACEMENT_GROUPS, readingsLine, type NotPlacedDetail, type PlacedDetail } from '../../../core/formats/import/import-report';
import type { ArticleSummary } from '../../../core/model';
import { FORMAT_NAMES, type AnnotationImport } from './annotation-file';

interface Props {
  result: AnnotationImport;
  articles: ArticleSummary[];
  /** Imports the same file again, placing what matched no article into `articleId`. */
  onPlaceInto: (articleId: string) => void;
  onClose: () => void;
}

function Placed({ d }: { d: PlacedDetail }) {
  return (
    <li>
      “{d.quote}”{d.placedOn !== d.quote && <> → placed on “<mark>{d.placedOn}</mark>”</>} <span className="muted">in {d.articleTitle}</span>
      {d.reading && d.reading !== 'either' && <span className="muted"> (position read as {d.reading === 'utf-16' ? 'UTF-16 units' : 'code points'})</span>}
    </li>
  );
}

function NotPlaced({ d }: { d: NotPlacedDetail }) {
  return (
    <li>
      {d.quote ? `“${d.quote}”` : '(no quote)'}
      {d.articleTitle && <span className="muted"> in {d.articleTitle}</span>} — {d.reason}
    </li>
  );
}

export function ImportReportDialog({ result, articles, onPlaceInto, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [target, setTarget] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const { outcome, fileName } = result;
  const { report } = outcome;
  const unmatched = report.notPlaced.filter((d) => d.noMatchingArticle).length;
  const readings = readingsLine(report);
  return (
    <dialog ref={ref} className="message-dialog import-report" aria-label="Import report" onClose={onClose}>
      <h2>Annotations imported</h2>
      <p>
        {fileName} ({FORMAT_NAMES[outcome.format]}): {outcome.added} added, {outcome.updated} updated, {outcome.skipped} skipped;{' '}
        {outcome.articlesCreated} new article{outcome.articlesCreated === 1 ? '' : 's'}.
      </p>
      <table className="import-counts">
        <tbody>
          {PLACEMENT_GROUPS.map((g) => (
            <tr key={g} data-group={g}>
              <th scope="row">{GROUP_LABELS[g]}</th>
              <td>{report.counts[g]}</td>
            </tr>
          ))}
          {report.orphansKept > 0 && (
            <tr data-group="orphansKept">
              <th scope="row">kept as orphaned</th>
              <td>{report.orphansKept}</td>
            </tr>
          )}
        </tbody>
      </table>
      {readings && <p className="muted">{readings}</p>}
      {outcome.notices?.length ? (
        <ul className="import-notices" aria-label="Left out or read differently">
          {outcome.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
      <div className="import-details">
        {PLACEMENT_GROUPS.filter((g) => report.counts[g] > 0).map((g) => (
          <details key={g} data-group={g} open={g !== 'exact' && report.counts[g] <= 5}>
            <summary>
              {GROUP_LABELS[g]} ({report.counts[g]})
            </summary>
            <ul>{g === 'notPlaced' ? report.notPlaced.map((d, i) => <NotPlaced key={i} d={d} />) : report[g].map((d, i) => <Placed key={i} d={d} />)}</ul>
            {report[g].length < report.counts[g] && <p className="muted">The first {report[g].length} are listed.</p>}
          </details>
        ))}
      </div>
      {unmatched > 0 && articles.length > 0 && (
        <div className="import-pick">
          <label>
            {unmatched} matched no article. Place them in{' '}
            <select aria-label="Article to place them in" value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">choose an article…</option>
              {articles.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!target} onClick={() => onPlaceInto(target)}>
            Place them there
          </button>
        </div>
      )}
      <button type="button" autoFocus onClick={() => ref.current?.close()}>
        OK
      </button>
    </dialog>
  );
}
