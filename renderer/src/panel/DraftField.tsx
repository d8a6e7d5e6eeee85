// A labelled text field that saves as the user types (after a short pause), on Enter in a
// one-line field, and when it loses focus — without a write per keystroke.

import { useEffect, useRef, useState } from 'react';

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
  const [draft, setDraft] = useState(value);
  const saved = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    // A change from elsewhere (undo, a re-read figure) replaces the draft when it is not being edited.
    if (value !== saved.current) {
      saved.current = value;
      setDraft(value);
    }
  }, [value]);

  // Leaving the screen mid-edit (the annotation closed, say) still saves what was typed.
  const unsaved = useRef<() => void>(() => {});
  unsaved.current = () => commit(draft);
  useEffect(() => () => unsaved.current(), []);

  function commit(next: string) {
    clearTimeout(timer.current);
    if (next === saved.current) return;
    saved.current = next;
    onCommit(next);
  }

  function change(next: string) {
    setDraft(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(next), SAVE_DELAY);
  }

  const shared = {
    value: draft,
    placeholder,
    'data-autofocus': autoFocusKey ? 'true' : undefined,
    onBlur: () => commit(draft),
  };
  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea rows={3} {...shared} onChange={(e) => change(e.target.value)} />
      ) : (
        <input
          type={type}
          list={list}
          {...shared}
          onChange={(e) => change(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(draft);
          }}
        />
      )}
    </label>
  );
}
