// Picks one of the article's annotations by typing part of its text (a combobox, WAI-ARIA
// pattern): only the first matches are listed, so an article with 10,000 annotations costs
// what 20 options do, where a <select> of all of them was rebuilt on every edit.

import { useId, useMemo, useState } from 'react';
import type { Annotation } from '../../../core/model';
import { KIND_LABEL } from '../labels';
import { preview } from './preview';

/** How many matches the list shows; typing more narrows it. */
const SHOWN = 20;

interface Props {
  label: string;
  annotations: readonly Annotation[];
  /** Left out of the choices (the annotation being edited). */
  exceptId: string;
  value: string;
  onChange: (id: string) => void;
}

const optionText = (a: Annotation) => `${KIND_LABEL[a.kind]}: ${preview(a.quote.exact, 50)}`;

export function AnnotationCombobox({ label, annotations, exceptId, value, onChange }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const chosen = value ? annotations.find((a) => a.id === value) : undefined;
  const matches = useMemo(() => {
    if (!open) return [];
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const found: Annotation[] = [];
    for (const a of annotations) {
      if (a.id === exceptId) continue;
      const text = `${KIND_LABEL[a.kind]} ${a.quote.exact}`.toLocaleLowerCase();
      if (words.every((w) => text.includes(w))) found.push(a);
      if (found.length === SHOWN) break;
    }
    return found;
  }, [open, query, annotations, exceptId]);

  function choose(a: Annotation | undefined) {
    if (!a) return;
    onChange(a.id);
    setQuery('');
    setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(Math.max(i + step, 0), Math.max(matches.length - 1, 0)));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === 'Escape' && open) {
      // Close the list; a second Esc leaves the field.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  return (
    <span className="combobox">
      <input
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${id}-${active}` : undefined}
        placeholder="Type to find an annotation…"
        value={open ? query : chosen ? optionText(chosen) : ''}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          if (value) onChange('');
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul role="listbox" id={`${id}-list`} aria-label={`${label}: matches`} className="combobox-options">
          {matches.length === 0 && <li className="hint">No annotation matches.</li>}
          {matches.map((a, i) => (
            <li
              key={a.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              // Chosen on mousedown, before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(a);
              }}
            >
              {optionText(a)}
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
