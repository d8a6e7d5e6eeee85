// Every way articles come in besides File › Open…: File › New from clipboard (Ctrl/Cmd+Shift+V),
// File › Import folder… (the window's folder picker, or in the desktop app the folder the main
// process read: a menu click cannot open a file input), and files or folders dropped anywhere on the
// window. Owns their dialogs: the pasted-text box, and the progress bar and summary of a many-file import.

import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api';
import { articleUpload } from '../files';
import { shortcutsFor } from '../keys';
import type { LibraryState } from '../state/use-library';
import { pickedFromDrop, pickedFromInput, type Picked } from './collect-files';
import { importBatch, type BatchSummary } from './import-batch';
import { ImportDialog } from './ImportDialog';
import { PasteDialog } from './PasteDialog';
import { updateMessage } from '../versions/update-message';

interface Batch {
  total: number;
  done: number;
  summary: BatchSummary | null;
}

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

export function ImportCenter({ lib }: { lib: LibraryState }) {
  const { refreshLibrary, openArticle, setStatus, fail } = lib;
  const [pasting, setPasting] = useState(false);
  const [batch, setBatch] = useState<Batch | null>(null);
  const [dragging, setDragging] = useState(false);
  const folderInput = useRef<HTMLInputElement | null>(null);

  const run = useCallback(
    async ({ files, ignored }: Picked) => {
      if (files.length === 0) {
        setStatus(ignored ? 'None of those files is an article (.txt, .md, .html).' : 'There was nothing to import.');
        return;
      }
      setBatch({ total: files.length, done: 0, summary: null });
      // A file found inside a folder comes in with the folder's name: its batch in the library.
      const importOne = async ({ file, path }: (typeof files)[number]) => {
        const folder = path.includes('/') ? path.slice(0, path.indexOf('/')) : undefined;
        return call('importFile', { ...(await articleUpload(file)), ...(folder ? { batch: folder } : {}) });
      };
      const result = await importBatch(files, importOne, (done) => setBatch((b) => b && { ...b, done }));
      await refreshLibrary();
      if (result.last) await openArticle(result.last.article.id);
      const summary = { ...result, ignored };
      const quiet = files.length === 1 && result.failed.length === 0;
      setBatch(quiet ? null : { total: files.length, done: files.length, summary });
      if (quiet && result.last) setStatus(result.last.duplicate ? `${files[0]!.path} is already in the library.` : updateMessage(result.last));
    },
    [refreshLibrary, openArticle, setStatus],
  );

  async function createFromText(text: string, title: string) {
    try {
      const { article, duplicate } = await call('importText', title ? { text, title } : { text });
      setStatus(duplicate ? `“${article.title}” is already in the library.` : `Created “${article.title}”.`);
      await refreshLibrary();
      await openArticle(article.id);
    } catch (err) {
      fail('Could not create the article', err);
    }
  }

  useEffect(
    () =>
      window.newsmark.onMenu((command) => {
        if (command === 'paste-article') setPasting(true);
        else if (command === 'import-folder') folderInput.current?.click();
      }),
    [],
  );

  useEffect(
    () =>
      window.newsmark.onImportFolder?.(({ files, ignored }) =>
        void run({ files: files.map((f) => ({ file: new File([f.bytes as Uint8Array<ArrayBuffer>], f.name), path: f.path })), ignored }),
      ),
    [run],
  );

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (shortcutsFor(e).some((s) => s.id === 'paste-article')) {
        e.preventDefault();
        setPasting(true);
      }
    };
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      setDragging(false);
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      void pickedFromDrop(e.dataTransfer).then(run, (err) => fail('Could not read what was dropped', err));
    };
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [run, fail]);

  return (
    <>
      <input
        ref={(input) => {
          folderInput.current = input;
          if (input) input.webkitdirectory = true;
        }}
        type="file"
        hidden
        aria-label="Import folder"
        onChange={(e) => {
          void run(pickedFromInput(e.target.files));
          e.target.value = '';
        }}
      />
      {dragging && <div className="drop-overlay">Drop files or folders to import them</div>}
      {pasting && <PasteDialog onCreate={(text, title) => void createFromText(text, title)} onClose={() => setPasting(false)} />}
      {batch && <ImportDialog {...batch} onClose={() => setBatch(null)} />}
    </>
  );
}
