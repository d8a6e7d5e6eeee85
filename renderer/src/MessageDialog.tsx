// A modal message for things the user must read (a refused file, a failed save).

import { useEffect, useRef } from 'react';

interface Props {
  title: string;
  message: string;
  onClose: () => void;
}

export function MessageDialog({ title, message, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="message-dialog" role="alertdialog" aria-label={title} onClose={onClose}>
      <h2>{title}</h2>
      <p>{message}</p>
      <button type="button" autoFocus onClick={() => ref.current?.close()}>
        OK
      </button>
    </dialog>
  );
}
