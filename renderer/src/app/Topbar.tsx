// The window's toolbar: the file, export, suggestion and history commands, the theme toggle and
// settings, and the status line (one line, cut with an ellipsis, fading after a while).

import { useEffect, useState, type ReactNode } from 'react';
import type { MenuCommand } from '../../../core/api/methods';
import { keysLabel, shortcut, type ShortcutId } from '../../../core/shortcuts';
import type { HistoryLabels } from '../state/use-library';

interface Props {
  hasArticle: boolean;
  history: HistoryLabels;
  status: string;
  theme: 'light' | 'dark';
  onCommand: (command: MenuCommand) => void;
  onHelp: () => void;
  onSettings: () => void;
  /** More buttons, before the help and settings ones (team sync). */
  children?: ReactNode;
}

/** How long a status message stays before it fades (it stays readable in its tooltip). */
const STATUS_MS = 8000;

const keys = (id: ShortcutId) => keysLabel(shortcut(id));

export function Topbar({ hasArticle, history, status, theme, onCommand, onHelp, onSettings, children }: Props) {
  const [faded, setFaded] = useState(false);
  useEffect(() => {
    setFaded(false);
    if (!status) return;
    const timer = setTimeout(() => setFaded(true), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const button = (label: string, command: MenuCommand, id: ShortcutId, title: string, disabled = false) => (
    <button type="button" onClick={() => onCommand(command)} disabled={disabled} title={`${title} (${keys(id)})`}>
      {label}
    </button>
  );
  return (
    <header className="topbar">
      <span className="brand">Newsmark</span>
      {button('Open…', 'open', 'open', 'Open a file')}
      {button('Export…', 'export', 'export', 'Export in a format of your choice')}
      {button('Export article', 'export-article', 'export-article', "Export this article's annotations", !hasArticle)}
      {button('Export library', 'export-library', 'export-library', 'Export the whole library')}
      {button('Suggest', 'suggest', 'suggest', 'Suggest figures, quotes and claims', !hasArticle)}
      {button('Find', 'find', 'find', 'Find in the article', !hasArticle)}
      {button('Undo', 'undo', 'undo', history.undo ? `Undo: ${history.undo}` : 'Undo')}
      {button('Redo', 'redo', 'redo', history.redo ? `Redo: ${history.redo}` : 'Redo')}
      {children}
      <button type="button" className="quiet" onClick={onHelp} title={`Keyboard shortcuts (${keys('help')})`}>
        Shortcuts
      </button>
      <button
        type="button"
        className="quiet"
        aria-pressed={theme === 'dark'}
        onClick={() => onCommand('toggle-theme')}
        title="Dark mode on or off"
      >
        Dark
      </button>
      <button type="button" className="quiet" onClick={onSettings} title="Theme, text size, reading width">
        Settings
      </button>
      <span className={`status${faded ? ' faded' : ''}`} role="status" title={status}>
        {status}
      </span>
    </header>
  );
}
