// The open story's versions: which one is shown, what changed since an earlier one, importing
// a new version of it by hand, and its orphaned annotations (those a new version lost) with
// "Place here", which puts one on the text selected in the reader.

import { useMemo, useRef, useState } from 'react';
import { currentVersion, type Annotation, type ArticleDocument } from '../../../core/model';
import { call } from '../api';
import { articleUpload } from '../files';
import { selectedSpan } from '../reader/selection';
import type { LibraryState } from '../state/use-library';
import { updateMessage } from './update-message';
import { VersionDiffDialog } from './VersionDiffDialog';

function OrphanItem({ annotation: a, onPlace }: { annotation: Annotation; onPlace: (a: Annotation) => void }) {
  return (
    <li>
      <span className={`kind-badge kind-${a.kind}`}>{a.kind}</span> “{a.quote.exact}”
      {/* mousedown would clear the reader's selection before the click reads it */}
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => onPlace(a)} title="Select the new text in the article first">
        Place here
      </button>
    </li>
  );
}

export function StoryVersions({ lib, doc }: { lib: LibraryState; doc: ArticleDocument }) {
  const { article } = doc;
  const { refreshLibrary, openArticle, setStatus, fail } = lib;
  const [showDiff, setShowDiff] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // Looked for once per change of the annotations, not on every render of the window (10,000 of them: a keystroke in the panel's search).
  const orphans = useMemo(() => doc.annotations.filter((a) => a.anchor?.status === 'orphaned'), [doc.annotations]);

  async function importVersion(file: File) {
    try {
      const outcome = await call('importFile', { ...(await articleUpload(file)), updateOf: article.id });
      setStatus(outcome.duplicate ? `${file.name} is the same text as “${outcome.article.title}”.` : updateMessage(outcome));
      await refreshLibrary();
      await openArticle(outcome.article.id);
    } catch (err) {
      fail(`Could not import ${file.name} as a new version`, err);
    }
  }

  async function place(a: Annotation) {
    const root = document.querySelector<HTMLElement>('.article-text');
    const span = root && selectedSpan(root, article.text, false);
    if (!span) {
      setStatus('Select the text where the annotation belongs, then press Place here.');
      return;
    }
    try {
      await call('placeAnnotation', { articleId: article.id, id: a.id, ...span });
      await refreshLibrary();
      await openArticle(article.id);
      lib.setSelectedId(a.id);
      setStatus(`Placed the ${a.kind} on “${article.text.slice(span.start, span.end)}”.`);
    } catch (err) {
      fail('Could not place the annotation', err);
    }
  }

  const versions = article.versions ?? [];
  return (
    <section className="story-versions" aria-label="Story versions">
      <p>
        Version {currentVersion(article)}
        {versions.length > 0 && (
          <button type="button" className="quiet" onClick={() => setShowDiff(true)}>
            Show changes
          </button>
        )}
        <button type="button" className="quiet" onClick={() => fileInput.current?.click()} title="Import a changed text of this story">
          Import new version…
        </button>
      </p>
      <input
        ref={fileInput}
        type="file"
        hidden
        aria-label="New version file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importVersion(file);
          e.target.value = '';
        }}
      />
      {orphans.length > 0 && (
        <>
          <h3>Orphaned annotations ({orphans.length})</h3>
          <p className="library-empty">Not found in this version. Select their text in the article and press Place here.</p>
          <ul aria-label="Orphaned annotations">
            {orphans.map((a) => (
              <OrphanItem key={a.id} annotation={a} onPlace={(x) => void place(x)} />
            ))}
          </ul>
        </>
      )}
      {showDiff && <VersionDiffDialog article={article} onClose={() => setShowDiff(false)} />}
    </section>
  );
}
