// The seeded story and spans every renderer in reader-scale.bench.ts paints: a 1 MB story in
// long paragraphs and 10,000 spans, 40% of them in overlapping pairs (a span and a second one
// that starts inside it and runs past its end), none crossing a paragraph, none splitting an
// emoji. The same data goes to Newsmark (as an imported library) and to every peer page.

import { randomUUID } from 'node:crypto';
import { quoteAt, splitsSurrogatePair } from '../core/anchoring/text-quote';
import { hashText } from '../core/import/content-hash';
import { KINDS, type ArticleDocument, type Kind } from '../core/model';
import { plainAnnotation } from '../core/testing/many-annotations';
import { paragraphAt, splitParagraphs } from '../renderer/src/reader/paragraphs';
import { syntheticStory } from './synthetic-story';

export interface ScaleSpan {
  start: number;
  end: number;
  kind: Kind;
  /** The paragraph it lies in, and its offsets inside that paragraph (for the peers' DOM). */
  paragraph: number;
  localStart: number;
  localEnd: number;
}

export interface ScaleData {
  text: string;
  paragraphs: string[];
  spans: ScaleSpan[];
}

export function scaleData(bytes = 1024 * 1024, count = 10_000): ScaleData {
  // Nine sentences a paragraph (~900 bytes): about 1,150 paragraphs in 1 MB.
  const text = syntheticStory(bytes, 7, 9);
  const paragraphs = splitParagraphs(text);
  const bases = Math.round(count * 0.8); // 0.8 n spans, of which 0.2 n get a partner: 0.4 n overlap
  const stride = Math.floor(text.length / bases);
  const spans: ScaleSpan[] = [];
  const add = (start: number, end: number, kind: Kind) => {
    const p = paragraphAt(paragraphs, start, 'start');
    const para = paragraphs[p]!;
    if (start < para.start || end > para.end) return false;
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return false;
    spans.push({ start, end, kind, paragraph: p, localStart: start - para.start, localEnd: end - para.start });
    return true;
  };
  for (let i = 0; i < bases && spans.length < count; i++) {
    const start = i * stride;
    // Every fourth span gets a partner that starts half-way into it.
    if (!add(start, start + 40, KINDS[i % 3]!)) continue;
    if (i % 4 === 0) add(start + 20, start + 70, KINDS[(i + 1) % 3]!);
  }
  // Spans lost at paragraph ends are made up at the end of the text.
  for (let start = text.length - 80; spans.length < count; start -= 3) add(start, start + 8, 'figure');
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, paragraphs: paragraphs.map((x) => text.slice(x.start, x.end)), spans };
}

/** How many spans share characters with another one. */
export function overlapShare(spans: readonly ScaleSpan[]): number {
  const overlapping = new Set<number>();
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length && spans[j]!.start < spans[i]!.end; j++) {
      overlapping.add(i);
      overlapping.add(j);
    }
  }
  return overlapping.size / spans.length;
}

/** The data as a Newsmark article document, to import as a native JSON file. */
export function asArticle({ text, spans }: ScaleData): ArticleDocument {
  const at = '2026-01-01T00:00:00.000Z';
  const annotations = spans.map((s) => plainAnnotation({ kind: s.kind, start: s.start, end: s.end, quote: quoteAt(text, s.start, s.end) }, at));
  return { article: { id: randomUUID(), title: '1 MB story', meta: {}, text, contentHash: hashText(text), importedAt: at }, annotations, relations: [] };
}
