// The footer of a dialog whose only action is Close: one button that closes the dialog it sits in
// (the dialogs' onClose tells their owner), shared so every such dialog reads and behaves alike.

import type { RefObject } from 'react';

export function CloseActions({ dialog, autoFocus = false }: { dialog: RefObject<HTMLDialogElement | null>; autoFocus?: boolean }) {
  return (
    <div className="dialog-actions">
      <button type="button" autoFocus={autoFocus} onClick={() => dialog.current?.close()}>
        Close
      </button>
    </div>
  );
}
