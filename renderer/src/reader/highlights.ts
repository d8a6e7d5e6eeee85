// Draws annotations with the CSS Custom Highlight API: one Highlight per kind plus one for the
// selected annotation, one per kind for open suggestions and one for a brief flash. No DOM node is added, so React's tree and the
// highlights never fight, and overlapping spans simply paint on top of each other.
// Every range is a StaticRange (the text never changes, so nothing needs a live Range, and
// 10,000 live ones would slow every other DOM change in the window), and an edit changes only
// the ranges of the annotations it touched, so a mark shows in the next frame at any size.
// Where spans of one kind overlap or touch, same-kind-highlights.ts paints over them. In a long,
// heavily marked article only the ranges near the view are registered (view-window.ts).

import { KINDS, type Annotation, type Kind } from '../../../core/model';
import { staticRangeOf, visibleText } from './dom-offsets';
import type { Interval } from './overlap-depth';
import type { Paragraph } from './paragraphs';
import { SameKindHighlights } from './same-kind-highlights';
import type { Span } from './selection';
import { ViewWindow, WindowedHighlight } from './view-window';

const SELECTED = 'nm-selected';
const FLASH = 'nm-flash';

export function highlightName(kind: Annotation['kind']): string {
  return `nm-${kind}`;
}

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** A range drawn before the list has it: a mark not yet stored, or an annotation's new kind. */
interface Drawn {
  kind: Kind;
  range: StaticRange;
  start: number;
  end: number;
}

interface EditAhead {
  /** The new kind, or null for a deletion. */
  kind: Kind | null;
  /** The annotation's range as it was drawn, taken off. */
  taken: { annotation: Annotation; range: StaticRange } | null;
  /** Its range in the new kind. */
  shown: Drawn | null;
}

/** The highlights the page's registry holds now: those of the article on screen (reader/article-views.ts keeps others). */
let registered: KindHighlights | null = null;

/** The kinds' highlights of one article's view, kept in step with its annotations. */
export class KindHighlights {
  private view = new ViewWindow();
  private byKind = new Map<Kind, WindowedHighlight>();
  /**
   * The range drawn for each annotation object (an edited annotation is a new object), marked
   * with the last sync that saw it: an edit of one annotation among 10,000 touches one entry.
   */
  private drawn = new Map<Annotation, { range: StaticRange; seen: number }>();
  private syncs = 0;
  /** Drawn at once for a mark the service has not confirmed yet; the next sync settles it (its annotation takes the range). */
  private provisional: Drawn[] = [];
  /**
   * Edits shown ahead of the list, by annotation id: a deletion (kind null) or a new kind, with
   * the range taken off and the one drawn in the new kind. While the list still has the
   * annotation as it was, it is not drawn from the list (a render in between — a reply to an
   * earlier edit, say — would bring the highlight back for a frame); once the list has caught up
   * (the id gone, or listed in the new kind) the entry goes. An edit the service refused is
   * taken back by cancelAhead.
   */
  private ahead = new Map<string, EditAhead>();
  private root: HTMLElement | null = null;
  private paragraphs: readonly Paragraph[] = [];
  private sameKind = new SameKindHighlights();

