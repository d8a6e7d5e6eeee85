// PolNeAR's 84 dev articles (94 .ann files, some by two annotators) through the brat import and
// back: every span lands on the characters its .ann names, every attribution becomes a quote
// with its speaker and cue linked, and the .ann written again has the same spans and events as
// the original. Reads ../shared/corpora/polnear; skips, saying so, where it is absent.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newsmarkToBrat } from './from-newsmark.js';
import { BUILT_IN_MAPPING } from './mapping.js';
import { parseAnn } from './parse-ann.js';
import { readBratPair } from './read-brat.js';
import type { BratDocument } from './standoff.js';
import { writeAnn } from './write-ann.js';

const DEV = fileURLToPath(new URL('../../../../shared/corpora/polnear/dev/', import.meta.url));
const FOUND = existsSync(`${DEV}attributions`);
if (!FOUND) console.log(`The PolNeAR brat tests are skipped: ${DEV} is not beside this clone (CI and developers have it; a user's clone does not).`);

const NOW = '2026-12-01T00:00:00.000Z';

interface Pair {
  ann: string;
  txt: string;
}

function pairs(): Pair[] {
  return readdirSync(`${DEV}attributions`)
    .filter((f) => f.endsWith('.ann'))
    .sort()
    .map((f) => ({ ann: `${DEV}attributions/${f}`, txt: `${DEV}text/${f.replace(/_[^_]+\.ann$/, '.txt')}` }));
}

function spans(doc: BratDocument, id: string): string {
  const t = doc.entities.find((e) => e.id === id)!;
  return `${t.type} ${t.fragments.map((f) => `${f.start} ${f.end}`).join(';')}`;
}

/** Each text-bound annotation as "Type spans\ttext", sorted: ids are left out, they are renumbered. */
function entityLines(doc: BratDocument): string[] {
  return doc.entities.map((t) => `${spans(doc, t.id)}\t${t.text}`).sort();
}

/** Each event as its type, its trigger's span and its arguments' roles and spans, sorted. */
function eventLines(doc: BratDocument): string[] {
  return doc.events.map((e) => [`${e.type}:${spans(doc, e.trigger)}`, ...e.args.map((a) => `${a.role}:${spans(doc, a.id)}`).sort()].join(' | ')).sort();
}

