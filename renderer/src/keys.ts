// Keyboard shortcuts must never fire while the user types in a field.

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Ctrl on Linux/Windows, Cmd on macOS. */
export function isCommandKey(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey;
}
