// The Newsmark window: library on the left, the article in the middle, its annotations on the
// right. Layout and menu commands; the state lives in useLibrary, the shortcuts in
// useWindowShortcuts, the toolbar in Topbar, the settings in useSettings.

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand } from '../../core/api/methods';
import { call } from './api';
import { articleUpload, saveAsDownload } from './files';
import { ExportDialog } from './export/ExportDialog';
import { saveExport } from './export/save-export';
import { importAnnotationFile, looksLikeAnnotations, readAnnotationUpload, type AnnotationImport } from './import/annotation-file';
import { ImportReportDialog } from './import/ImportReportDialog';
import { LibraryView } from './library/LibraryView';
import { MessageDialog } from './MessageDialog';
import { AnnotationPanel } from './panel/AnnotationPanel';
import { applyFilter, NO_FILTER, type PanelFilter } from './panel/filter';
import { spansKey } from './suggest/spans-key';
import { HitPicker } from './reader/HitPicker';
import { Reader, type FocusRequest } from './reader/Reader';
import type { Span } from './reader/selection';
import { ShortcutsDialog } from './ShortcutsDialog';
import { AgreementDialog } from './team/AgreementDialog';
import { SettingsDialog } from './settings/SettingsDialog';
import { useSettings } from './settings/use-settings';
import { Topbar } from './app/Topbar';
import { focusReader, useWindowShortcuts } from './app/use-window-shortcuts';
import { announcement } from './app/announce';
import { useDesktopOpenFiles } from './app/use-desktop-open';
import { useLibrary } from './state/use-library';
import { ProgressControl } from './team/ProgressControl';
import { useAnnotator } from './team/use-annotator';
import { useSetProgress } from './team/use-progress';
import { useLayerReader } from './team/use-layer-reader';
import { useCurator } from './team/use-curator';
import { SuggestionsPanel } from './suggest/SuggestionsPanel';
import { useRemoteChanges } from './sync/sync-state';
import { TeamSyncButton } from './sync/TeamSyncButton';
import { suggestOnImport, useSuggestions } from './suggest/use-suggestions';
import { updateMessage } from './versions/update-message';

