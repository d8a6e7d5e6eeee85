// A labelled text field that saves as the user types (after a short pause), on Enter in a
// one-line field, and when it loses focus — without a write per keystroke. The field is left to
// the browser (uncontrolled): React re-rendering a typed-in field on every key breaks its undo
// into single characters, while the browser's own undo takes back the whole typed run.

import { useEffect, useRef } from 'react';

interface Props {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'number' | 'url' | 'date';
  placeholder?: string;
  list?: string;
  autoFocusKey?: boolean;
}

const SAVE_DELAY = 500;

export function DraftField({ label, value, onCommit, multiline, type = 'text', placeholder, list, autoFocusKey }: Props) {
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const saved = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    // A change from elsewhere (undo, a re-read figure) replaces what the field shows.
    if (value !== saved.current) {
      saved.current = value;
      if (field.current) field.current.value = value;
    }
  }, [value]);

  // Leaving the screen mid-edit (the annotation closed, say) still saves what was typed.
  const unsaved = useRef<() => void>(() => {});
  unsaved.current = () => field.current && commit(field.current.value);
  useEffect(() => () => unsaved.current(), []);

  function commit(next: string) {
    clearTimeout(timer.current);
    if (next === saved.current) return;
    saved.current = next;
    onCommit(next);
  }

  function change(next: string) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(next), SAVE_DELAY);
  }

  const shared = {
    ref: field,
    defaultValue: value,
    placeholder,
    'data-autofocus': autoFocusKey ? 'true' : undefined,
    onBlur: () => field.current && commit(field.current.value),
    onChange: (e: { target: { value: string } }) => change(e.target.value),
  };
  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea rows={3} {...shared} />
      ) : (
        <input
          type={type}
          list={list}
          {...shared}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value);
          }}
        />
      )}
    </label>
  );
}
