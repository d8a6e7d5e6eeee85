// A quote's speaker (typed or linked to the span naming them), form and reporting verb.

import { QUOTE_FORMS, type QuoteFields, type QuoteForm } from '../../../../core/model';
import type { FieldsPatch } from '../../../../core/annotations/fields';
import { FORM_LABEL } from '../../labels';
import type { Span } from '../../reader/selection';
import { DraftField } from '../DraftField';
import { PartyField } from './PartyField';

interface Props {
  fields: QuoteFields;
  selection: Span | null;
  text: string;
  onPatch: (patch: FieldsPatch) => void;
  onShow: (span: Span) => void;
}

export function QuoteFieldsEditor({ fields, selection, text, onPatch, onShow }: Props) {
  return (
    <fieldset className="fields">
      <legend>Quote</legend>
      <PartyField
        label="Speaker"
        party={fields.speaker}
        selection={selection}
        text={text}
        onChange={(speaker) => onPatch({ quote: { speaker } })}
        onShow={onShow}
      />
      <label className="field">
        <span>Form</span>
        <select value={fields.form ?? ''} onChange={(e) => onPatch({ quote: { form: (e.target.value || null) as QuoteForm | null } })}>
          <option value="">—</option>
          {QUOTE_FORMS.map((f) => (
            <option key={f} value={f}>
              {FORM_LABEL[f]}
            </option>
          ))}
        </select>
      </label>
      <DraftField label="Cue" value={fields.cue} placeholder="said, told, stressed…" onCommit={(cue) => onPatch({ quote: { cue } })} />
    </fieldset>
  );
}
