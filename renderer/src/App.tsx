// The Newsmark window: library on the left, the article in the middle, its annotations on the
// right. Layout, menu commands and shortcuts; the state and its changes live in useLibrary.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand } from '../../core/api/methods';
import { call } from './api';
import { articleUpload, saveAsDownload } from './files';
import { ExportDialog } from './export/ExportDialog';
import { importAnnotationFile, looksLikeAnnotations, readAnnotationUpload, type AnnotationImport } from './import/annotation-file';
import { ImportReportDialog } from './import/ImportReportDialog';
import { LibraryView } from './library/LibraryView';
import { MessageDialog } from './MessageDialog';
import { AnnotationPanel } from './panel/AnnotationPanel';
import { applyFilter, NO_FILTER, type PanelFilter } from './panel/filter';
import { HitPicker } from './reader/HitPicker';
import { Reader, type FocusRequest } from './reader/Reader';
import type { Span } from './reader/selection';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useLibrary } from './state/use-library';
import { SuggestionsPanel } from './suggest/SuggestionsPanel';
import { useRemoteChanges } from './sync/sync-state';
import { TeamSyncButton } from './sync/TeamSyncButton';
import { suggestOnImport, useSuggestions } from './suggest/use-suggestions';
import { useShortcuts } from './use-shortcuts';
import { updateMessage } from './versions/update-message';

