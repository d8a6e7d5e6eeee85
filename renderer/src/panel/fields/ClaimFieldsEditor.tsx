// A claim's check: status, claimant (typed or linked), verdict and the evidence consulted.
// Evidence URLs are stored and shown as text, never fetched or opened.

import { CLAIM_STATUSES, type ClaimFields, type Evidence } from '../../../../core/model';
import type { EvidenceInput, FieldsPatch } from '../../../../core/annotations/fields';
import { STATUS_LABEL } from '../../labels';
import type { Span } from '../../reader/selection';
import { ChoiceField } from '../ChoiceField';
import { DraftField } from '../DraftField';
import { PartyField } from './PartyField';

interface Props {
  fields: ClaimFields;
  selection: Span | null;
  text: string;
  onPatch: (patch: FieldsPatch) => void;
  onShow: (span: Span) => void;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A new source gets its id here, so its row keeps its identity (and its half-typed fields) when the service answers. */
function newEvidenceId(): string {
  return `ev-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function ClaimFieldsEditor({ fields, selection, text, onPatch, onShow }: Props) {
  const setEvidence = (evidence: EvidenceInput[]) => onPatch({ claim: { evidence } });
  const edit = (item: Evidence, change: Partial<Evidence>) => setEvidence(fields.evidence.map((e) => (e.id === item.id ? { ...e, ...change } : e)));
  return (
    <fieldset className="fields">
      <legend>Claim</legend>
      <ChoiceField label="Status" value={fields.status} values={CLAIM_STATUSES} labels={STATUS_LABEL} onChange={(status) => status && onPatch({ claim: { status } })} />
      <PartyField
        label="Claimant"
        party={fields.claimant}
        selection={selection}
        text={text}
        onChange={(claimant) => onPatch({ claim: { claimant } })}
        onShow={onShow}
      />
      <DraftField label="Verdict" multiline value={fields.verdict} onCommit={(verdict) => onPatch({ claim: { verdict } })} />
      <div className="evidence">
        <span className="evidence-heading">Evidence</span>
        <ul aria-label="Evidence">
          {fields.evidence.map((item, i) => (
            <li key={item.id} className="evidence-item">
              <DraftField label={`Source ${i + 1} URL`} type="url" value={item.url} onCommit={(url) => edit(item, { url })} />
              <DraftField label={`Source ${i + 1} title`} value={item.title} onCommit={(title) => edit(item, { title })} />
              <DraftField label={`Source ${i + 1} note`} value={item.note} onCommit={(note) => edit(item, { note })} />
              <DraftField label={`Source ${i + 1} consulted`} type="date" value={item.accessedAt} onCommit={(accessedAt) => edit(item, { accessedAt })} />
              <button type="button" className="quiet" onClick={() => setEvidence(fields.evidence.filter((e) => e.id !== item.id))}>
                Remove source {i + 1}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => setEvidence([...fields.evidence, { id: newEvidenceId(), url: '', title: '', note: '', accessedAt: today() }])}>
          Add evidence
        </button>
      </div>
    </fieldset>
  );
}
