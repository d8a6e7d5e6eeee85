// The reading pane: the article as plain text paragraphs (never injected HTML), the user's
// selection turned into spans to mark, and annotations painted as CSS highlights.

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ArticleDocument, Kind } from '../../../core/model';
import { isTypingTarget } from '../keys';
import { KIND_KEYS } from '../kinds';
import { ArticleTitle } from './ArticleTitle';
import { offsetAtPoint, rangeOf } from './dom-offsets';
import { flashRange, paintKinds, paintSelected } from './highlights';
import { splitParagraphs } from './paragraphs';
import { selectedSpan, type Span } from './selection';
import { SelectionToolbar } from './SelectionToolbar';

export interface FocusRequest {
  id: string;
  /** Bumped on every request so the same annotation can be shown twice. */
  serial: number;
}

interface Props {
  doc: ArticleDocument;
  selectedId: string | null;
  focus: FocusRequest | null;
  onSelectAnnotation: (id: string | null) => void;
  onMark: (kind: Kind, span: Span) => void;
  onRename: (title: string) => void;
}

interface Pending {
  span: Span;
  rect: DOMRect;
}

export function Reader({ doc, selectedId, focus, onSelectAnnotation, onMark, onRename }: Props) {
  const textRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const { text } = doc.article;
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);

  useLayoutEffect(() => {
    if (textRef.current) paintKinds(textRef.current, paragraphs, doc.annotations);
  }, [paragraphs, doc.annotations]);

  useLayoutEffect(() => {
    const selected = doc.annotations.find((a) => a.id === selectedId);
    if (textRef.current) paintSelected(textRef.current, paragraphs, selected);
  }, [paragraphs, doc.annotations, selectedId]);

  useEffect(() => {
    const root = textRef.current;
    const target = focus && doc.annotations.find((a) => a.id === focus.id);
    if (!root || !target) return;
    const range = rangeOf(root, paragraphs, target.start, target.end);
    if (!range) return;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    flashRange(range);
  }, [focus, doc.annotations, paragraphs]);

  useEffect(() => {
    function onSelectionChange() {
      const root = textRef.current;
      const span = root ? selectedSpan(root, text) : null;
      const selection = document.getSelection();
      if (!span || !selection || selection.rangeCount === 0) return setPending(null);
      setPending({ span, rect: selection.getRangeAt(0).getBoundingClientRect() });
    }
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [text]);

  const mark = useCallback(
    (kind: Kind) => {
      if (!pending) return;
      onMark(kind, pending.span);
      document.getSelection()?.removeAllRanges();
      setPending(null);
    },
    [pending, onMark],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!pending || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const kind = KIND_KEYS[event.key.toLowerCase()];
      if (!kind) return;
      event.preventDefault();
      mark(kind);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [pending, mark]);

  function onClick(event: React.MouseEvent) {
    const root = textRef.current;
    if (!root || !document.getSelection()?.isCollapsed) return;
    const offset = offsetAtPoint(root, event.clientX, event.clientY);
    if (offset === null) return;
    const under = doc.annotations.filter((a) => a.start <= offset && offset < a.end);
    const innermost = under.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    onSelectAnnotation(innermost ? innermost.id : null);
  }

  return (
    <section className="reader" aria-label="Article">
      <ArticleTitle key={doc.article.id} article={doc.article} onRename={onRename} />
      <div className="article-text" ref={textRef} onClick={onClick}>
        {paragraphs.map((p) => (
          <p key={p.start} data-start={p.start}>
            {text.slice(p.start, p.end)}
          </p>
        ))}
      </div>
      {pending && <SelectionToolbar rect={pending.rect} onMark={mark} />}
    </section>
  );
}
