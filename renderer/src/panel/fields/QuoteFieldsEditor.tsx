// A quote's speaker (typed or linked to the span naming them), form and reporting verb.

import { QUOTE_FORMS, type QuoteFields } from '../../../../core/model';
import type { FieldsPatch } from '../../../../core/annotations/fields';
import { FORM_LABEL } from '../../labels';
import type { Span } from '../../reader/selection';
import { ChoiceField } from '../ChoiceField';
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
      <ChoiceField label="Form" value={fields.form} values={QUOTE_FORMS} labels={FORM_LABEL} none="—" onChange={(form) => onPatch({ quote: { form } })} />
      <DraftField label="Cue" value={fields.cue} placeholder="said, told, stressed…" onCommit={(cue) => onPatch({ quote: { cue } })} />
    </fieldset>
  );
}
