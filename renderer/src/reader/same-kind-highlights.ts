// Paints where annotations of one kind overlap or touch, on top of the kind's own highlight:
// `nm-<kind>-deep` over every stretch two or more of them cover (a darker band, a second
// underline), `nm-<kind>-edge` on the first character of a span that begins where another ends.
// Only the kinds whose spans changed are laid out again, and only changed stretches get new
// ranges, so an edit of a note or a tag costs nothing here even at 10,000 annotations.

import { KINDS, type Kind } from '../../../core/model';
import { paragraphElement, staticRangeOf } from './dom-offsets';
import { sameKindLayout, type Interval } from './overlap-depth';
import { paragraphAt, type Paragraph } from './paragraphs';
import { WindowedHighlight, type ViewWindow } from './view-window';

export const deepHighlightName = (kind: Kind) => `nm-${kind}-deep`;
export const edgeHighlightName = (kind: Kind) => `nm-${kind}-edge`;

interface Layer {
  deep: WindowedHighlight;
  edge: WindowedHighlight;
  /** The range drawn for each stretch ("d:start:end") and boundary ("e:offset"). */
  drawn: Map<string, StaticRange>;
}

/** The end of the character at `offset` (two code units for an astral one), read from the reader's text. */
function characterEnd(root: HTMLElement, paragraphs: readonly Paragraph[], offset: number): number {
  const i = paragraphAt(paragraphs, offset, 'start');
  const text = paragraphElement(root, i)?.firstChild;
  const code = text instanceof Text && paragraphs[i] ? text.data.charCodeAt(offset - paragraphs[i].start) : NaN;
  return offset + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
}

export class SameKindHighlights {
  private layers = new Map<Kind, Layer>();

  /** Starts afresh for a new text: new, empty highlights (registered by `register`). */
  reset(view: ViewWindow): void {
    this.layers = new Map(KINDS.map((k) => [k, { deep: new WindowedHighlight(view), edge: new WindowedHighlight(view), drawn: new Map() }]));
  }

  /** Gives its highlights their names in the page's registry (the text is on screen). */
  register(): void {
    for (const [kind, layer] of this.layers) {
      CSS.highlights.set(deepHighlightName(kind), layer.deep.highlight);
      CSS.highlights.set(edgeHighlightName(kind), layer.edge.highlight);
    }
  }

  /** Lays out the spans of one kind again, changing only the ranges that differ. */
  paint(root: HTMLElement, paragraphs: readonly Paragraph[], kind: Kind, spans: readonly Interval[]): void {
    const layer = this.layers.get(kind);
    if (!layer) return;
    const { deep, touches } = sameKindLayout(spans);
    const wanted = new Map<string, { target: WindowedHighlight; start: number; end: number }>();
    for (const d of deep) wanted.set(`d:${d.start}:${d.end}`, { target: layer.deep, ...d });
    for (const t of touches) wanted.set(`e:${t}`, { target: layer.edge, start: t, end: characterEnd(root, paragraphs, t) });
    const next = new Map<string, StaticRange>();
    for (const [key, w] of wanted) {
      let range = layer.drawn.get(key);
      if (range) layer.drawn.delete(key);
      else {
        range = staticRangeOf(root, paragraphs, w.start, w.end) ?? undefined;
        if (range) w.target.add(range, w.start, w.end);
      }
      if (range) next.set(key, range);
    }
    for (const [key, range] of layer.drawn) (key.startsWith('d:') ? layer.deep : layer.edge).delete(range);
    layer.drawn = next;
  }
}
