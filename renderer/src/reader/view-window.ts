// Which highlight ranges are registered with the browser: in a long, heavily marked article only
// those near the part of the text in view. Chromium rebuilds the markers of every registered
// range after any change to the page's DOM or style (HighlightRegistry::ValidateHighlightMarkers),
// so with 10,000 registered a key press, a keystroke in the panel or a paragraph scrolling into
// view cost a rebuild of 10,000; with the hundred or so near the view they cost what a short
// article does. Every range stays prepared; scrolling moves the window, a short article (up to
// ALL_UP_TO spans) registers everything.

import { partitionPoint } from '../../../core/sorted-search';

/** Up to this many spans in an article, every range is registered wherever it is. */
export const ALL_UP_TO = 2_000;
/**
 * How much text around the view keeps its ranges registered (UTF-16 code units, either side):
 * about a screen of the reader's text. Every highlight change (a key's mark) and every DOM or
 * style change makes Chromium rebuild and repaint the highlighted text of all registered ranges
 * in its paint area, so the fewer beyond the screen the cheaper that frame: 20,000 either side
 * made a one-range change cost 1.5–1.7× what it does with 3,000 (reader-scale.bench.ts' floor).
 * Scrolling moves the stretch in the scroll event, before the frame that shows the new text.
 */
const AROUND = 3_000;

interface Entry {
  range: StaticRange;
  start: number;
  end: number;
  registered: boolean;
}

/**
 * A Highlight whose ranges are registered only while they lie near the view. A move of the
 * window looks only at the ranges registered now and those near the new stretch (found by
 * start offset), not at all 10,000: with a stretch of a screen either side it moves every
 * screen or so of scrolling.
 */
export class WindowedHighlight {
  readonly highlight = new Highlight();
  private entries = new Map<StaticRange, Entry>();
  private registered = new Set<Entry>();
  /** Every entry by start offset; null until a move needs it (so 10,000 adds sort once). */
  private byStart: Entry[] | null = null;
  /** The longest range held, so a search by start finds every range reaching into the stretch. */
  private longest = 0;

  constructor(private readonly view: ViewWindow) {
    view.follow(this);
  }

  add(range: StaticRange, start: number, end: number): void {
    const entry = { range, start, end, registered: this.view.covers(start, end) };
    this.entries.set(range, entry);
    this.longest = Math.max(this.longest, end - start);
    this.byStart?.splice(this.firstStartingAt(start), 0, entry);
    if (entry.registered) {
      this.registered.add(entry);
      this.highlight.add(range);
    }
  }

  delete(range: StaticRange): void {
    const entry = this.entries.get(range);
    if (!entry) return;
    this.entries.delete(range);
    if (this.byStart) {
      let i = this.firstStartingAt(entry.start);
      while (i < this.byStart.length && this.byStart[i] !== entry) i += 1;
      this.byStart.splice(i, 1);
    }
    if (this.registered.delete(entry)) this.highlight.delete(range);
  }

  /** How many ranges it holds, registered or not. */
  get size(): number {
    return this.entries.size;
  }

  /** Registers what came near the view and lets go of what left it. */
  refresh(): void {
    for (const entry of this.registered) {
      if (this.view.covers(entry.start, entry.end)) continue;
      entry.registered = false;
      this.registered.delete(entry);
      this.highlight.delete(entry.range);
    }
    this.byStart ??= [...this.entries.values()].sort((a, b) => a.start - b.start);
    for (let i = this.firstStartingAt(this.view.from - this.longest); i < this.byStart.length; i++) {
      const entry = this.byStart[i]!;
      if (entry.start > this.view.to) break;
      if (entry.registered || !this.view.covers(entry.start, entry.end)) continue;
      entry.registered = true;
      this.registered.add(entry);
      this.highlight.add(entry.range);
    }
  }

  /** The index in byStart of the first entry starting at or after `offset`. */
  private firstStartingAt(offset: number): number {
    const sorted = this.byStart!;
    return partitionPoint(sorted.length, (i) => sorted[i]!.start < offset);
  }
}

/** The stretch of text whose ranges are registered, shared by one reader's highlights. */
export class ViewWindow {
  /** The stretch registered now: [from, to] in the text's offsets. */
  from = 0;
  to = Infinity;
  private windowed = false;
  private highlights: WindowedHighlight[] = [];

  follow(highlight: WindowedHighlight): void {
    this.highlights.push(highlight);
  }

  /** Starts afresh for a new text (its highlights are made again). */
  reset(spans: number, visible: { start: number; end: number }): void {
    this.highlights = [];
    this.windowed = spans > ALL_UP_TO;
    this.place(visible);
  }

  covers(start: number, end: number): boolean {
    return end >= this.from && start <= this.to;
  }

  /** The text in view is now [start, end): moves the window when the view nears its edge. */
  show(visible: { start: number; end: number }): void {
    if (!this.windowed) return;
    const margin = AROUND / 2;
    if (visible.start - margin >= this.from && visible.end + margin <= this.to) return;
    this.place(visible);
    for (const h of this.highlights) h.refresh();
  }

  private place({ start, end }: { start: number; end: number }): void {
    this.from = this.windowed ? start - AROUND : 0;
    this.to = this.windowed ? end + AROUND : Infinity;
  }
}
