// The Annotations panel: every annotation of the article in text order, with its kind, quoted
// text, tags and note; the selected one opens its editor.

import type { Annotation } from '../../../core/model';
import { KIND_LABEL } from '../kinds';
import { AnnotationEditor, type AnnotationPatch } from './AnnotationEditor';

interface Props {
  annotations: Annotation[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onUpdate: (id: string, patch: AnnotationPatch) => void;
  onDelete: (id: string) => void;
}

const QUOTE_PREVIEW = 160;

function preview(exact: string): string {
  const flat = exact.replace(/\s+/g, ' ');
  return flat.length > QUOTE_PREVIEW ? `${flat.slice(0, QUOTE_PREVIEW - 1)}…` : flat;
}

export function AnnotationPanel({ annotations, selectedId, onSelect, onUpdate, onDelete }: Props) {
  return (
    <aside className="panel" aria-labelledby="panel-heading">
      <h2 id="panel-heading">
        Annotations <span className="count">{annotations.length}</span>
      </h2>
      {annotations.length === 0 && <p className="hint">Select text in the article, then press Claim, Quote or Figure (or c, q, f).</p>}
      <ul className="annotation-list" aria-label="Annotations">
        {annotations.map((a) => {
          const selected = a.id === selectedId;
          return (
            <li key={a.id} className={`annotation-item kind-${a.kind}${selected ? ' selected' : ''}`} aria-current={selected || undefined}>
              <button type="button" className="annotation-summary" onClick={() => onSelect(a.id)}>
                <span className={`kind-badge kind-${a.kind}`}>{KIND_LABEL[a.kind]}</span>
                <span className="quote">{preview(a.quote.exact)}</span>
                {a.tags.length > 0 && <span className="item-tags">{a.tags.map((t) => `#${t}`).join(' ')}</span>}
                {a.note && <span className="item-note">{a.note}</span>}
              </button>
              {selected && (
                <AnnotationEditor
                  key={a.id}
                  annotation={a}
                  onUpdate={(patch) => onUpdate(a.id, patch)}
                  onDelete={() => onDelete(a.id)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
