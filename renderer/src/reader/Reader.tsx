// The reading pane: the article as plain text paragraphs (never injected HTML), the user's
// selection turned into spans to mark, and annotations painted as CSS highlights.

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, ArticleDocument, Kind } from '../../../core/model';
import { useOverlays } from '../team/layer-highlights';
import { useShortcuts, type ShortcutHandlers } from '../use-shortcuts';
import { ArticleTitle } from './ArticleTitle';
import { FindBar } from './FindBar';
import { offsetAtPoint, paragraphElement } from './dom-offsets';
import { flashSpan, paintSelected, paintSuggestions } from './highlights';
import { nextUnit, selectSpan } from './keyboard-select';
import { ArticleViews } from './article-views';
import { paragraphAt } from './paragraphs';
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
  /** Open suggestions, underlined by kind; the active one stands out. */
  suggestions: readonly (Span & { kind: Kind })[];
  activeSuggestion: Span | null;
  findOpen: boolean;
  onCloseFind: () => void;
  /** Says something to screen readers (which end of the selection moves). */
  onAnnounce: (message: string) => void;
  /** `l`: link the selected text as the selected annotation's speaker or claimant; false when it cannot. */
  onLinkParty: (span: Span) => boolean;
  /** Controls shown under the article's heading (the user's status, the layer picker). */
  tools?: React.ReactNode;
  /** The annotations the text shows and clicks find: another annotator's layer in place of the user's own. */
  shown?: readonly Annotation[];
  /** Other layers laid over the text, each in its own line style. */
  overlays?: readonly (readonly Annotation[])[];
  /** A second pane beside the text (two layers side by side). */
  beside?: React.ReactNode;
}

const NONE: readonly (readonly Annotation[])[] = [];

interface Pending {
  span: Span;
  rect: DOMRect;
}

