// A labelled drop-down over a fixed list of values (kind, claim status, quote form), each shown
// by its label; `none` adds an empty choice for "not set".

interface Props<T extends string> {
  label: string;
  value: T | null;
  values: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T | null) => void;
  none?: string;
  autoFocusKey?: boolean;
}

export function ChoiceField<T extends string>({ label, value, values, labels, onChange, none, autoFocusKey }: Props<T>) {
  return (
    <label className="field">
      <span>{label}</span>
      <select
        data-autofocus={autoFocusKey ? 'true' : undefined}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as T))}
      >
        {none !== undefined && <option value="">{none}</option>}
        {values.map((v) => (
          <option key={v} value={v}>
            {labels[v]}
          </option>
        ))}
      </select>
    </label>
  );
}
