// Issue #10, case 4, with selectors written by the peers' own code, not by us: Recogito 4.1.1
// (`rangeToSelector`, the function its selection handler calls, and its W3C serializer), which
// counts UTF-16 units, and Apache Annotator 0.2.0 (`describeTextQuote`, `describeTextPosition`),
// which counts code points as the W3C model says, each describe a DOM Range in jsdom. Each text
// has astral characters before repeated words — emoji, flags, a ZWJ family, emoji before CJK —
// and the word picked is the occurrence whose position, read in the other unit, is the same word
// at another occurrence; a CJK text without astral characters reads the same both ways. The
// annotations go through the real service into a real library folder and must land on the
// characters the Range covered, with the import report saying which reading won, and be there still when the library is opened
// again from disk.

import { describeTextPosition, describeTextQuote } from '@apache-annotator/dom';
import { rangeToSelector, serializeW3CTextAnnotation, type TextAnnotation } from '@recogito/text-annotator';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibraryService } from '../../service.js';
import { base64, withTempDir } from '../../testing/temp-library.js';
import { offsetConverter } from '../code-points.js';
import { readingsLine } from './import-report.js';
import type { PositionReading } from './position-readings.js';

type Unit = Exclude<PositionReading, 'either'>;

interface Story {
  name: string;
  text: string;
  word: string;
  /** Which occurrence of the word (0 = the first) a peer counting in each unit selects. */
  pick: Record<Unit, number>;
}

// Each text's astral characters make the two readings of a position differ by the length of the
// repeated word and its space (3), so the wrong unit lands on a neighbouring occurrence.
const STORIES: Story[] = [
  { name: 'emoji', text: '🎉🎉🎉 ha ha ha ha, the crowd laughed.\n\nThen 🎉 ha once more.', word: 'ha', pick: { 'utf-16': 0, 'code points': 1 } },
  { name: 'flags', text: '🇺🇦🇺🇦🇺🇦 go go go go, fans chanted in Kyiv.', word: 'go', pick: { 'utf-16': 1, 'code points': 2 } },
  { name: 'family', text: 'The 👨‍👩‍👧 said no no no no to the move.', word: 'no', pick: { 'utf-16': 0, 'code points': 1 } },
  { name: 'cjk-emoji', text: '🎉🎉🎉 東京 東京 東京 東京 で会議。', word: '東京', pick: { 'utf-16': 0, 'code points': 1 } },
  { name: 'cjk', text: '東京で会議。大阪で会議。東京で会議が開かれた。', word: '会議', pick: { 'utf-16': 2, 'code points': 2 } },
];

const url = (s: Story) => `https://news.example.org/${s.name}`;

/** UTF-16 start of the occurrence a peer counting in `unit` selects. */
function startOf(s: Story, unit: Unit): number {
  let at = -1;
  for (let i = 0; i <= s.pick[unit]; i++) at = s.text.indexOf(s.word, at + 1);
  return at;
}

// Both peers reach for `document`, `Range`, `NodeFilter` and `HTMLElement` as globals, as in a
// browser: they are lent jsdom's for this file.
const dom = new JSDOM('<!doctype html><body></body>');
const GLOBALS = ['document', 'Range', 'NodeFilter', 'HTMLElement', 'Node'] as const;
beforeAll(() => {
  for (const name of GLOBALS) Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true, writable: true });
});
afterAll(() => {
  for (const name of GLOBALS) delete (globalThis as Record<string, unknown>)[name];
});

/**
 * The story as a page shows it: each paragraph a text node of its own inside the container, so
 * the peers walk several nodes. Returns the container and a Range over the selected word.
 */
function render(s: Story, unit: Unit): { container: HTMLElement; range: Range } {
  const doc = dom.window.document;
  const container = doc.createElement('div');
  const parts = s.text.split(/(?<=\n\n)/);
  for (const part of parts) container.append(doc.createTextNode(part));
  doc.body.replaceChildren(container);
  const start = startOf(s, unit);
  const range = doc.createRange();
  let offset = 0;
  for (const node of Array.from(container.childNodes)) {
    const length = node.textContent!.length;
    if (start >= offset && start < offset + length) {
      range.setStart(node, start - offset);
      range.setEnd(node, start - offset + s.word.length);
    }
    offset += length;
  }
  return { container: container as unknown as HTMLElement, range: range as unknown as Range };
}