const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.html,.htm,.json,.jsonld,text/plain,text/markdown,text/html,application/json,application/ld+json';

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
  const [exportOpen, setExportOpen] = useState(false);
  const [importReport, setImportReport] = useState<AnnotationImport | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const suggestions = useSuggestions(fail);
  const articleId = doc?.article.id ?? null;
  const activeProposal = suggestions.proposals?.find((p) => p.key === suggestions.activeKey) ?? null;
  const suggestionSpans = useMemo(() => suggestions.proposals ?? [], [suggestions.proposals]);
  // What the suggestions depend on: which spans are marked (not notes or tags).
  const markedSpans = doc?.annotations.map((a) => `${a.kind}:${a.start}:${a.end}`).join() ?? '';

  useEffect(() => {
    (async () => {
      const info = await call('getLibraryInfo', {});
      setNotices(info.notices);
      const [latest] = await refreshLibrary();
      if (latest) await openArticle(latest.id);
    })().catch((err) => fail('Could not open the library', err));
  }, [openArticle, refreshLibrary, fail]);

  useEffect(() => {
    setFilter((f) => ({ ...NO_FILTER, sort: f.sort }));
    setPicker(null);
    suggestions.clear();
    // Only a new article resets the list (suggestions.clear itself never changes).
  }, [articleId, suggestions.clear]);

  const { refresh: refreshSuggestions } = suggestions;
  useEffect(() => {
    // Marking, deleting, undoing: whatever changed the marked spans changes what is proposed.
    if (articleId) void refreshSuggestions(articleId);
  }, [markedSpans, articleId, refreshSuggestions]);

  const shown = useMemo(() => (doc ? applyFilter(doc.annotations, filter) : []), [doc, filter]);

  async function showAnnotationImport(done: Promise<AnnotationImport>) {
    setImportReport(await done);
    await refreshLibrary();
    if (articleId) await openArticle(articleId, true);
  }

  async function importFiles(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      try {
        if (await looksLikeAnnotations(file)) {
          await showAnnotationImport(importAnnotationFile(await readAnnotationUpload(file)));
          continue;
        }
        const outcome = await call('importFile', await articleUpload(file));
        const { article, duplicate, notices: told } = outcome;
        setStatus([duplicate ? `“${article.title}” is already in the library.` : updateMessage(outcome), ...told].join(' '));
        await refreshLibrary();
        await openArticle(article.id);
        if (suggestOnImport()) await suggestions.load(article.id);
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
      else if (command === 'export') setExportOpen(true);
      else if (command === 'suggest') {
        if (articleId) void suggestions.load(articleId);
      }
      else if (command === 'export-article' || command === 'export-library') void exportJson(command === 'export-article' ? 'article' : 'library');
      // paste-article and import-folder: the library's ImportCenter listens for them itself.
    },
    [exportJson, lib, articleId, suggestions],
  );

  useEffect(() => window.newsmark.onMenu(runCommand), [runCommand]);

  const showSpan = useCallback((span: Span) => setFocus((f) => ({ span, serial: (f?.serial ?? 0) + 1 })), []);

  const activateSuggestion = useCallback(
    (key: string | null) => {
      suggestions.activate(key);
      setSelectedId(null);
      const p = suggestions.proposals?.find((x) => x.key === key);
      if (p) setFocus((f) => ({ span: p, serial: (f?.serial ?? 0) + 1 }));
    },
    [suggestions, setSelectedId],
  );

  const acceptSuggestions = useCallback(
    async (keys: string[]) => {
      if (!articleId) return;
      const created = await suggestions.accept(articleId, keys);
      await lib.added(created, keys.length === 1 ? 'Accept suggestion' : `Accept ${keys.length} suggestions`);
    },
    [articleId, suggestions, lib],
  );

  const rejectSuggestions = useCallback(
    async (keys: string[]) => {
      if (articleId) await suggestions.reject(articleId, keys);
    },
    [articleId, suggestions],
  );

  const select = useCallback(
    (id: string) => {
      setSelectedId(id);
      suggestions.activate(null);
      setPicker(null);
      const a = doc?.annotations.find((x) => x.id === id);
      // An orphan's offsets belong to an older text: there is nothing to show in this one.
      if (a && a.anchor?.status !== 'orphaned') showSpan({ start: a.start, end: a.end });
    },
    [doc, setSelectedId, showSpan, suggestions],
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
        else if (activeProposal) suggestions.activate(null);
        else setSelectedId(null);
      },
      showHelp: () => setHelpOpen(true),
      suggestion: activeProposal
        ? { accept: () => void acceptSuggestions([activeProposal.key]), reject: () => void rejectSuggestions([activeProposal.key]) }
        : null,
    }),
    [runCommand, selectedId, lib, shown, select, picker, setSelectedId, activeProposal, suggestions, acceptSuggestions, rejectSuggestions],
  );
  useShortcuts(shortcuts);
  // Documents from the team arrived: show them (the open article keeps its selection).
  useRemoteChanges(
    useCallback(() => {
      void refreshLibrary();
      if (articleId) void openArticle(articleId, true);
    }, [refreshLibrary, openArticle, articleId]),
  );

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Newsmark</span>
        <button type="button" onClick={() => runCommand('open')} title="Open a file (Ctrl+O)">
          Open…
        </button>
        <button type="button" onClick={() => setExportOpen(true)} title="Export in a format of your choice (Ctrl+Alt+E)">
          Export…
        </button>
        <button type="button" onClick={() => void exportJson('article')} disabled={!doc} title="Export this article's annotations (Ctrl+E)">
          Export article
        </button>
        <button type="button" onClick={() => void exportJson('library')} title="Export the whole library (Ctrl+Shift+E)">
          Export library
        </button>
        <button type="button" onClick={() => runCommand('suggest')} disabled={!doc} title="Suggest figures, quotes and claims (Ctrl+Shift+G)">
          Suggest
        </button>
        <button type="button" onClick={() => void lib.undo()} title={lib.history.undo ? `Undo: ${lib.history.undo} (Ctrl+Z)` : 'Undo (Ctrl+Z)'}>
          Undo
        </button>
        <button type="button" onClick={() => void lib.redo()} title={lib.history.redo ? `Redo: ${lib.history.redo} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)'}>
          Redo
        </button>
        <TeamSyncButton />
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
        <LibraryView lib={lib} />
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
            suggestions={suggestionSpans}
            activeSuggestion={activeProposal}
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
        >
          {suggestions.proposals && (
            <SuggestionsPanel
              proposals={suggestions.proposals}
              activeKey={suggestions.activeKey}
              onActivate={activateSuggestion}
              onAccept={(keys) => void acceptSuggestions(keys)}
              onReject={(keys) => void rejectSuggestions(keys)}
              onClose={suggestions.clear}
            />
          )}
        </AnnotationPanel>
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
      {exportOpen && (
        <ExportDialog
          articles={lib.articles}
          currentArticleId={articleId}
          onExport={(input) =>
            void call('exportAs', input)
              .then((file) => {
                saveAsDownload(file.fileName, file.content, file.mimeType, file.base64);
                setStatus(`Exported ${file.fileName}.`);
              })
              .catch((err) => fail('Export failed', err))
          }
          onClose={() => setExportOpen(false)}
        />
      )}
      {importReport && (
        <ImportReportDialog
          key={importReport.outcome.report.counts.notPlaced + importReport.outcome.added}
          result={importReport}
          articles={lib.articles}
          onPlaceInto={(id) => void showAnnotationImport(importAnnotationFile(importReport, id)).catch((err) => fail('Import failed', err))}
          onClose={() => setImportReport(null)}
        />
      )}
      {lib.message && <MessageDialog title={lib.message.title} message={lib.message.text} onClose={() => lib.setMessage(null)} />}
    </div>
  );
}
