// CoNLL-2003-style IOB for NLP users: one token per line, then one tag column per kind — claim,
// quote, figure — so a figure inside a claim inside a quote keeps all three. Two spans of the same
// kind that share a token cannot share a column: the second goes into another column of its kind,
// after the first three, and every line of the file has as many columns as the export needs.
// Tokens are the units a selection snaps to (eachToken), sentences those the suggestion engine
// reads (splitSentences); a blank line ends a sentence, and `-DOCSTART-` opens each article (and
// each other annotator's layer of it). Tags are IOB2: B- starts every span, so two touching spans
// stay two; a span that crosses a sentence goes on with I- after the blank line; a discontinuous
// span is one B-…I- run per piece.

import { eachToken, type Span } from '../anchoring/snap-span.js';
import { KINDS, type Annotation, type ArticleDocument, type Kind } from '../model.js';
import { splitSentences } from '../suggest/sentences.js';
import { layerViews } from '../team/layers.js';
import { partitionPoint } from '../sorted-search.js';

interface Column {
  kind: Kind;
  /** 0 for the kind's first column, 1 for the column of spans that overlap one in it, … */
  level: number;
}

/** One article layer, tokenised, with each annotation's token runs and the column level it takes. */
interface Document {
  text: string;
  tokens: Span[];
  spans: { kind: Kind; level: number; runs: [first: number, last: number][] }[];
}

/** Index of the first token that ends after `offset`. */
function firstTokenEndingAfter(tokens: readonly Span[], offset: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i]!.end <= offset);
}

/** The tokens each piece of the annotation touches, as [first, last] index pairs. */
function runsOf(a: Annotation, tokens: readonly Span[]): [number, number][] {
  return (a.fragments ?? [{ start: a.start, end: a.end }]).flatMap(({ start, end }): [number, number][] => {
    const first = firstTokenEndingAfter(tokens, start);
    const last = firstTokenEndingAfter(tokens, end - 1);
    const reaches = last < tokens.length && tokens[last]!.start < end ? last : last - 1;
    return first <= reaches ? [[first, reaches]] : [];
  });
}

/** Each annotation goes into the first column of its kind where none of its tokens is taken yet. */
function documentOf(text: string, annotations: readonly Annotation[]): Document {
  const tokens = [...eachToken(text)];
  const taken = new Map<Kind, Set<number>[]>();
  const spans = [...annotations]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((a) => {
      const runs = runsOf(a, tokens);
      const indices = runs.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, k) => first + k));
      const levels = taken.get(a.kind) ?? [];
      taken.set(a.kind, levels);
      let level = levels.findIndex((set) => indices.every((i) => !set.has(i)));
      if (level === -1) level = levels.push(new Set()) - 1;
      for (const i of indices) levels[level]!.add(i);
      return { kind: a.kind, level, runs };
    });
  return { text, tokens, spans };
}

/** The columns every line carries: each kind's first, then the extra levels the export needs. */
function columnsFor(docs: readonly Document[]): Column[] {
  const depth = new Map<Kind, number>(KINDS.map((k) => [k, 1]));
  for (const d of docs) for (const s of d.spans) depth.set(s.kind, Math.max(depth.get(s.kind)!, s.level + 1));
  const deepest = Math.max(...depth.values());
  const columns: Column[] = [];
  for (let level = 0; level < deepest; level++) for (const kind of KINDS) if (level < depth.get(kind)!) columns.push({ kind, level });
  return columns;
}

function documentText(doc: Document, columns: readonly Column[]): string {
  const tags = columns.map(() => doc.tokens.map(() => 'O'));
  for (const s of doc.spans) {
    const column = tags[columns.findIndex((c) => c.kind === s.kind && c.level === s.level)]!;
    const label = s.kind.toUpperCase();
    for (const [first, last] of s.runs) for (let i = first; i <= last; i++) column[i] = `${i === first ? 'B' : 'I'}-${label}`;
  }
  const lines = [`-DOCSTART- ${columns.map(() => 'O').join(' ')}`];
  const sentenceEnds = splitSentences(doc.text).map((s) => s.end);
  let sentence = -1;
  for (const [i, token] of doc.tokens.entries()) {
    let at = sentence;
    while (at + 1 < sentenceEnds.length && token.start >= sentenceEnds[at + 1]!) at += 1;
    if (at !== sentence || i === 0) lines.push('');
    sentence = at;
    lines.push([doc.text.slice(token.start, token.end), ...tags.map((column) => column[i])].join(' '));
  }
  return lines.join('\n');
}

export function conllExport(docs: readonly ArticleDocument[], owner?: string): string {
  const documents = docs.flatMap((doc) => layerViews(doc, owner).map((layer) => documentOf(doc.article.text, layer.annotations)));
  const columns = columnsFor(documents);
  return `${documents.map((d) => documentText(d, columns)).join('\n\n')}\n`;
}
