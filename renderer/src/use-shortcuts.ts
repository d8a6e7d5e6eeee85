// Listens for the shortcuts of core/shortcuts.ts and runs the handlers a component registers for
// them. Several components register (the reader its selection keys, the window the rest); a key
// press fires the first handler that takes it: one returning false passes it on (Enter edits an
// annotation unless a suggestion is open, say). Form controls keep their keys (keys.ts).

import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ShortcutId } from '../../core/shortcuts';
import { shortcutsFor } from './keys';

/** A handler returns false when the key press is not for it here and now. */
export type ShortcutHandlers = Partial<Record<ShortcutId, (event: KeyboardEvent) => boolean | void>>;

export function useShortcuts(handlers: ShortcutHandlers): void {
  // The newest handlers, in place before the browser handles another key (a layout effect runs
  // right after React's commit; a plain effect may wait, and a fast key would see stale state).
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  }, [handlers]);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      for (const s of shortcutsFor(event)) {
        const handler = latest.current[s.id];
        if (!handler || handler(event) === false) continue;
        event.preventDefault();
        return;
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
