// The reading pane: the article as plain text paragraphs (never injected HTML), the user's
// selection turned into spans to mark, and annotations painted as CSS highlights.

import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ArticleDocument, Kind } from '../../../core/model';
import { isTypingTarget } from '../keys';
import { KIND_KEYS } from '../labels';
import { ArticleTitle } from './ArticleTitle';
import { offsetAtPoint } from './dom-offsets';
import { flashSpan, KindHighlights, paintSelected, paintSuggestions } from './highlights';
import { nextUnit, selectSpan } from './keyboard-select';
import { paragraphAt, splitParagraphs, type Paragraph } from './paragraphs';
import './reader.css';
import { selectedSpan, type Span } from './selection';
import { SelectionToolbar } from './SelectionToolbar';

export interface FocusRequest {
  /** The span to scroll to and flash. */
  span: Span;
  /** Bumped on every request so the same span can be shown twice. */
  serial: number;
}

interface Props {
  doc: ArticleDocument;
  selectedId: string | null;
  focus: FocusRequest | null;
  onSelectAnnotation: (id: string | null) => void;
  /** Several annotations lie under a click: let the user pick. */
  onPick: (ids: string[], at: { x: number; y: number }) => void;
  onMark: (kind: Kind, span: Span) => void;
  onRename: (title: string) => void;
  onSelectionChange: (span: Span | null) => void;
  /** Open suggestions, drawn dashed; the active one stands out. */
  suggestions: readonly Span[];
  activeSuggestion: Span | null;
}

interface Pending {
  span: Span;
  rect: DOMRect;
}

export function Reader(props: Props) {
  const { doc, selectedId, focus, onSelectAnnotation, onPick, onMark, onRename, onSelectionChange, suggestions, activeSuggestion } = props;
  const textRef = useRef<HTMLDivElement>(null);
  const exact = useRef(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const { text } = doc.article;
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const [kindHighlights] = useState(() => new KindHighlights());

  useLayoutEffect(() => {
    if (textRef.current) kindHighlights.sync(textRef.current, paragraphs, doc.annotations);
  }, [kindHighlights, paragraphs, doc.annotations]);

  useLayoutEffect(() => {
    const selected = doc.annotations.find((a) => a.id === selectedId);
    if (textRef.current) paintSelected(textRef.current, paragraphs, selected);
  }, [paragraphs, doc.annotations, selectedId]);

  useLayoutEffect(() => {
    if (textRef.current) paintSuggestions(textRef.current, paragraphs, suggestions, activeSuggestion);
  }, [paragraphs, suggestions, activeSuggestion]);

  useEffect(() => {
    const root = textRef.current;
    if (!root || !focus) return;
    root.children[paragraphAt(paragraphs, focus.span.start, 'start')]?.scrollIntoView({ block: 'center' });
    flashSpan(root, paragraphs, focus.span);
  }, [focus, paragraphs]);

  const readSelection = useCallback(() => {
    const root = textRef.current;
    const span = root ? selectedSpan(root, text, exact.current) : null;
    const selection = document.getSelection();
    if (!span || !selection || selection.rangeCount === 0) {
      setPending(null);
      onSelectionChange(null);
      return;
    }
    setPending({ span, rect: selection.getRangeAt(0).getBoundingClientRect() });
    onSelectionChange(span);
  }, [text, onSelectionChange]);

  useEffect(() => {
    // Alt held when the selection ends means "exact characters, no snapping".
    const noteModifier = (event: MouseEvent | KeyboardEvent) => {
      exact.current = event.altKey;
    };
    document.addEventListener('selectionchange', readSelection);
    document.addEventListener('mouseup', noteModifier, true);
    document.addEventListener('keyup', noteModifier, true);
    return () => {
      document.removeEventListener('selectionchange', readSelection);
      document.removeEventListener('mouseup', noteModifier, true);
      document.removeEventListener('keyup', noteModifier, true);
    };
  }, [readSelection]);

  const markSpan = useCallback(
    (kind: Kind, span: Span) => {
      kindHighlights.showProvisional(kind, span);
      onMark(kind, span);
      document.getSelection()?.removeAllRanges();
      setPending(null);
    },
    [onMark, kindHighlights],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const root = textRef.current;
      if (!root || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      // Read the selection now, not from state: keys can come faster than selectionchange.
      const current = selectedSpan(root, text, exact.current);
      const key = event.key.toLowerCase();
      const kind = KIND_KEYS[key];
      if (kind && current && !event.altKey) {
        event.preventDefault();
        markSpan(kind, current);
      } else if ((key === 'p' || key === 's') && !event.altKey) {
        event.preventDefault();
        const selectedAnnotation = doc.annotations.find((a) => a.id === selectedId);
        const from = current ?? (selectedAnnotation ? { start: selectedAnnotation.start, end: selectedAnnotation.end } : null);
        const unit = nextUnit(text, paragraphs, key === 'p' ? 'paragraph' : 'sentence', from, event.shiftKey);
        if (unit) selectSpan(root, paragraphs, unit);
      } else if (current && event.shiftKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
        event.preventDefault();
        document.getSelection()?.modify('extend', event.key === 'ArrowRight' ? 'forward' : 'backward', event.altKey ? 'character' : 'word');
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [markSpan, doc.annotations, selectedId, text, paragraphs]);

  function onClick(event: React.MouseEvent) {
    const root = textRef.current;
    if (!root || !document.getSelection()?.isCollapsed) return;
    const offset = offsetAtPoint(root, event.clientX, event.clientY);
    if (offset === null) return;
    const under = doc.annotations.filter((a) => a.start <= offset && offset < a.end && a.anchor?.status !== 'orphaned');
    under.sort((a, b) => a.end - a.start - (b.end - b.start));
    if (under.length > 1) onPick(under.map((a) => a.id), { x: event.clientX, y: event.clientY });
    onSelectAnnotation(under[0]?.id ?? null);
  }

  return (
    <section className="reader" aria-label="Article" tabIndex={-1}>
      <ArticleTitle key={doc.article.id} article={doc.article} onRename={onRename} />
      <div className="article-text" ref={textRef} onClick={onClick}>
        <Paragraphs text={text} paragraphs={paragraphs} />
      </div>
      {pending && <SelectionToolbar rect={pending.rect} onMark={(kind) => markSpan(kind, pending.span)} />}
    </section>
  );
}

/** The text's paragraphs, rendered again only for a new text (never for an edit). */
const Paragraphs = memo(function Paragraphs({ text, paragraphs }: { text: string; paragraphs: readonly Paragraph[] }) {
  return paragraphs.map((p) => (
    <p key={p.start} data-start={p.start}>
      {text.slice(p.start, p.end)}
    </p>
  ));
});
