// The window's shortcuts (the reader registers its own selection keys): menu commands, moving
// through annotations, suggestions, articles and regions, editing, deleting, linking a party.

import { useMemo } from 'react';
import type { MenuCommand } from '../../../core/api/methods';
import { shortcut, type ShortcutId } from '../../../core/shortcuts';
import type { Annotation } from '../../../core/model';
import { isTypingTarget } from '../keys';
import { useShortcuts, type ShortcutHandlers } from '../use-shortcuts';

export interface WindowActions {
  command: (command: MenuCommand) => void;
  /** The annotations the panel lists, in its order. */
  shown: readonly Annotation[];
  selectedId: string | null;
  select: (id: string) => void;
  deleteSelected: () => void;
  /** Closes what is open (hit list, suggestion, selection); false when there was nothing. */
  escape: () => void;
  showHelp: () => void;
  suggestions: {
    keys: readonly string[];
    active: string | null;
    activate: (key: string) => void;
    accept: () => void;
    reject: () => void;
  } | null;
}

const COMMAND_SHORTCUTS: ShortcutId[] = ['open', 'undo', 'redo', 'suggest', 'export', 'export-article', 'export-library', 'find', 'agreement'];

/** Puts the keyboard in the article, where the next key (s, c, j…) belongs. */
export function focusReader(): void {
  document.querySelector<HTMLElement>('.reader')?.focus({ preventScroll: true });
}

const REGIONS = ['.library-view', '.reader', '.panel'];

function focusRegion(step: 1 | -1): void {
  const regions = REGIONS.map((s) => document.querySelector<HTMLElement>(s)).filter((r): r is HTMLElement => r !== null);
  const at = regions.findIndex((r) => r.contains(document.activeElement));
  const next = regions[(at + step + regions.length) % regions.length];
  if (!next) return;
  if (!next.hasAttribute('tabindex')) next.tabIndex = -1;
  next.focus();
}

/** Opens the article after (or before) the current one in the library list as shown. */
function openNeighbourArticle(step: 1 | -1): boolean {
  const rows = Array.from(document.querySelectorAll<HTMLButtonElement>('.library-view .library-item'));
  if (rows.length === 0) return false;
  const at = rows.findIndex((r) => r.getAttribute('aria-current') === 'true');
  const next = rows[Math.min(rows.length - 1, Math.max(0, at === -1 ? 0 : at + step))];
  if (!next || next === rows[at]) return false;
  next.click();
  return true;
}

function onListButton(target: EventTarget | null): boolean {
  return target instanceof HTMLButtonElement && /\b(annotation|suggestion)-summary\b/.test(target.className);
}

export function useWindowShortcuts(a: WindowActions): void {
  const handlers = useMemo((): ShortcutHandlers => {
    const commands = Object.fromEntries(
      COMMAND_SHORTCUTS.map((id) => [
        id,
        (event: KeyboardEvent) => {
          // In a text field, undo and redo belong to the field.
          if ((id === 'undo' || id === 'redo') && isTypingTarget(event.target)) return false;
          a.command(shortcut(id).command!);
        },
      ]),
    );
    const editorField = (selector: string) => document.querySelector<HTMLElement>(`.annotation-item.selected ${selector}`);
    const moveSuggestion = (step: 1 | -1) => {
      const s = a.suggestions;
      if (!s || s.keys.length === 0) return false;
      const at = s.active ? s.keys.indexOf(s.active) : -1;
      const next = at === -1 ? (step === 1 ? 0 : s.keys.length - 1) : Math.min(s.keys.length - 1, Math.max(0, at + step));
      s.activate(s.keys[next]!);
    };
    const move = (step: 1 | -1) => {
      if (a.shown.length === 0) return false;
      const at = a.shown.findIndex((x) => x.id === a.selectedId);
      const next = at === -1 ? (step === 1 ? 0 : a.shown.length - 1) : Math.min(a.shown.length - 1, Math.max(0, at + step));
      a.select(a.shown[next]!.id);
    };
    return {
      ...commands,
      'next-annotation': () => move(1),
      'previous-annotation': () => move(-1),
      'next-suggestion': () => moveSuggestion(1),
      'previous-suggestion': () => moveSuggestion(-1),
      'accept-suggestion': (event) => {
        if (!a.suggestions?.active || (event.key === 'Enter' && event.target instanceof HTMLButtonElement && !onListButton(event.target)))
          return false;
        a.suggestions.accept();
      },
      'reject-suggestion': () => {
        if (!a.suggestions?.active) return false;
        a.suggestions.reject();
      },
      edit: (event) => {
        // Enter on a button presses it — except on an annotation in the list, where it edits.
        if (event.target instanceof HTMLButtonElement && !onListButton(event.target)) return false;
        const field = editorField('[data-autofocus]');
        if (!field) return false;
        field.focus();
      },
      'add-tag': () => {
        const field = editorField('[data-tag-input]');
        if (!field) return false;
        field.focus();
      },
      delete: () => {
        if (!a.selectedId) return false;
        a.deleteSelected();
      },
      escape: (event) => {
        const target = event.target;
        // A dialog closes itself on Esc; the find bar and the title field handle their own.
        if (target instanceof Element && target.closest('dialog, .find-bar')) return false;
        // From a field, a button or nowhere (a button that went away): back to the article first.
        if (target instanceof HTMLElement && !target.closest('.reader') && document.querySelector('.reader')) {
          focusReader();
          return;
        }
        a.escape();
      },
      help: a.showHelp,
      'next-article': () => openNeighbourArticle(1),
      'previous-article': () => openNeighbourArticle(-1),
      'next-region': (event) => focusRegion(event.shiftKey ? -1 : 1),
    };
  }, [a]);
  useShortcuts(handlers);
}