  /** Paints every annotation in its kind's highlight, changing only what changed since the last call. */
  sync(root: HTMLElement, paragraphs: readonly Paragraph[], annotations: readonly Annotation[]): void {
    if (!supported()) return;
    const fresh = root !== this.root || paragraphs !== this.paragraphs;
    if (fresh) {
      // A new text: build the highlights off-screen, then register them in one go.
      this.root = root;
      this.paragraphs = paragraphs;
      this.view.reset(annotations.length, visibleText(root, paragraphs));
      this.byKind = new Map(KINDS.map((k) => [k, new WindowedHighlight(this.view)]));
      this.drawn = new Map();
      this.provisional = [];
      this.ahead = new Map();
    }
    const seen = (this.syncs += 1);
    // Per kind, spans drawn minus spans dropped: an edited note or tag leaves it at zero.
    const moved = new Map<Kind, Map<string, number>>();
    const count = (a: Annotation, by: number) => {
      const m = moved.get(a.kind) ?? moved.set(a.kind, new Map()).get(a.kind)!;
      const key = `${a.start}:${a.end}`;
      m.set(key, (m.get(key) ?? 0) + by);
    };
    // Ranges drawn now that the list no longer has (a provisional mark, an annotation deleted or
    // replaced by an edited copy), by kind and span: an annotation that takes one's place (the
    // service's copy of a mark, a retag shown ahead, a saved note) takes its range, so the
    // highlight is not touched — each touch makes Chromium repaint the highlighted text in view.
    const spare = new Map<string, StaticRange[]>();
    const spareKey = (kind: Kind, start: number, end: number) => `${kind}:${start}:${end}`;
    const keep = (key: string, range: StaticRange) => (spare.get(key) ?? spare.set(key, []).get(key)!).push(range);
    for (const p of this.provisional) keep(spareKey(p.kind, p.start, p.end), p.range);
    this.provisional = [];
    // Taken off ahead of the list: never a spare for another annotation.
    const takenOff = new Set<StaticRange>();
    for (const e of this.ahead.values()) if (e.taken) takenOff.add(e.taken.range);
    const lagging = new Set<string>();
    let kept = 0;
    const added: Annotation[] = [];
    for (const a of annotations) {
      // An orphan's offsets belong to an older text of the story: it is listed, not painted.
      if (a.anchor?.status === 'orphaned') continue;
      const ahead = this.ahead.size > 0 ? this.ahead.get(a.id) : undefined;
      if (ahead) {
        // The list has not caught up with the edit shown ahead: not drawn as listed.
        if (ahead.kind !== a.kind) {
          lagging.add(a.id);
          continue;
        }
        // It has, with the new kind: the annotation takes the range drawn ahead for it.
        if (ahead.shown) keep(spareKey(ahead.shown.kind, ahead.shown.start, ahead.shown.end), ahead.shown.range);
        this.ahead.delete(a.id);
      }
      const entry = this.drawn.get(a);
      if (entry) {
        entry.seen = seen;
        kept += 1;
      } else added.push(a);
    }
    // Edits ahead whose annotation the list no longer has are done (a deletion shown, or the
    // annotation deleted meanwhile: a range drawn ahead in a new kind goes with it).
    for (const [id, e] of this.ahead) {
      if (lagging.has(id)) continue;
      if (e.shown) this.byKind.get(e.shown.kind)?.delete(e.shown.range);
      this.ahead.delete(id);
    }
    // Only when something went (deleted, or replaced by an edited copy) is the list walked for it.
    if (this.drawn.size > kept) {
      for (const [a, { range, seen: last }] of this.drawn) {
        if (last === seen) continue;
        if (!takenOff.has(range)) keep(spareKey(a.kind, a.start, a.end), range);
        count(a, -1);
        this.drawn.delete(a);
      }
    }
    for (const a of added) {
      const reused = spare.get(spareKey(a.kind, a.start, a.end))?.pop();
      const range = reused ?? staticRangeOf(root, paragraphs, a.start, a.end);
      if (!range) continue;
      if (!reused) this.byKind.get(a.kind)?.add(range, a.start, a.end);
      count(a, 1);
      this.drawn.set(a, { range, seen });
    }
    for (const [key, ranges] of spare) {
      const kind = key.slice(0, key.indexOf(':')) as Kind;
      for (const range of ranges) this.byKind.get(kind)?.delete(range);
    }
    if (fresh) this.sameKind.reset(this.view);
    if (fresh || registered !== this) {
      // New, or a kept view shown again: its highlights take the names, near where the text is now.
      registered = this;
      if (!fresh) this.followView();
      for (const [kind, windowed] of this.byKind) CSS.highlights.set(highlightName(kind), windowed.highlight);
      this.sameKind.register();
    }
    for (const kind of KINDS) {
      const changed = [...(moved.get(kind)?.values() ?? [])].some((n) => n !== 0);
      if (!fresh && !changed) continue;
      const spans: Interval[] = [];
      for (const a of this.drawn.keys()) if (a.kind === kind) spans.push(a);
      this.sameKind.paint(root, paragraphs, kind, spans);
    }
  }

  /** Shows a new mark before the service has stored it (the next sync replaces it). */
  showProvisional(kind: Kind, span: Span): void {
    const drawn = this.drawAhead(kind, span);
    if (drawn) this.provisional.push(drawn);
  }

  private drawAhead(kind: Kind, span: Span): Drawn | null {
    if (!supported() || !this.root) return null;
    const range = staticRangeOf(this.root, this.paragraphs, span.start, span.end);
    if (!range) return null;
    this.byKind.get(kind)?.add(range, span.start, span.end);
    return { kind, range, start: span.start, end: span.end };
  }