const ACCEPTED_FILES =
  '.txt,.text,.md,.markdown,.html,.htm,.json,.jsonld,.jsonl,.ndjson,text/plain,text/markdown,text/html,application/json,application/ld+json,application/jsonl';

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
  const [findOpen, setFindOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [agreementOpen, setAgreementOpen] = useState(false);
  const [spoken, setSpoken] = useState('');
  const settings = useSettings();
  const annotator = useAnnotator(fail);
  const setProgress = useSetProgress(lib);
  const layerReader = useLayerReader(doc, annotator.active);
  const curator = useCurator(lib, annotator.active);
  const [importReport, setImportReport] = useState<AnnotationImport | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const suggestions = useSuggestions(fail);
  const articleId = doc?.article.id ?? null;
  const activeProposal = suggestions.proposals?.find((p) => p.key === suggestions.activeKey) ?? null;
  const suggestionSpans = useMemo(() => suggestions.proposals ?? [], [suggestions.proposals]);
  // What the suggestions depend on: which spans are marked (not notes or tags).
  const markedSpans = useMemo(() => (doc ? spansKey(doc.annotations) : ''), [doc?.annotations]);

  useEffect(() => {
    (async () => {
      const info = await call('getLibraryInfo', {});
      // Damaged article files put back from a backup: which article, from when, what was lost.
      const recovered = info.recoveries.map(
        (r) => `“${r.title}” could not be read (${r.damage}) and was restored from its backup of ${r.restoredFrom.slice(0, 16).replace('T', ' ')} UTC. Lost: ${r.lost}.`,
      );
      setNotices([...recovered, ...info.notices]);
      const [latest] = await refreshLibrary();
      if (latest) await openArticle(latest.id);
    })().catch((err) => fail('Could not open the library', err));
  }, [openArticle, refreshLibrary, fail]);

  useEffect(() => {
    setFilter((f) => ({ ...NO_FILTER, sort: f.sort }));
    setPicker(null);
    setFindOpen(false);
    suggestions.clear();
    // A newly opened article takes the keyboard: s, c, j… are for it, not the library row.
    if (articleId && !document.activeElement?.closest('dialog')) focusReader();
    // Only a new article resets the list (suggestions.clear itself never changes).
  }, [articleId, suggestions.clear]);

  const { refresh: refreshSuggestions } = suggestions;
  useEffect(() => {
    // Marking, deleting, undoing: whatever changed the marked spans changes what is proposed.
    if (articleId) void refreshSuggestions(articleId);
  }, [markedSpans, articleId, refreshSuggestions]);

  // The search box and the highlights answer a key at once; the filtered list follows a moment later.
  const listFilter = useDeferredValue(filter);
  const shown = useMemo(() => (doc ? applyFilter(doc.annotations, listFilter) : []), [doc, listFilter]);

  async function showAnnotationImport(done: Promise<AnnotationImport>) {
    setImportReport(await done);
    await refreshLibrary();
    if (articleId) await openArticle(articleId, true);
  }

  async function importFiles(files: FileList | readonly File[] | null) {
    for (const file of Array.from(files ?? [])) {
      try {
        if (await looksLikeAnnotations(file)) {
          await showAnnotationImport(importAnnotationFile(await readAnnotationUpload(file)));
          continue;
        }
        const outcome = await call('importFile', await articleUpload(file));
        const { article, duplicate, notices: told } = outcome;
        window.newsmark.noteOpenedFile?.(file);
        setStatus([duplicate ? `“${article.title}” is already in the library.` : updateMessage(outcome), ...told].join(' '));
        await refreshLibrary();
        await openArticle(article.id);
        if (suggestOnImport()) await suggestions.load(article.id);
        // Hand the keyboard to the article, not the Open… button that started the import.
        focusReader();
      } catch (err) {
        fail(`Could not open ${file.name}`, err);
      }
    }
  }

  useDesktopOpenFiles(importFiles);

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
      } else if (command === 'export-article' || command === 'export-library')
        void exportJson(command === 'export-article' ? 'article' : 'library');
      else if (command === 'find') setFindOpen(Boolean(articleId));
      else if (command === 'toggle-theme') settings.toggleTheme();
      else if (command === 'agreement') setAgreementOpen(true);
      // paste-article and import-folder: the library's ImportCenter listens for them itself.
    },
    [exportJson, lib, articleId, suggestions, settings],
  );

  useEffect(() => window.newsmark.onMenu(runCommand), [runCommand]);
  // A file opened from the desktop (command line, Open Recent, Open with…) was imported: show it.
  useEffect(
    () => window.newsmark.onOpenArticle?.((id) => void refreshLibrary().then(() => openArticle(id))),
    [refreshLibrary, openArticle],
  );

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

  // Looked up when the selection or the list changes, not on every render (a search keystroke: 10,000 compared for nothing).
  const selectedAnnotation = useMemo(() => (selectedId && doc?.annotations.find((a) => a.id === selectedId)) || null, [doc?.annotations, selectedId]);
  useEffect(() => {
    if (selectedAnnotation) setSpoken(announcement(selectedAnnotation));
    // Said once when an annotation is chosen, not again on every edit of it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedAnnotation?.id]);

  const windowActions = useMemo(
    () => ({
      command: runCommand,
      shown,
      selectedId,
      select,
      deleteSelected: () => {
        if (selectedId) void lib.remove(selectedId);
      },
      escape: () => {
        if (picker) setPicker(null);
        else if (activeProposal) suggestions.activate(null);
        else if (document.getSelection()?.isCollapsed === false) document.getSelection()?.removeAllRanges();
        else setSelectedId(null);
      },
      showHelp: () => setHelpOpen(true),
      suggestions: suggestions.proposals
        ? {
            keys: suggestions.proposals.map((p) => p.key),
            active: suggestions.activeKey,
            activate: activateSuggestion,
            accept: () => activeProposal && void acceptSuggestions([activeProposal.key]),
            reject: () => activeProposal && void rejectSuggestions([activeProposal.key]),
          }
        : null,
    }),
    [
      runCommand,
      shown,
      selectedId,
      select,
      lib,
      selection,
      doc,
      picker,
      activeProposal,
      suggestions,
      setSelectedId,
      activateSuggestion,
      acceptSuggestions,
      rejectSuggestions,
    ],
  );
  useWindowShortcuts(windowActions);

  const linkParty = useCallback(
    (span: Span) => {
      const annotation = selectedAnnotation;
      if (!annotation || annotation.kind === 'figure' || !doc) return false;
      const party = { name: doc.article.text.slice(span.start, span.end), span };
      void lib.update(annotation.id, { fields: annotation.kind === 'quote' ? { quote: { speaker: party } } : { claim: { claimant: party } } });
      setSpoken(`Linked “${party.name}” as ${annotation.kind === 'quote' ? 'speaker' : 'claimant'}.`);
      return true;
    },
    [selectedAnnotation, doc, lib],
  );
  // Documents from the team arrived: show them (the open article keeps its selection).
  useRemoteChanges(
    useCallback(() => {
      lib.forgetRecent();
      void refreshLibrary();
      if (articleId) void openArticle(articleId, true);
    }, [refreshLibrary, openArticle, articleId, lib.forgetRecent]),
  );

  return (
    <div className="app">
      <Topbar
        hasArticle={doc !== null}
        history={lib.history}
        status={lib.status}
        theme={settings.theme}
        onCommand={runCommand}
        onHelp={() => setHelpOpen(true)}
        onSettings={() => setSettingsOpen(true)}
      >
        <TeamSyncButton />
      </Topbar>
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
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
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
        <LibraryView lib={lib} annotator={annotator.active} />
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
            findOpen={findOpen}
            onCloseFind={() => {
              setFindOpen(false);
              focusReader();
            }}
            onAnnounce={setSpoken}
            onLinkParty={linkParty}
            tools={
              <>
                <ProgressControl doc={doc} annotator={annotator.active} onSet={setProgress} />
                {layerReader.picker}
                {curator.button}
              </>
            }
            shown={layerReader.shown}
            overlays={layerReader.overlays}
            beside={layerReader.beside}
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
      {curator.dialog}
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
      {settingsOpen && <SettingsDialog state={settings} annotator={annotator} onClose={() => setSettingsOpen(false)} />}
      {agreementOpen && <AgreementDialog articleId={articleId} onClose={() => setAgreementOpen(false)} />}
      {exportOpen && (
        <ExportDialog
          articles={lib.articles}
          currentArticleId={articleId}
          onExport={(input, withConfig) =>
            void call('exportAs', input)
              .then((file) => {
                const { status, message } = saveExport(file, withConfig);
                setStatus(status);
                if (message) lib.setMessage(message);
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
