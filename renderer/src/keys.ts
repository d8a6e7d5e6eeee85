// When a key press belongs to a form control rather than to the app's shortcuts.

import { shortcutsOf, type KeyPress, type Shortcut } from '../../core/shortcuts';

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/** A field that takes typed text: its keys are the user's text, never shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

const CONTROLS = 'button, input, select, textarea, [contenteditable]';
/** Where every control is part of a form being filled in: the editor, dialogs, the find bar. */
const FORMS = '.annotation-editor, dialog, form, .find-bar';

/**
 * True when single-key shortcuts must not fire: the user types in a field, or focus is on any
 * control of a form (a button in the editor, say: a verdict typed there must not become tags).
 */
export function isFormControl(target: EventTarget | null): boolean {
  if (isTypingTarget(target)) return true;
  return target instanceof Element && target.matches(CONTROLS) && target.closest(FORMS) !== null;
}

/** The shortcuts this key press may fire where it was pressed. */
export function shortcutsFor(event: KeyboardEvent): Shortcut[] {
  const inForm = isFormControl(event.target);
  return shortcutsOf(event as KeyPress).filter((s) => s.inFields || !inForm);
}
