// Settings › Your name: saved in the library when the field is left, Enter is pressed or the
// dialog closes; an empty field forgets the name. Every annotation and status is stamped with it.

import { useEffect, useRef, useState } from 'react';
import type { AnnotatorState } from './use-annotator';

export function AnnotatorField({ state }: { state: AnnotatorState }) {
  const [draft, setDraft] = useState(state.name ?? '');
  const latest = useRef({ draft, state });
  latest.current = { draft, state };
  /** The name last saved from here, so leaving the field and closing the dialog save it once. */
  const saved = useRef(state.name);
  const commit = () => {
    const { draft: typed, state: now } = latest.current;
    const name = typed.trim() || null;
    if (name === now.name || name === saved.current) return;
    saved.current = name;
    void now.save(name);
  };
  // Closing the dialog (Esc, Close) keeps what was typed.
  useEffect(() => commit, []);
  return (
    <>
      <label>
        Your name
        <input
          type="text"
          value={draft}
          maxLength={200}
          placeholder="Stamped on what you mark"
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      </label>
      <p className="settings-hint">
        {state.name ? `Your annotations and statuses are kept as ${state.name}’s.` : 'Not set: your annotations name nobody, and no status can be kept.'}
      </p>
    </>
  );
}
