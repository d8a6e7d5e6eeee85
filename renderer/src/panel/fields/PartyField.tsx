// A speaker or claimant: a name typed freely, or linked to the span of the article that names
// them (select the name in the text, then "Link selection").

import type { Party } from '../../../../core/model';
import type { PartyInput } from '../../../../core/annotations/fields';
import type { Span } from '../../reader/selection';
import { DraftField } from '../DraftField';

interface Props {
  label: string;
  party: Party | null;
  selection: Span | null;
  text: string;
  onChange: (party: PartyInput | null) => void;
  onShow: (span: Span) => void;
}

export function PartyField({ label, party, selection, text, onChange, onShow }: Props) {
  const span = party?.span;
  return (
    <div className="party-field">
      <DraftField
        label={label}
        value={party?.name ?? ''}
        onCommit={(name) => onChange(name.trim() ? { name: name.trim(), ...(span ? { span: { start: span.start, end: span.end } } : {}) } : null)}
      />
      <div className="party-actions">
        {span ? (
          <>
            <button type="button" className="link-chip" onClick={() => onShow(span)} title="Show in the article">
              ↪ “{span.exact}”
            </button>
            <button type="button" className="quiet" aria-label={`Unlink ${label.toLowerCase()}`} onClick={() => onChange(party && { name: party.name })}>
              Unlink
            </button>
          </>
        ) : (
          <button
            type="button"
            disabled={!selection}
            title="Select the name in the article first"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              if (!selection) return;
              const named = text.slice(selection.start, selection.end);
              onChange({ name: party?.name || named, span: selection });
            }}
          >
            Link selection as {label.toLowerCase()}
          </button>
        )}
      </div>
    </div>
  );
}
