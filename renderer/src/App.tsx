// The Newsmark window: library on the left, the article in the middle, its annotations on the
// right. Holds the open article and applies each change the service confirms.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { MenuCommand } from '../../core/api/methods';
import { compareByPosition, type Annotation, type ArticleDocument, type ArticleSummary, type Kind } from '../../core/model';
import { call, messageOf } from './api';
import { fileToBase64, saveAsDownload } from './files';
import { isCommandKey, isTypingTarget } from './keys';
import { LibraryList } from './library/LibraryList';
import { MessageDialog } from './MessageDialog';
import { AnnotationPanel } from './panel/AnnotationPanel';
import type { AnnotationPatch } from './panel/AnnotationEditor';
import { Reader, type FocusRequest } from './reader/Reader';
import type { Span } from './reader/selection';

interface Message {
  title: string;
  text: string;
}

const ACCEPTED_FILES = '.txt,text/plain';

export function App() {
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [doc, setDoc] = useState<ArticleDocument | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const fail = useCallback((title: string, err: unknown) => setMessage({ title, text: messageOf(err) }), []);

  const refreshLibrary = useCallback(async () => setArticles(await call('listArticles', {})), []);

  const openArticle = useCallback(
    async (id: string) => {
      try {
        setDoc(await call('getArticle', { id }));
        setSelectedId(null);
      } catch (err) {
        fail('Could not open the article', err);
        await refreshLibrary();
      }
    },
    [fail, refreshLibrary],
  );

  useEffect(() => {
    (async () => {
      const info = await call('getLibraryInfo', {});
      setNotices(info.notices);
      const list = await call('listArticles', {});
      setArticles(list);
      if (list[0]) await openArticle(list[0].id);
    })().catch((err) => fail('Could not open the library', err));
  }, [openArticle, fail]);

  async function importFiles(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      try {
        const { article, duplicate } = await call('importFile', { fileName: file.name, contentBase64: await fileToBase64(file) });
        setStatus(duplicate ? `“${article.title}” is already in the library.` : `Imported “${article.title}”.`);
        await refreshLibrary();
        await openArticle(article.id);
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
    [doc, fail],
  );

  const runCommand = useCallback(
    (command: MenuCommand) => {
      if (command === 'open') fileInput.current?.click();
      else void exportJson(command === 'export-article' ? 'article' : 'library');
    },
    [exportJson],
  );

  useEffect(() => window.newsmark.onMenu(runCommand), [runCommand]);

  async function mark(kind: Kind, span: Span) {
    if (!doc) return;
    try {
      const created = await call('createAnnotation', { articleId: doc.article.id, kind, ...span });
      setDoc((d) => d && { ...d, annotations: [...d.annotations, created].sort(compareByPosition) });
      setSelectedId(created.id);
      await refreshLibrary();
    } catch (err) {
      fail('Could not mark the text', err);
    }
  }

  /** Edits in flight per annotation: the screen shows the newest edit, not an older echo. */
  const pendingEdits = useRef(new Map<string, number>());

  async function update(id: string, patch: AnnotationPatch) {
    if (!doc) return;
    const articleId = doc.article.id;
    const pending = pendingEdits.current;
    const replace = (next: (a: Annotation) => Annotation) =>
      setDoc((d) => d && { ...d, annotations: d.annotations.map((a) => (a.id === id ? next(a) : a)) });
    replace((a) => ({ ...a, ...patch }));
    pending.set(id, (pending.get(id) ?? 0) + 1);
    try {
      const updated = await call('updateAnnotation', { articleId, id, ...patch });
      const left = (pending.get(id) ?? 1) - 1;
      pending.set(id, left);
      if (left === 0) replace(() => updated);
      if (patch.kind) await refreshLibrary();
    } catch (err) {
      pending.set(id, (pending.get(id) ?? 1) - 1);
      fail('Could not save the change', err);
      await openArticle(articleId);
    }
  }

  const remove = useCallback(
    async (id: string) => {
      if (!doc) return;
      try {
        await call('deleteAnnotation', { articleId: doc.article.id, id });
        setDoc((d) => d && { ...d, annotations: d.annotations.filter((a) => a.id !== id) });
        setSelectedId(null);
        await refreshLibrary();
      } catch (err) {
        fail('Could not delete the annotation', err);
      }
    },
    [doc, fail, refreshLibrary],
  );

  async function rename(title: string) {
    if (!doc) return;
    try {
      const summary = await call('updateArticle', { id: doc.article.id, title });
      setDoc((d) => d && { ...d, article: { ...d.article, title: summary.title } });
      await refreshLibrary();
    } catch (err) {
      fail('Could not rename the article', err);
    }
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const key = event.key.toLowerCase();
      if (isCommandKey(event) && key === 'o') {
        event.preventDefault();
        runCommand('open');
      } else if (isCommandKey(event) && key === 'e') {
        event.preventDefault();
        runCommand(event.shiftKey ? 'export-library' : 'export-article');
      } else if (isTypingTarget(event.target)) {
        return;
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && selectedId) {
        event.preventDefault();
        void remove(selectedId);
      } else if (event.key === 'Escape') {
        setSelectedId(null);
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [runCommand, remove, selectedId]);

  function selectFromList(id: string) {
    setSelectedId(id);
    setFocus((f) => ({ id, serial: (f?.serial ?? 0) + 1 }));
  }

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">Newsmark</span>
        <button type="button" onClick={() => runCommand('open')} title="Open a text file (Ctrl+O)">
          Open…
        </button>
        <button type="button" onClick={() => void exportJson('article')} disabled={!doc} title="Export this article's annotations (Ctrl+E)">
          Export article
        </button>
        <button type="button" onClick={() => void exportJson('library')} title="Export the whole library (Ctrl+Shift+E)">
          Export library
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
          {status}
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
        <LibraryList articles={articles} currentId={doc?.article.id ?? null} onOpen={(id) => void openArticle(id)} />
        {doc ? (
          <Reader
            doc={doc}
            selectedId={selectedId}
            focus={focus}
            onSelectAnnotation={setSelectedId}
            onMark={(kind, span) => void mark(kind, span)}
            onRename={(title) => void rename(title)}
          />
        ) : (
          <section className="reader empty" aria-label="Article">
            <p>Open a text file to start (File › Open…, Ctrl+O).</p>
          </section>
        )}
        <AnnotationPanel
          annotations={doc?.annotations ?? []}
          selectedId={selectedId}
          onSelect={selectFromList}
          onUpdate={(id, patch) => void update(id, patch)}
          onDelete={(id) => void remove(id)}
        />
      </main>
      {message && <MessageDialog title={message.title} message={message.text} onClose={() => setMessage(null)} />}
    </div>
  );
}
