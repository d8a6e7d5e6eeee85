// The Suggestions group: what Newsmark proposes for this article, each with its reason, to
// accept (a / Enter) or reject (x / Backspace) one by one, or all of one kind at once.

import { useEffect, useState } from 'react';
import { KINDS, type Kind } from '../../../core/model';
import type { Proposal } from '../../../core/suggest/proposals';
import { FORM_LABEL, KIND_LABEL, KIND_PLURAL } from '../labels';
import { preview } from '../panel/preview';
import { setSuggestOnImport, suggestOnImport } from './use-suggestions';

interface Props {
  proposals: Proposal[];
  activeKey: string | null;
  onActivate: (key: string) => void;
  onAccept: (keys: string[]) => void;
  onReject: (keys: string[]) => void;
  onClose: () => void;
}

export function SuggestionsPanel({ proposals, activeKey, onActivate, onAccept, onReject, onClose }: Props) {
  const [onImport, setOnImport] = useState(suggestOnImport);
  const ofKind = (kind: Kind) => proposals.filter((p) => p.kind === kind).map((p) => p.key);

  useEffect(() => {
    if (activeKey) document.querySelector(`[data-key="${CSS.escape(activeKey)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeKey]);

  return (
    <section className="suggestions" aria-labelledby="suggestions-heading">
      <div className="suggestions-head">
        <h2 id="suggestions-heading">
          Suggestions <span className="count">{proposals.length}</span>
        </h2>
        <button type="button" className="quiet" onClick={onClose}>
          Hide
        </button>
      </div>
      <label className="suggest-on-import">
        <input
          type="checkbox"
          checked={onImport}
          onChange={(e) => {
            setSuggestOnImport(e.target.checked);
            setOnImport(e.target.checked);
          }}
        />
        Suggest on import
      </label>
      {proposals.length === 0 ? (
        <p className="hint">Nothing more to suggest for this article.</p>
      ) : (
        <div className="suggestion-bulk" role="group" aria-label="All of one kind">
          {KINDS.filter((k) => ofKind(k).length > 0).map((kind) => (
            <span key={kind} className="bulk-row">
              <span className={`kind-badge kind-${kind}`}>
                {KIND_PLURAL[kind]} {ofKind(kind).length}
              </span>
              <button type="button" onClick={() => onAccept(ofKind(kind))}>
                Accept all {KIND_PLURAL[kind].toLowerCase()}
              </button>
              <button type="button" onClick={() => onReject(ofKind(kind))}>
                Reject all {KIND_PLURAL[kind].toLowerCase()}
              </button>
            </span>
          ))}
        </div>
      )}
      <ul className="suggestion-list" aria-label="Suggestions">
        {proposals.map((p) => (
          <li
            key={p.key}
            data-key={p.key}
            className={`suggestion kind-${p.kind}${p.key === activeKey ? ' active' : ''}`}
            aria-current={p.key === activeKey || undefined}
          >
            <button type="button" className="suggestion-summary" onClick={() => onActivate(p.key)}>
              <span className={`kind-badge kind-${p.kind}`}>{KIND_LABEL[p.kind]}</span>
              {p.form && (
                <span className="suggestion-form" title="How sure the engine is of this quote, its speaker and cue">
                  {FORM_LABEL[p.form]} · {Math.round(p.score * 100)}%
                </span>
              )}
              <span className="quote">{preview(p.text, 120)}</span>
              <span className="reason">{p.reason}</span>
            </button>
            <span className="suggestion-actions">
              <button type="button" onClick={() => onAccept([p.key])} title="Accept (a or Enter)">
                Accept
              </button>
              <button type="button" onClick={() => onReject([p.key])} title="Reject (x or Backspace)">
                Reject
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
