// The links of one annotation, shown from both ends ("supports → Claim …", "← said by …"),
// with a form to link it to another annotation of the article and × to remove a link.

import { useState } from 'react';
import { RELATION_TYPES, type Annotation, type Relation, type RelationType } from '../../../core/model';
import { KIND_LABEL, RELATION_LABEL } from '../labels';
import { AnnotationCombobox } from './AnnotationCombobox';
import { preview } from './preview';

interface Props {
  annotation: Annotation;
  annotations: Annotation[];
  relations: Relation[];
  onLink: (to: string, type: RelationType) => void;
  onUnlink: (relationId: string) => void;
  onSelect: (id: string) => void;
}

export function RelationsEditor({ annotation, annotations, relations, onLink, onUnlink, onSelect }: Props) {
  const [type, setType] = useState<RelationType>('supports');
  const [target, setTarget] = useState('');
  const mine = relations.filter((r) => r.from === annotation.id || r.to === annotation.id);
  // Only the linked annotations are looked up (not a map of all 10,000 on every render).
  const byId = new Map(annotations.filter((a) => mine.some((r) => r.from === a.id || r.to === a.id)).map((a) => [a.id, a]));

  return (
    <div className="relations">
      <span className="relations-heading">Links</span>
      <ul aria-label="Links">
        {mine.map((r) => {
          const outgoing = r.from === annotation.id;
          const other = byId.get(outgoing ? r.to : r.from);
          if (!other) return null;
          const text = outgoing ? `${RELATION_LABEL[r.type]} → ${KIND_LABEL[other.kind]}` : `← ${KIND_LABEL[other.kind]} ${RELATION_LABEL[r.type]} this`;
          return (
            <li key={r.id} className="relation">
              <button type="button" className="quiet relation-target" onClick={() => onSelect(other.id)}>
                {text}: “{preview(other.quote.exact, 60)}”
              </button>
              <button type="button" className="quiet" aria-label={`Remove link ${text}`} onClick={() => onUnlink(r.id)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {annotations.length > 1 && (
        <div className="relation-form">
          <select aria-label="Link type" value={type} onChange={(e) => setType(e.target.value as RelationType)}>
            {RELATION_TYPES.map((t) => (
              <option key={t} value={t}>
                {RELATION_LABEL[t]}
              </option>
            ))}
          </select>
          <AnnotationCombobox label="Link to" annotations={annotations} exceptId={annotation.id} value={target} onChange={setTarget} />
          <button
            type="button"
            disabled={!target}
            onClick={() => {
              onLink(target, type);
              setTarget('');
            }}
          >
            Add link
          </button>
        </div>
      )}
    </div>
  );
}
