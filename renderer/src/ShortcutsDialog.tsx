// "?" shows every keyboard shortcut.

import { useEffect, useRef } from 'react';

const SHORTCUTS: [string, string][] = [
  ['c / 1', 'Mark the selection as a Claim'],
  ['q / 2', 'Mark the selection as a Quote'],
  ['f / 3', 'Mark the selection as a Figure'],
  ['p / Shift+P', 'Select the next / previous paragraph'],
  ['s / Shift+S', 'Select the next / previous sentence'],
  ['Shift+→ / Shift+←', 'Grow or shrink the selection by a word (Alt: by a character)'],
  ['Alt while selecting', 'Keep exact characters (no snapping to words)'],
  ['j / k', 'Next / previous annotation'],
  ['Enter', 'Edit the selected annotation'],
  ['t', 'Add a tag to the selected annotation'],
  ['Delete / Backspace', 'Delete the selected annotation'],
  ['Esc', 'Leave a field; deselect'],
  ['Ctrl/Cmd+Z', 'Undo'],
  ['Ctrl/Cmd+Shift+Z, Ctrl+Y', 'Redo'],
  ['Ctrl/Cmd+O', 'Open a file'],
  ['Ctrl/Cmd+E', 'Export this article'],
  ['Ctrl/Cmd+Shift+E', 'Export the whole library'],
  ['?', 'Show this list'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return (
    <dialog ref={ref} className="message-dialog shortcuts" aria-label="Keyboard shortcuts" onClose={onClose}>
      <h2>Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Shortcuts never fire while you type in a field.</p>
      <button type="button" autoFocus onClick={() => ref.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
