// Keyboard shortcuts must never fire while the user types in a field.

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Ctrl on Linux/Windows, Cmd on macOS. */
export function isCommandKey(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey;
}
