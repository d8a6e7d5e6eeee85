// Free tags on an annotation: type and press Enter (or a comma) to add, × to remove; tags used
// elsewhere in the library are offered as the user types. Leaving the field adds what was typed,
// except with Esc, which throws the half-typed tag away.

import { useId, useRef, useState } from 'react';

interface Props {
  tags: string[];
  /** Tags used across the library, offered as the user types. */
  knownTags: string[];
  onChange: (tags: string[]) => void;
}

export function TagEditor({ tags, knownTags, onChange }: Props) {
  const listId = useId();
  const [draft, setDraft] = useState('');
  const cancelled = useRef(false);

  function add() {
    const tag = draft.trim().replace(/,+$/, '');
    setDraft('');
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) onChange([...tags, tag]);
  }

  return (
    <div className="tag-editor">
      <ul className="tags" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
            <button
              type="button"
              className="tag-remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <datalist id={listId}>
        {knownTags
          .filter((t) => !tags.includes(t))
          .map((t) => (
            <option key={t} value={t} />
          ))}
      </datalist>
      <input
        aria-label="Add tag"
        list={listId}
        data-tag-input="true"
        placeholder="Add tag…"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add();
          } else if (e.key === 'Escape') {
            // The window then moves the focus back to the article; what was typed is not a tag.
            cancelled.current = true;
            setDraft('');
          }
        }}
        onBlur={() => {
          if (!cancelled.current) add();
          cancelled.current = false;
        }}
      />
    </div>
  );
}
