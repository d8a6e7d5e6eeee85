// The window-wide keyboard shortcuts (marking keys live in the reader, which owns the selection).
// None fires while the user types in a field, except Esc, which leaves the field.

import { useEffect } from 'react';
import type { MenuCommand } from '../../core/api/methods';
import { isCommandKey, isTypingTarget } from './keys';

export interface ShortcutActions {
  command: (command: MenuCommand) => void;
  deleteSelected: () => void;
  move: (step: 1 | -1) => void;
  edit: () => void;
  addTag: () => void;
  escape: () => void;
  showHelp: () => void;
  /** Set while the user looks at a suggestion: a/Enter accept it, x/Backspace reject it. */
  suggestion: { accept: () => void; reject: () => void } | null;
}

export function useShortcuts(actions: ShortcutActions): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const key = event.key.toLowerCase();
      const typing = isTypingTarget(event.target);
      if (isCommandKey(event)) {
        const command: MenuCommand | null =
          key === 'o'
            ? 'open'
            : key === 'e'
              ? event.shiftKey
                ? 'export-library'
                : 'export-article'
              : (key === 'z' && event.shiftKey) || key === 'y'
                ? 'redo'
                : key === 'z'
                  ? 'undo'
                  : null;
        // In a text field, undo and redo belong to the field.
        if (!command || (typing && (command === 'undo' || command === 'redo'))) return;
        event.preventDefault();
        actions.command(command);
        return;
      }
      if (event.key === 'Escape') {
        if (typing) (event.target as HTMLElement).blur();
        else actions.escape();
        return;
      }
      if (typing || event.altKey) return;
      const suggestion = actions.suggestion;
      const suggestionKeys: Record<string, () => void> = suggestion
        ? { a: suggestion.accept, enter: suggestion.accept, x: suggestion.reject, backspace: suggestion.reject }
        : {};
      const handlers: Record<string, () => void> = {
        delete: actions.deleteSelected,
        backspace: actions.deleteSelected,
        j: () => actions.move(1),
        k: () => actions.move(-1),
        enter: actions.edit,
        t: actions.addTag,
        '?': actions.showHelp,
        ...suggestionKeys,
      };
      const handler = handlers[key];
      // Enter on a button presses it — except on an annotation in the list, where it edits.
      const onOtherButton =
        event.target instanceof HTMLButtonElement && !/\b(annotation|suggestion)-summary\b/.test(event.target.className);
      if (!handler || (key === 'enter' && onOtherButton)) return;
      event.preventDefault();
      handler();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
