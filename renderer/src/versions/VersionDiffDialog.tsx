// "Show changes": the story's current text against an earlier version, word by word — removed
// words struck through, added ones underlined (core/diff/word-diff.ts).

import { useMemo, useState } from 'react';
import { wordDiff } from '../../../core/diff/word-diff';
import { currentVersion, type Article } from '../../../core/model';
import { useModal } from '../use-modal';
import { CloseActions } from '../CloseActions';

export function VersionDiffDialog({ article, onClose }: { article: Article; onClose: () => void }) {
  const ref = useModal();
  const versions = article.versions ?? [];
  const [from, setFrom] = useState(versions.length);
  const older = versions.find((v) => v.version === from);
  const parts = useMemo(() => (older ? wordDiff(older.text, article.text) : []), [older, article.text]);
  return (
    <dialog ref={ref} className="message-dialog diff-dialog" aria-label="Changes between versions" onClose={onClose}>
      <h2>Changes between versions</h2>
      <label>
        From version{' '}
        <select value={from} onChange={(e) => setFrom(Number(e.target.value))}>
          {versions.map((v) => (
            <option key={v.version} value={v.version}>
              {v.version} ({v.importedAt.slice(0, 10)})
            </option>
          ))}
        </select>{' '}
        to version {currentVersion(article)} (current)
      </label>
      <div className="diff-text" aria-label="Changes">
        {parts.map((p, i) => (p.op === 'same' ? <span key={i}>{p.text}</span> : p.op === 'added' ? <ins key={i}>{p.text}</ins> : <del key={i}>{p.text}</del>))}
      </div>
      <CloseActions dialog={ref} autoFocus />
    </dialog>
  );
}