async function apacheAnnotation(s: Story) {
  const { container, range } = render(s, 'code points');
  const quote = await describeTextQuote(range, container);
  const position = await describeTextPosition(range, container);
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', id: `https://annotator.example/${s.name}`, type: 'Annotation', target: { source: url(s), selector: [quote, position] } };
}

function recogitoAnnotation(s: Story) {
  const { container, range } = render(s, 'utf-16');
  const id = `https://recogito.example/${s.name}`;
  const annotation = { id, bodies: [], target: { annotation: id, selector: [rangeToSelector(range, container)] } } as unknown as TextAnnotation;
  return serializeW3CTextAnnotation(annotation, url(s), container);
}

const PEERS: { peer: string; unit: Unit; annotate: (s: Story) => Promise<{ target: unknown }> }[] = [
  { peer: 'Recogito 4.1.1', unit: 'utf-16', annotate: async (s) => recogitoAnnotation(s) },
  { peer: 'Apache Annotator 0.2.0', unit: 'code points', annotate: apacheAnnotation },
];

describe("peers' own selectors on emoji, flags, ZWJ families and CJK", { timeout: 60_000 }, () => {
  for (const { peer, unit, annotate } of PEERS) {
    it(`${peer}: every annotation lands on the words its Range covered, and the report says which reading won`, async () => {
      // One story at a time: each is rendered into the same page.
      const file: { target: unknown }[] = [];
      for (const s of STORIES) file.push(await annotate(s));
      for (const [i, s] of STORIES.entries()) {
        // Recogito writes a list of targets, one per selected range; Apache Annotator leaves the target to us.
        const [target] = [file[i]!.target].flat() as { selector: { type: string; start?: number }[] }[];
        const position = target!.selector.find((x) => x.type === 'TextPositionSelector')!;
        // The peer counts in its unit, and the test is only worth running if the other reading
        // would mislead: read in the other unit, its position is the same word at another occurrence.
        const converter = offsetConverter(s.text);
        const start = startOf(s, unit);
        const [own, other] = unit === 'utf-16' ? [position.start!, converter.toUtf16(position.start!)!] : [converter.toUtf16(position.start!)!, position.start!];
        expect(own).toBe(start);
        if (s.name === 'cjk') expect(other).toBe(start);
        else {
          expect(other).not.toBe(start);
          expect(s.text.slice(other, other + s.word.length)).toBe(s.word);
        }
      }
      await withTempDir(async (dir) => {
        const service = await LibraryService.open(dir);
        const ids = new Map<string, string>();
        for (const s of STORIES) {
          const { article } = await service.importText({ text: s.text, title: s.name });
          await service.updateArticleMeta({ id: article.id, meta: { url: url(s) } });
          ids.set(s.name, article.id);
        }
        const { report } = await service.importAnnotations({ fileName: 'peer.jsonld', contentBase64: base64(JSON.stringify(file)) });
        expect(report.counts).toEqual({ exact: STORIES.length, moved: 0, approximate: 0, notPlaced: 0 });
        expect(report.readings).toEqual({ 'utf-16': 0, 'code points': 0, [unit]: STORIES.length - 1, either: 1 });
        // What the CLI prints and the window shows under the counts.
        expect(readingsLine(report)).toBe(unit === 'utf-16' ? 'positions read as UTF-16 units: 4, as code points: 0, fitting both: 1' : 'positions read as UTF-16 units: 0, as code points: 4, fitting both: 1');
        for (const s of STORIES) {
          const [stored] = (await service.getArticle({ id: ids.get(s.name)! })).annotations;
          const start = startOf(s, unit);
          expect({ story: s.name, start: stored?.start, end: stored?.end }).toEqual({ story: s.name, start, end: start + s.word.length });
          const detail = report.exact.find((d) => d.articleId === ids.get(s.name));
          expect(detail).toMatchObject({ placedOn: s.word, reading: s.name === 'cjk' ? 'either' : unit });
        }
        await service.close();
        // Opened again from disk, every annotation is still on its word.
        const reopened = await LibraryService.open(dir);
        for (const s of STORIES) {
          const [stored] = (await reopened.getArticle({ id: ids.get(s.name)! })).annotations;
          expect({ story: s.name, quote: s.text.slice(stored!.start, stored!.end), start: stored!.start }).toEqual({ story: s.name, quote: s.word, start: startOf(s, unit) });
        }
        await reopened.close();
      });
    });
  }
});
