// The per-article summary: counts by kind, claims by status, quotes by speaker.

import { memo } from 'react';
import { summariseAnnotations } from '../../../core/annotations/summary';
import { CLAIM_STATUSES, KINDS, type Annotation } from '../../../core/model';
import { KIND_PLURAL, STATUS_LABEL } from '../labels';

/** Counted again only when the annotations change (not while the user types a search). */
export const ArticleSummaryView = memo(function ArticleSummaryView({ annotations }: { annotations: Annotation[] }) {
  const summary = summariseAnnotations(annotations);
  return (
    <details className="summary">
      <summary>Summary</summary>
      <section aria-label="Summary">
        <p>{KINDS.map((k) => `${summary.counts[k]} ${KIND_PLURAL[k].toLowerCase()}`).join(' · ')}</p>
        {summary.counts.claim > 0 && (
          <>
            <h3>Claims by status</h3>
            <ul aria-label="Claims by status">
              {CLAIM_STATUSES.filter((s) => summary.claimsByStatus[s] > 0).map((s) => (
                <li key={s}>
                  {STATUS_LABEL[s]}: {summary.claimsByStatus[s]}
                </li>
              ))}
            </ul>
          </>
        )}
        {summary.counts.quote > 0 && (
          <>
            <h3>Quotes by speaker</h3>
            <ul aria-label="Quotes by speaker">
              {summary.quotesBySpeaker.map(({ speaker, count }) => (
                <li key={speaker || '(none)'}>
                  {speaker || 'No speaker yet'}: {count}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </details>
  );
});
