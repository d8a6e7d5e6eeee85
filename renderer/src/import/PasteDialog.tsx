// File › New from clipboard: the pasted text (read from the clipboard when the system allows,
// else pasted by the user into the box) and an optional title become a new article.

import { useEffect, useState, type FormEvent } from 'react';
import { useModal } from '../use-modal';

interface Props {
  onCreate: (text: string, title: string) => void;
  onClose: () => void;
}

export function PasteDialog({ onCreate, onClose }: Props) {
  const ref = useModal();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  useEffect(() => {
    // Electron and browsers may refuse clipboard reads; the user can still paste into the box.
    navigator.clipboard
      ?.readText()
      .then((clip) => setText((t) => t || clip))
      .catch(() => undefined);
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onCreate(text, title.trim());
    ref.current?.close();
  };
  return (
    <dialog ref={ref} className="message-dialog paste-dialog" aria-label="New article from pasted text" onClose={onClose}>
      <form onSubmit={submit}>
        <h2>New article from pasted text</h2>
        <label>
          Text
          <textarea required rows={12} value={text} onChange={(e) => setText(e.target.value)} autoFocus placeholder="Paste the article here (Ctrl/Cmd+V)" />
        </label>
        <label>
          Title (optional: else the first sentence)
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit" disabled={!text.trim()}>
            Create article
          </button>
        </div>
      </form>
    </dialog>
  );
}