export function Reader(props: Props) {
  const {
    doc,
    selectedId,
    focus,
    onSelectAnnotation,
    onPick,
    onMark,
    onRename,
    onSelectionChange,
    suggestions,
    activeSuggestion,
    findOpen,
    onCloseFind,
    onAnnounce,
    onLinkParty,
    tools,
    beside,
    overlays = NONE,
  } = props;
  const shown = props.shown ?? doc.annotations;
  const textRef = useRef<HTMLDivElement>(null);
  const exact = useRef(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const { text } = doc.article;
  const [views] = useState(() => new ArticleViews());
  const view = useMemo(() => views.of(doc.article.id, text), [views, doc.article.id, text]);
  const { paragraphs, highlights: kindHighlights } = view;

  useLayoutEffect(() => {
    // The text's paragraphs go in before anything reads or paints them (React renders none).
    textRef.current?.replaceChildren(...view.blocks);
  }, [view]);
  useLayoutEffect(() => {
    const root = textRef.current;
    if (!root) return;
    kindHighlights.sync(root, paragraphs, shown);
    // How many spans are drawn, where a test can read it (a long article registers only those near the view).
    root.dataset.highlighted = String(kindHighlights.drawnCount);
  }, [kindHighlights, paragraphs, shown]);
  useOverlays(textRef, paragraphs, overlays);

  useEffect(() => {
    const scroller = textRef.current?.closest('.reader');
    if (!scroller) return;
    const follow = () => kindHighlights.followView();
    scroller.addEventListener('scroll', follow, { passive: true });
    return () => scroller.removeEventListener('scroll', follow);
  }, [kindHighlights]);

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
    paragraphElement(root, paragraphAt(paragraphs, focus.span.start, 'start'))?.scrollIntoView({ block: 'center' });
    flashSpan(root, paragraphs, focus.span);
  }, [focus, paragraphs]);

  const readSelection = useCallback(() => {
    const root = textRef.current;
    const selection = document.getSelection();
    // A selection moved out of the article (into a field, say) keeps the last one in it, so
    // "Link selection as speaker" still has the name the user picked.
    if (root && selection && selection.rangeCount > 0 && !root.contains(selection.anchorNode)) return;
    const span = root ? selectedSpan(root, text, exact.current) : null;
    if (!span || !selection || selection.rangeCount === 0) {
      setPending(null);
      onSelectionChange(null);
      return;
    }
    setPending({ span, rect: selection.getRangeAt(0).getBoundingClientRect() });
    onSelectionChange(span);
  }, [text, onSelectionChange]);

  useEffect(() => {
    // Alt held when a mouse selection ends means "exact characters, no snapping".
    const noteModifier = (event: MouseEvent) => {
      exact.current = event.altKey;
      readSelection();
    };
    document.addEventListener('selectionchange', readSelection);
    document.addEventListener('mouseup', noteModifier, true);
    return () => {
      document.removeEventListener('selectionchange', readSelection);
      document.removeEventListener('mouseup', noteModifier, true);
    };
  }, [readSelection]);

  /** Marks what is selected now (read from the DOM: keys can come faster than selectionchange). */
  const markSelection = useCallback(
    (kind: Kind, altKey: boolean) => {
      const root = textRef.current;
      const span = root && selectedSpan(root, text, exact.current || altKey);
      if (!span) return false;
      kindHighlights.showProvisional(kind, span);
      onMark(kind, span);
      document.getSelection()?.removeAllRanges();
      setPending(null);
      exact.current = false;
    },
    [onMark, text, kindHighlights],
  );

  const handlers = useMemo((): ShortcutHandlers => {
    const root = () => textRef.current;
    const selectUnit = (unit: 'paragraph' | 'sentence', backwards: boolean) => {
      const el = root();
      if (!el) return false;
      const selectedAnnotation = doc.annotations.find((a) => a.id === selectedId);
      const from =
        selectedSpan(el, text, true) ?? (selectedAnnotation ? { start: selectedAnnotation.start, end: selectedAnnotation.end } : null);
      const found = nextUnit(text, paragraphs, unit, from, backwards);
      if (!found) return false;
      exact.current = false;
      selectSpan(el, paragraphs, found);
    };
    const extend = (granularity: 'word' | 'character' | 'sentence') => (event: KeyboardEvent) => {
      const el = root();
      const selection = document.getSelection();
      if (!el || !selection || selection.isCollapsed || !el.contains(selection.anchorNode)) return false;
      const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown';
      selection.modify('extend', forward ? 'forward' : 'backward', granularity);
      // A selection set by characters means exactly those characters.
      exact.current = granularity === 'character';
    };
    const mark = (kind: Kind) => (event: KeyboardEvent) => markSelection(kind, event.altKey);
    return {
      'mark-claim': mark('claim'),
      'mark-quote': mark('quote'),
      'mark-figure': mark('figure'),
      'next-paragraph': () => selectUnit('paragraph', false),
      'previous-paragraph': () => selectUnit('paragraph', true),
      'next-sentence': () => selectUnit('sentence', false),
      'previous-sentence': () => selectUnit('sentence', true),
      'extend-word': extend('word'),
      'extend-character': extend('character'),
      'extend-sentence': extend('sentence'),
      'link-party': () => {
        // Read from the DOM, not from state: the key can come before selectionchange is handled.
        const el = root();
        const span = el && selectedSpan(el, text, exact.current);
        return span ? onLinkParty(span) : false;
      },
      'swap-ends': () => {
        const el = root();
        const selection = document.getSelection();
        if (
          !el ||
          !selection ||
          selection.isCollapsed ||
          !selection.anchorNode ||
          !selection.focusNode ||
          !el.contains(selection.anchorNode)
        )
          return false;
        selection.setBaseAndExtent(selection.focusNode, selection.focusOffset, selection.anchorNode, selection.anchorOffset);
        onAnnounce(selection.direction === 'backward' ? 'Moving the start of the selection.' : 'Moving the end of the selection.');
      },
    };
  }, [doc.annotations, selectedId, text, paragraphs, markSelection, onAnnounce, onLinkParty]);
  useShortcuts(handlers);

  function onClick(event: React.MouseEvent) {
    const root = textRef.current;
    if (!root || !document.getSelection()?.isCollapsed) return;
    const offset = offsetAtPoint(root, event.clientX, event.clientY);
    if (offset === null) return;
    const under = shown.filter((a) => a.start <= offset && offset < a.end && a.anchor?.status !== 'orphaned');
    under.sort((a, b) => a.end - a.start - (b.end - b.start));
    if (under.length > 1)
      onPick(
        under.map((a) => a.id),
        { x: event.clientX, y: event.clientY },
      );
    onSelectAnnotation(under[0]?.id ?? null);
  }

  return (
    <section className={beside ? 'reader side-by-side' : 'reader'} aria-label="Article" tabIndex={-1}>
      {findOpen && <FindBar text={text} paragraphs={paragraphs} root={textRef} onClose={onCloseFind} />}
      <ArticleTitle key={doc.article.id} article={doc.article} onRename={onRename} />
      {tools}
      <div className="article-text" ref={textRef} onClick={onClick} />
      {beside}
      {pending && <SelectionToolbar rect={pending.rect} onMark={(kind, altKey) => markSelection(kind, altKey)} />}
    </section>
  );
}