  /** Shows an edit before the window renders it: the annotation's highlight goes, and comes back in `kind` when it was retagged. */
  showAhead(a: Annotation, kind: Kind | null): void {
    const entry = this.drawn.get(a);
    const prior = this.ahead.get(a.id);
    if (!supported() || (!entry && !prior)) return;
    if (entry) this.byKind.get(a.kind)?.delete(entry.range);
    // Edited ahead again before the list caught up (a retag, then a delete): the last one shows.
    if (prior?.shown) this.byKind.get(prior.shown.kind)?.delete(prior.shown.range);
    const taken = entry ? { annotation: a, range: entry.range } : (prior?.taken ?? null);
    this.ahead.set(a.id, { kind, taken, shown: kind ? this.drawAhead(kind, a) : null });
    // A deleted annotation was the selected one: its selection mark goes with it.
    if (!kind) CSS.highlights.delete(SELECTED);
  }

  /** The service refused an edit shown ahead: the annotation is drawn as listed again. */
  cancelAhead(id: string): void {
    const e = this.ahead.get(id);
    if (!e) return;
    this.ahead.delete(id);
    if (e.shown) this.byKind.get(e.shown.kind)?.delete(e.shown.range);
    // Back now if no sync has let its range go yet; else the next sync draws it from the list.
    const taken = e.taken;
    if (taken && this.drawn.has(taken.annotation)) this.byKind.get(taken.annotation.kind)?.add(taken.range, taken.annotation.start, taken.annotation.end);
  }

  /** How many spans are drawn (registered near the view or ready to be). */
  get drawnCount(): number {
    return this.drawn.size;
  }

  /** The reader scrolled: the ranges near the new view are registered. */
  followView(): void {
    if (this.root) this.view.show(visibleText(this.root, this.paragraphs));
  }
}

/**
 * Deleting or retagging an annotation of the article on screen: its highlight changes in the
 * key's own frame, while the rest of the window (the list, the counts) renders after it.
 */
export function showEditAhead(a: Annotation, kind: Kind | null): void {
  registered?.showAhead(a, kind);
}

/** The service refused an edit shown with showEditAhead: the annotation shows as it is again. */
export function cancelEditAhead(id: string): void {
  registered?.cancelAhead(id);
}

function single(root: HTMLElement, paragraphs: readonly Paragraph[], span: Span | null | undefined): Highlight {
  const range = span && staticRangeOf(root, paragraphs, span.start, span.end);
  return range ? new Highlight(range) : new Highlight();
}

/** Marks the selected annotation's span (or clears the mark when none is selected). */
export function paintSelected(root: HTMLElement, paragraphs: readonly Paragraph[], selected: Annotation | undefined): void {
  if (!supported()) return;
  const highlight = single(root, paragraphs, selected);
  highlight.priority = 1;
  CSS.highlights.set(SELECTED, highlight);
}

const SUGGESTION_ACTIVE = 'nm-suggestion-active';

/** The highlight of open suggestions of one kind (each kind has its own underline). */
function suggestedHighlightName(kind: Kind): string {
  return `nm-suggested-${kind}`;
}

/** Paints open suggestions, each kind in its own highlight, and the one the user is looking at. */
export function paintSuggestions(
  root: HTMLElement,
  paragraphs: readonly Paragraph[],
  spans: readonly (Span & { kind: Kind })[],
  active: Span | null,
): void {
  if (!supported()) return;
  const byKind = new Map(KINDS.map((k) => [k, new Highlight()]));
  for (const s of spans) {
    const range = staticRangeOf(root, paragraphs, s.start, s.end);
    if (range) byKind.get(s.kind)?.add(range);
  }
  for (const [kind, highlight] of byKind) {
    highlight.priority = -1;
    CSS.highlights.set(suggestedHighlightName(kind), highlight);
  }
  CSS.highlights.set(SUGGESTION_ACTIVE, single(root, paragraphs, active));
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Flashes a span for a moment, to show the reader where a listed annotation is. */
export function flashSpan(root: HTMLElement, paragraphs: readonly Paragraph[], span: Span): void {
  if (!supported()) return;
  const flash = single(root, paragraphs, span);
  flash.priority = 2;
  CSS.highlights.set(FLASH, flash);
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => CSS.highlights.delete(FLASH), 1200);
}
