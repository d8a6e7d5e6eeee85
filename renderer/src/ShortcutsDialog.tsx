// "?" shows every keyboard shortcut, from the one table the keys and the menu use.

import { SHORTCUTS, keysLabel } from '../../core/shortcuts';
import { useModal } from './use-modal';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useModal();
  return (
    <dialog ref={ref} className="message-dialog shortcuts" aria-labelledby="shortcuts-heading" onClose={onClose}>
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <kbd>{keysLabel(s)}</kbd>
              </th>
              <td>{s.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Single-key shortcuts never fire while you type in a field or use the annotation editor’s controls.</p>
      <button type="button" autoFocus onClick={() => ref.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