/** What is in `a` and not in `b`, as a multiset. */
function minus(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

function read(pair: Pair) {
  const txt = readFileSync(pair.txt);
  const ann = readFileSync(pair.ann);
  const original = parseAnn(ann.toString('utf8'));
  const file = readBratPair({ textFileName: pair.txt, textBytes: txt, annFileName: pair.ann, annBytes: ann }, BUILT_IN_MAPPING, NOW);
  return { original: original.document, problems: original.problems, incoming: file.articles[0]!, notices: file.notices ?? [] };
}

describe.skipIf(!FOUND)('PolNeAR dev through the brat import and export', () => {
  const all = FOUND ? pairs() : [];

  it('reads all 94 .ann files of the 84 dev articles without a problem', () => {
    expect(all).toHaveLength(94);
    expect(new Set(all.map((p) => p.txt)).size).toBe(84);
    for (const pair of all) expect(read(pair).problems, pair.ann).toEqual([]);
  });

  it('puts every span on the characters the .ann names, with speakers and cues linked', () => {
    let quotes = 0;
    let speakers = 0;
    for (const pair of all) {
      const { original, incoming } = read(pair);
      const text = incoming.article.text;
      // PolNeAR's dev texts have no astral characters, so its code points are UTF-16 units here.
      expect([...text].length, `${pair.txt} has astral characters; this check assumes it has none`).toBe(text.length);
      const quoteAt = new Map(incoming.annotations.filter(({ annotation }) => annotation.kind === 'quote').map(({ annotation }) => [spansOf(annotation), annotation]));
      const contentIds = new Set(original.events.flatMap((e) => e.args.filter((a) => a.role.startsWith('Content')).map((a) => a.id)));
      const quoteCount = quoteAt.size;
      expect(quoteCount, pair.ann).toBe(contentIds.size);
      for (const { annotation: a } of incoming.annotations) {
        const pieces = a.fragments ?? [{ start: a.start, end: a.end }];
        if (text.slice(a.start, a.end) !== a.quote.exact) expect.fail(`${pair.ann}: ${a.quote.exact} is not the text at ${a.start}-${a.end}`);
        if (!pieces.every((p) => p.start >= a.start && p.end <= a.end)) expect.fail(`${pair.ann}: fragments outside ${a.start}-${a.end}`);
      }
      for (const event of original.events) {
        const content = event.args.find((arg) => arg.role === 'Content');
        const source = event.args.find((arg) => arg.role === 'Source');
        const cue = event.args.find((arg) => arg.role === 'Cue');
        if (!content) continue;
        const quote = quoteAt.get(entitySpans(original, content.id));
        if (!quote) expect.fail(`${pair.ann} ${event.id}: no quote on its Content`);
        const fields = quote!.fields.quote!;
        const textOf = (id: string) => original.entities.find((t) => t.id === id)!.text;
        const speaker = fields.speaker?.span;
        if (source && (speaker?.exact !== textOf(source.id) || spansOf(speaker) !== entitySpans(original, source.id))) {
          expect.fail(`${pair.ann} ${event.id}: speaker ${JSON.stringify(speaker)} is not ${textOf(source.id)}`);
        }
        if (source) speakers += 1;
        if (cue && (fields.cue !== textOf(cue.id) || spansOf(fields.cueSpan!) !== entitySpans(original, cue.id))) expect.fail(`${pair.ann} ${event.id}: cue "${fields.cue}"`);
      }
      quotes += quoteCount;
    }
    console.log(`PolNeAR dev: ${quotes} quotes imported, ${speakers} with their speaker linked`);
    expect(quotes).toBeGreaterThan(2300);
  });

  it('writes the .ann again with the same spans and events, apart from four records it explains', () => {
    const differences: string[] = [];
    for (const pair of all) {
      const { original, incoming } = read(pair);
      const doc = { article: { ...incoming.article, importedAt: NOW }, annotations: incoming.annotations.map((i) => i.annotation), relations: incoming.relations };
      const written = parseAnn(writeAnn(newsmarkToBrat(doc, BUILT_IN_MAPPING)));
      expect(written.problems).toEqual([]);
      const name = pair.ann.split('/').pop();
      for (const line of minus(entityLines(original), entityLines(written.document))) differences.push(`${name} lost T ${line.split('\t')[0]}`);
      for (const line of minus(entityLines(written.document), entityLines(original))) differences.push(`${name} added T ${line.split('\t')[0]}`);
      for (const line of minus(eventLines(original), eventLines(written.document))) differences.push(`${name} lost E ${line}`);
    }
    // PolNeAR's own irregularities, which Newsmark writes in the corpus's regular form:
    // two Attribution triggers that are not on their cue, one event typed Attribution-no-source
    // that has a source, and one empty event (no Content) beside a full one on the same trigger.
    expect(differences.filter((d) => d.includes(' lost T ')).length, differences.join('\n')).toBe(3);
    expect(differences.filter((d) => d.includes(' added T ')).length, differences.join('\n')).toBe(3);
    expect(differences.filter((d) => d.includes(' lost E ')).length, differences.join('\n')).toBe(4);
  });
});

function spansOf(a: { start: number; end: number; fragments?: { start: number; end: number }[] }): string {
  return (a.fragments ?? [{ start: a.start, end: a.end }]).map((f) => `${f.start} ${f.end}`).join(';');
}

function entitySpans(doc: BratDocument, id: string): string {
  return doc.entities.find((e) => e.id === id)!.fragments.map((f) => `${f.start} ${f.end}`).join(';');
}
