// Opens a <dialog> as a modal once it is on the page (dialogs here mount when they are needed).

import { useEffect, useRef } from 'react';

export function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return ref;
}
