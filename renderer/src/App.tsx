// The Newsmark window: library on the left, the article in the middle, its annotations on the
// right. Layout, menu commands and shortcuts; the state and its changes live in useLibrary.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand } from '../../core/api/methods';
import { call } from './api';
import { fileToBase64, saveAsDownload } from './files';
import { LibraryList } from './library/LibraryList';
import { MessageDialog } from './MessageDialog';
import { AnnotationPanel } from './panel/AnnotationPanel';
import { applyFilter, NO_FILTER, type PanelFilter } from './panel/filter';
import { HitPicker } from './reader/HitPicker';
import { Reader, type FocusRequest } from './reader/Reader';
import type { Span } from './reader/selection';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useLibrary } from './state/use-library';
import { useShortcuts } from './use-shortcuts';

const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

interface Picker {
  ids: string[];
  at: { x: number; y: number };
}

export function App() {
  const lib = useLibrary();
  const { doc, selectedId, setSelectedId, fail, refreshLibrary, openArticle, setStatus } = lib;
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [selection, setSelection] = useState<Span | null>(null);
  const [filter, setFilter] = useState<PanelFilter>(NO_FILTER);
  const [picker, setPicker] = useState<Picker | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    (async () => {
      const info = await call('getLibraryInfo', {});
      setNotices(info.notices);
      await refreshLibrary();
      const [latest] = await call('listArticles', {});
      if (latest) await openArticle(latest.id);
    })().catch((err) => fail('Could not open the library', err));
  }, [openArticle, refreshLibrary, fail]);

  useEffect(() => {
    setFilter((f) => ({ ...NO_FILTER, sort: f.sort }));
    setPicker(null);
  }, [doc?.article.id]);

  const shown = useMemo(() => (doc ? applyFilter(doc.annotations, filter) : []), [doc, filter]);

  async function importFiles(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      try {
        const { article, duplicate, notices: told } = await call('importFile', { fileName: file.name, contentBase64: await fileToBase64(file) });
        setStatus(
          [duplicate ? `“${article.title}” is already in the library.` : `Imported “${article.title}”.`, ...told].join(' '),
        );
        await refreshLibrary();
        await openArticle(article.id);
        // Hand the keyboard to the article, not the Open… button that started the import.
        document.querySelector<HTMLElement>('.reader')?.focus();
      } catch (err) {
        fail(`Could not open ${file.name}`, err);
      }
    }
  }

  const exportJson = useCallback(
    async (scope: 'article' | 'library') => {
      try {
        if (scope === 'article' && !doc) throw new Error('Open an article first.');
        const file = await call('exportJson', scope === 'article' && doc ? { articleId: doc.article.id } : {});
        saveAsDownload(file.fileName, file.content);
        setStatus(`Exported ${file.fileName}.`);
      } catch (err) {
        fail('Export failed', err);
      }
    },
    [doc, fail, setStatus],
  );

  const runCommand = useCallback(
    (command: MenuCommand) => {
      const typing = document.activeElement;
      if ((command === 'undo' || command === 'redo') && (typing instanceof HTMLInputElement || typing instanceof HTMLTextAreaElement)) {
        // From the Edit menu while typing: the field's own undo.
        document.execCommand(command);
        return;
      }
      if (command === 'open') fileInput.current?.click();
      else if (command === 'undo') void lib.undo();
      else if (command === 'redo') void lib.redo();
      else void exportJson(command === 'export-article' ? 'article' : 'library');
    },
    [exportJson, lib],
  );

  useEffect(() => window.newsmark.onMenu(runCommand), [runCommand]);

  const showSpan = useCallback((span: Span) => setFocus((f) => ({ span, serial: (f?.serial ?? 0) + 1 })), []);

  const select = useCallback(
    (id: string) => {
      setSelectedId(id);
      setPicker(null);
      const a = doc?.annotations.find((x) => x.id === id);
      if (a) showSpan({ start: a.start, end: a.end });
    },
    [doc, setSelectedId, showSpan],
  );

  const editorField = (selector: string) => document.querySelector<HTMLElement>(`.annotation-item.selected ${selector}`);

  const shortcuts = useMemo(
    () => ({
      command: runCommand,
      deleteSelected: () => {
        if (selectedId) void lib.remove(selectedId);
      },
      move: (step: 1 | -1) => {
        if (shown.length === 0) return;
        const at = shown.findIndex((a) => a.id === selectedId);
        const next = at === -1 ? (step === 1 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, at + step));
        select(shown[next]!.id);
      },
      edit: () => editorField('[data-autofocus]')?.focus(),
      addTag: () => editorField('[data-tag-input]')?.focus(),
      escape: () => {
        if (picker) setPicker(null);
        else setSelectedId(null);
      },
      showHelp: () => setHelpOpen(true),
    }),
    [runCommand, selectedId, lib, shown, select, picker, setSelectedId],
  );
  useShortcuts(shortcuts);

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Newsmark</span>
        <button type="button" onClick={() => runCommand('open')} title="Open a file (Ctrl+O)">
          Open…
        </button>
        <button type="button" onClick={() => void exportJson('article')} disabled={!doc} title="Export this article's annotations (Ctrl+E)">
          Export article
        </button>
        <button type="button" onClick={() => void exportJson('library')} title="Export the whole library (Ctrl+Shift+E)">
          Export library
        </button>
        <button type="button" onClick={() => void lib.undo()} title={lib.history.undo ? `Undo: ${lib.history.undo} (Ctrl+Z)` : 'Undo (Ctrl+Z)'}>
          Undo
        </button>
        <button type="button" onClick={() => void lib.redo()} title={lib.history.redo ? `Redo: ${lib.history.redo} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)'}>
          Redo
        </button>
        <button type="button" className="quiet" onClick={() => setHelpOpen(true)} title="Keyboard shortcuts (?)">
          Shortcuts
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPTED_FILES}
          multiple
          hidden
          aria-label="Open file"
          onChange={(e) => {
            void importFiles(e.target.files);
            e.target.value = '';
          }}
        />
        <span className="status" role="status">
          {lib.status}
        </span>
      </header>
      {notices.length > 0 && (
        <div className="notices" role="alert">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button type="button" onClick={() => setNotices([])}>
            Dismiss
          </button>
        </div>
      )}
      <main className="workspace">
        <LibraryList articles={lib.articles} currentId={doc?.article.id ?? null} onOpen={(id) => void openArticle(id)} />
        {doc ? (
          <Reader
            doc={doc}
            selectedId={selectedId}
            focus={focus}
            onSelectAnnotation={setSelectedId}
            onPick={(ids, at) => setPicker({ ids, at })}
            onMark={(kind, span) => void lib.mark(kind, span)}
            onRename={(title) => void lib.rename(title)}
            onSelectionChange={setSelection}
          />
        ) : (
          <section className="reader empty" aria-label="Article">
            <p>Open a file to start (File › Open…, Ctrl+O).</p>
          </section>
        )}
        <AnnotationPanel
          shown={shown}
          selectedId={selectedId}
          filter={filter}
          onFilter={setFilter}
          annotations={doc?.annotations ?? []}
          relations={doc?.relations ?? []}
          text={doc?.article.text ?? ''}
          selection={selection}
          knownTags={lib.tags}
          onUpdate={(id, patch) => void lib.update(id, patch)}
          onDelete={(id) => void lib.remove(id)}
          onLink={(from, to, type) => void lib.link(from, to, type)}
          onUnlink={(id) => void lib.unlink(id)}
          onSelect={select}
          onShowSpan={showSpan}
        />
      </main>
      {picker && doc && (
        <HitPicker
          annotations={picker.ids.map((id) => doc.annotations.find((a) => a.id === id)!).filter(Boolean)}
          at={picker.at}
          onPick={select}
          onClose={() => setPicker(null)}
        />
      )}
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
      {lib.message && <MessageDialog title={lib.message.title} message={lib.message.text} onClose={() => lib.setMessage(null)} />}
    </div>
  );
}
