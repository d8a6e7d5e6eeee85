// A figure's normalised reading (kind, value and the top of a range, unit, scale, approximation,
// date), parsed from its text when it was marked and editable here. An empty value means "could
// not be read". When its words changed (a new version, a re-placed orphan) the change is shown
// until the user confirms: "value changed: 12,500 → 12,600 posts", or, for a value typed by hand,
// what the words now read.

import type { FigureFields } from '../../../../core/model';
import { figureChangeText } from '../../../../core/figures/change-text';
import type { FigureChange } from '../../../../core/figures/types';
import { FIGURE_KIND_LABEL, FIGURE_KINDS } from '../../labels';
import { ChoiceField } from '../ChoiceField';
import type { FieldsPatch } from '../../../../core/annotations/fields';
import { DraftField } from '../DraftField';

interface Props {
  fields: FigureFields;
  onPatch: (patch: FieldsPatch) => void;
}

function numberOrNull(text: string): number | null {
  const n = Number(text.replace(/[,\s]/g, ''));
  return text.trim() === '' || !Number.isFinite(n) ? null : n;
}

function textOrNull(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}

export function FigureFieldsEditor({ fields, onPatch }: Props) {
  const reading = fields.value === null ? (fields.date ? `date ${fields.date}` : 'not read') : formatValue(fields);
  return (
    <fieldset className="fields">
      <legend>Figure</legend>
      <p className="figure-reading" aria-label="Reading">
        {reading}
      </p>
      {fields.changed && <ChangeNote change={fields.changed} onConfirm={() => onPatch({ figure: { confirmed: true } })} />}
      <ChoiceField
        label="Figure kind"
        value={fields.kind}
        values={FIGURE_KINDS}
        labels={FIGURE_KIND_LABEL}
        onChange={(kind) => kind && onPatch({ figure: { kind } })}
      />
      <DraftField
        label="Value"
        value={fields.value === null ? '' : String(fields.value)}
        onCommit={(v) => onPatch({ figure: { value: numberOrNull(v) } })}
      />
      <DraftField
        label="Range top (valueMax)"
        value={fields.valueMax === undefined ? '' : String(fields.valueMax)}
        placeholder="for a range such as 10-15%"
        onCommit={(v) => onPatch({ figure: { valueMax: numberOrNull(v) ?? undefined } })}
      />
      <DraftField
        label="Unit"
        value={fields.unit ?? ''}
        placeholder="USD, %, ventilators…"
        onCommit={(v) => onPatch({ figure: { unit: textOrNull(v) } })}
      />
      <DraftField
        label="Scale"
        value={fields.scale ?? ''}
        placeholder="million, bn…"
        onCommit={(v) => onPatch({ figure: { scale: textOrNull(v) } })}
      />
      <DraftField
        label="Approximate"
        value={fields.approximate ?? ''}
        placeholder="about, more than…"
        onCommit={(v) => onPatch({ figure: { approximate: textOrNull(v) } })}
      />
      <DraftField
        label="Date"
        value={fields.date ?? ''}
        placeholder="YYYY-MM-DD"
        onCommit={(v) => onPatch({ figure: { date: v.trim() || undefined } })}
      />
    </fieldset>
  );
}

function ChangeNote({ change, onConfirm }: { change: FigureChange; onConfirm: () => void }) {
  return (
    <p className="figure-changed" role="status">
      {figureChangeText(change)}{' '}
      <button type="button" onClick={onConfirm}>
        Confirm
      </button>
    </p>
  );
}

export function formatValue(fields: FigureFields): string {
  if (fields.value === null) return fields.date ?? '';
  // A year is a name, not a quantity: 2005, never "2,005".
  const number = (n: number) => (fields.kind === 'year' ? String(n) : n.toLocaleString('en-US', { maximumFractionDigits: 6 }));
  const range = fields.valueMax === undefined ? number(fields.value) : `${number(fields.value)}–${number(fields.valueMax)}`;
  const approx = fields.approximate ? `${fields.approximate} ` : '';
  return `${approx}${range}${fields.unit ? ` ${fields.unit}` : ''}`;
}
