// Edits the selected annotation: its kind, note and tags, or deletes it. The note is saved
// as the user types (after a short pause) and when the field loses focus.

import { useEffect, useRef, useState } from 'react';
import { KINDS, type Annotation, type Kind } from '../../../core/model';
import { KIND_LABEL } from '../kinds';
import { TagEditor } from './TagEditor';

export interface AnnotationPatch {
  kind?: Kind;
  note?: string;
  tags?: string[];
}

interface Props {
  annotation: Annotation;
  onUpdate: (patch: AnnotationPatch) => void;
  onDelete: () => void;
}

const NOTE_SAVE_DELAY = 500;

export function AnnotationEditor({ annotation, onUpdate, onDelete }: Props) {
  const [note, setNote] = useState(annotation.note);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saved = useRef(annotation.note);

  function saveNote(value: string) {
    clearTimeout(timer.current);
    if (value === saved.current) return;
    saved.current = value;
    onUpdate({ note: value });
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div className="annotation-editor">
      <label>
        Kind
        <select value={annotation.kind} onChange={(e) => onUpdate({ kind: e.target.value as Kind })}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note
        <textarea
          rows={3}
          value={note}
          onChange={(e) => {
            const value = e.target.value;
            setNote(value);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => saveNote(value), NOTE_SAVE_DELAY);
          }}
          onBlur={() => saveNote(note)}
        />
      </label>
      <TagEditor tags={annotation.tags} onChange={(tags) => onUpdate({ tags })} />
      <button type="button" className="danger" onClick={onDelete}>
        Delete annotation
      </button>
    </div>
  );
}
