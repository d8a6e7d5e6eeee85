// File › Export…: the user picks a format (each with a line on what it is for), which articles
// (this one, a selection, the whole library) and the options that apply to that format, then
// Export. The dialog only gathers the choice; the caller runs exportAs and saves the file.
// ClaimReview needs the publisher from Settings: while any of it is missing the dialog names what
// to set there and does not export.

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { InputOf } from '../../../core/api/contract';
import { FORMAT_CATALOG, FORMAT_NAMES, type FormatName } from '../../../core/formats/catalog';
import { publisherGaps, type ReviewPublisher } from '../../../core/formats/review-publisher';
import type { ArticleSummary } from '../../../core/model';
import { call } from '../api';

type Scope = 'article' | 'selected' | 'library';

interface Props {
  articles: ArticleSummary[];
  currentArticleId: string | null;
  /** `withConfig`: also save Label Studio's labelling config beside the export. */
  onExport: (input: InputOf<'exportAs'>, withConfig: boolean) => void;
  onClose: () => void;
}

const SCOPES: { value: Scope; label: string }[] = [
  { value: 'article', label: 'This article' },
  { value: 'selected', label: 'Selected articles' },
  { value: 'library', label: 'Whole library' },
];

/** "a, b and c" */
function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function ExportDialog({ articles, currentArticleId, onExport, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [format, setFormat] = useState<FormatName>('json');
  const [scope, setScope] = useState<Scope>(currentArticleId ? 'article' : 'library');
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(currentArticleId ? [currentArticleId] : []));
  const [flat, setFlat] = useState(false);
  const [bom, setBom] = useState(false);
  const [raw, setRaw] = useState(false);
  const [publisher, setPublisher] = useState<ReviewPublisher | null | undefined>(undefined);
  const [perKind, setPerKind] = useState(false);
  const [withConfig, setWithConfig] = useState(true);

  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
    void call('getSettings', {})
      .then((s) => setPublisher(s.publisher))
      .catch(() => setPublisher(null));
  }, []);

  const options = FORMAT_CATALOG[format].options;
  const articleIds = scope === 'article' ? (currentArticleId ? [currentArticleId] : []) : articles.filter((a) => chosen.has(a.id)).map((a) => a.id);
  const gaps = format === 'claimreview' && publisher !== undefined ? publisherGaps(publisher ?? {}) : [];
  const ready = (scope === 'library' || articleIds.length > 0) && gaps.length === 0 && !(format === 'claimreview' && publisher === undefined);

  function toggle(id: string, on: boolean) {
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready) return;
    onExport({
      format,
      ...(scope === 'library' ? {} : { articleIds }),
      ...(flat && options.includes('flat') ? { flat: true } : {}),
      ...(bom && options.includes('bom') ? { bom: true } : {}),
      ...(raw && options.includes('raw') ? { raw: true } : {}),
      ...(perKind && options.includes('perKind') ? { perKind: true } : {}),
    }, format === 'label-studio' && withConfig);
    ref.current?.close();
  }

  return (
    <dialog ref={ref} className="export-dialog" aria-label="Export" onClose={onClose}>
      <form onSubmit={submit}>
        <h2>Export</h2>
        <fieldset role="radiogroup" aria-label="Format">
          <legend>Format</legend>
          {FORMAT_NAMES.map((name) => (
            <label key={name} className="export-choice">
              <input type="radio" name="format" value={name} checked={format === name} onChange={() => setFormat(name)} aria-describedby={`${ids}-${name}`} />
              <span className="export-choice-label">{FORMAT_CATALOG[name].label}</span>
              <span className="hint" id={`${ids}-${name}`}>
                {FORMAT_CATALOG[name].description}
              </span>
            </label>
          ))}
        </fieldset>
        {gaps.length > 0 && (
          <p className="export-warning" role="alert">
            ClaimReview that Google accepts needs {listed(gaps)}. Set {gaps.length > 1 ? 'them' : 'it'} in Settings, under Fact-check publisher.
          </p>
        )}
        {format === 'label-studio' && (
          <fieldset className="export-options">
            <legend>Options</legend>
            <label>
              <input type="checkbox" checked={withConfig} onChange={(e) => setWithConfig(e.target.checked)} /> Also save the labelling config (paste it into the project’s Labeling Interface)
            </label>
          </fieldset>
        )}
        {options.length > 0 && (
          <fieldset className="export-options">
            <legend>Options</legend>
            {options.includes('flat') && (
              <label>
                <input type="checkbox" checked={flat} onChange={(e) => setFlat(e.target.checked)} /> A plain array of annotations (no collection)
              </label>
            )}
            {options.includes('bom') && (
              <label>
                <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> Byte order mark, so Excel reads UTF-8
              </label>
            )}
            {options.includes('perKind') && (
              <label>
                <input type="checkbox" checked={perKind} onChange={(e) => setPerKind(e.target.checked)} /> One line per kind (doccano’s default project drops overlapping spans)
              </label>
            )}
            {options.includes('raw') && (
              <label>
                <input type="checkbox" checked={raw} onChange={(e) => setRaw(e.target.checked)} /> Keep cells that start like a formula (= + - @) as they are
              </label>
            )}
          </fieldset>
        )}
        <fieldset role="radiogroup" aria-label="Articles">
          <legend>Articles</legend>
          {SCOPES.map(({ value, label }) => (
            <label key={value} className="export-scope">
              <input type="radio" name="scope" value={value} checked={scope === value} disabled={value === 'article' && !currentArticleId} onChange={() => setScope(value)} />
              {label}
            </label>
          ))}
          {scope === 'selected' && (
            <ul className="export-articles" role="group" aria-label="Articles to export">
              {articles.map((a) => (
                <li key={a.id}>
                  <label>
                    <input type="checkbox" checked={chosen.has(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} /> {a.title}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit" disabled={!ready}>
            Export
          </button>
        </div>
      </form>
    </dialog>
  );
}
